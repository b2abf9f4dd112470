import type { Cue } from '@shared/teams/transcript';

/** A time in the transcript as Teams shows it: 2:31, or 1:02:10 past the first hour. */
export function transcriptClock(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** One passage in a line: when, who, and the start of what they said. */
export function passageSummary(cue: Cue | undefined): string {
  if (!cue) return 'the end of the transcript';
  const said = cue.text.length > 90 ? `${cue.text.slice(0, 90)}…` : cue.text;
  return `${transcriptClock(cue.start)}, ${cue.speaker || 'an unknown speaker'}: “${said}”`;
}
