import type { MeetingView } from './audience';
import type { Block } from './notes';
import { styled } from './paragraphs';
import { STYLE } from './styles';

/** Said under the title when the audience's copy leaves items out, so no reader is misled. */
export function omissionNotice(view: MeetingView): Block[] {
  const omitted = view.omitted.size;
  if (omitted === 0) return [];
  const what =
    omitted === 1 ? 'one item taken in private is' : `${omitted} items taken in private are`;
  return [styled(STYLE.notice, `This is the public version: ${what} not included.`)];
}
