import type { SnippetSegment } from '@shared/search';

/** Text with the words the search matched marked; segments are plain text, never HTML. */
export function Marked({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
