/** One stretch of speech in a transcript. */
export interface Cue {
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  /** As Teams named them; '' when the transcript does not say (an unknown speaker). */
  speaker: string;
  text: string;
}

/** A two-hour meeting has about 2,000 cues; this leaves room for a whole day without risking memory. */
export const MAX_CUES = 20_000;
export const MAX_TRANSCRIPT_CHARS = 8 * 1024 * 1024;

export class TranscriptFormatError extends Error {}

const TIMING =
  /^\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)/;

/** "01:02:03.450", "02:03.450" or "0:0:3.45" as seconds. */
export function readTimestamp(text: string): number {
  const parts = text.replace(',', '.').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + (Number.isFinite(part) ? part : 0), 0);
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': ' ',
  '&quot;': '"',
  '&#39;': "'",
};

function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|nbsp|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a WebVTT transcript as Teams writes it: each cue's text in `<v Speaker Name>…</v>`; cues
 * without a voice tag have an unknown speaker, and a cue may hold more than one voice. Cues are
 * returned in order of their start, overlapping ones included.
 */
export function parseVtt(text: string): Cue[] {
  if (text.length > MAX_TRANSCRIPT_CHARS)
    throw new TranscriptFormatError('This transcript is too large to read.');
  const body = text.replace(/^\uFEFF/, '');
  if (!/^WEBVTT/.test(body.trimStart()))
    throw new TranscriptFormatError(
      'This is not a WebVTT transcript: it does not start with "WEBVTT". In Teams, download the transcript as .vtt or .docx.',
    );
  const cues: Cue[] = [];
  for (const block of body.split(/\r?\n\s*\r?\n/)) {
    const lines = block.split(/\r?\n/);
    const at = lines.findIndex((line) => TIMING.test(line));
    if (at < 0) continue;
    const timing = TIMING.exec(lines[at] ?? '');
    const start = readTimestamp(timing?.[1] ?? '0');
    const end = readTimestamp(timing?.[2] ?? '0');
    const content = lines.slice(at + 1).join('\n');
    const voices = [
      ...content.matchAll(/<v(?:\.[^\s>]*)?\s+([^>]*)>([\s\S]*?)(?:<\/v>|(?=<v[\s.])|$)/g),
    ];
    if (voices.length === 0) {
      const words = plain(content);
      if (words) cues.push({ start, end, speaker: '', text: words });
    }
    for (const voice of voices) {
      const words = plain(voice[2] ?? '');
      if (words) cues.push({ start, end, speaker: plain(voice[1] ?? ''), text: words });
    }
    if (cues.length > MAX_CUES)
      throw new TranscriptFormatError('This transcript has more cues than Minute Book reads.');
  }
  if (cues.length === 0) throw new TranscriptFormatError('This transcript has no speech in it.');
  return cues.sort((a, b) => a.start - b.start);
}

const SPEAKER_LINE = /^(.{1,80}?)\s+((?:\d{1,2}:)?\d{1,2}:\d{2})$/;
const ARROW_LINE =
  /^\s*(\d+:\d{1,2}:\d{1,2}(?:[.,]\d+)?)\s+-->\s+(\d+:\d{1,2}:\d{1,2}(?:[.,]\d+)?)\s*$/;

/**
 * Reads the paragraphs of a Teams Word transcript. Teams has written two layouts: "Name   0:03"
 * followed by what they said (current), and "0:0:3.45 --> 0:0:7.12", the name, then the words
 * (older). Lines before the first speaker (the meeting's title and date) are left out.
 */
export function parseTranscriptParagraphs(paragraphs: readonly string[]): Cue[] {
  const cues: Cue[] = [];
  let current: Cue | null = null;
  let pendingArrow: { start: number; end: number } | null = null;
  let expectName = false;
  const finish = () => {
    if (current && current.text) cues.push(current);
    current = null;
  };
  for (const raw of paragraphs) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const arrow = ARROW_LINE.exec(line);
    if (arrow) {
      finish();
      pendingArrow = { start: readTimestamp(arrow[1] ?? ''), end: readTimestamp(arrow[2] ?? '') };
      expectName = true;
      continue;
    }
    if (expectName && pendingArrow) {
      current = { ...pendingArrow, speaker: line, text: '' };
      expectName = false;
      pendingArrow = null;
      continue;
    }
    const speaker = SPEAKER_LINE.exec(line);
    if (speaker) {
      finish();
      const start = readTimestamp(speaker[2] ?? '0');
      current = { start, end: start, speaker: speaker[1]?.trim() ?? '', text: '' };
      continue;
    }
    if (current) current.text = current.text ? `${current.text} ${line}` : line;
    if (cues.length > MAX_CUES)
      throw new TranscriptFormatError('This transcript has more cues than Minute Book reads.');
  }
  finish();
  // The current layout gives only start times: each cue runs until the next begins.
  cues.forEach((cue, index) => {
    if (cue.end <= cue.start) cue.end = cues[index + 1]?.start ?? cue.start + 5;
  });
  if (cues.length === 0)
    throw new TranscriptFormatError(
      'No speakers with times were found in this document. Choose the transcript Teams produced (.docx or .vtt).',
    );
  return cues.sort((a, b) => a.start - b.start);
}
