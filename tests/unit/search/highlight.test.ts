import { describe, expect, it } from 'vitest';
import { highlight } from '@shared/search/highlight';

describe('snippet highlighting', () => {
  it('marks each matching word, accents and case folded, as its own segment', () => {
    expect(highlight('Presented by Dr María Núñez and noted.', ['nunez', 'maria'])).toEqual([
      { text: 'Presented by Dr ', match: false },
      { text: 'María', match: true },
      { text: ' ', match: false },
      { text: 'Núñez', match: true },
      { text: ' and noted.', match: false },
    ]);
  });

  it('matches whole words only', () => {
    const segments = highlight('Staffing and staff', ['staff']);
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      'staff',
    ]);
  });

  it('cuts a long text around the first match, at word boundaries, with ellipses', () => {
    const text = `${'Opening words of the notes. '.repeat(10)}The deficit grew. ${'More words follow here. '.repeat(20)}`;
    const segments = highlight(text, ['deficit'], { maxLength: 80, lead: 20 });
    const whole = segments.map((segment) => segment.text).join('');
    expect(whole.startsWith('…')).toBe(true);
    expect(whole.endsWith('…')).toBe(true);
    expect(segments.filter((segment) => segment.match)).toEqual([{ text: 'deficit', match: true }]);
    const body = whole.slice(1, -1);
    expect(body.length).toBeLessThanOrEqual(80);
    // Starts and ends on whole words of the original text, with the match near the start.
    expect(text.replace(/\s+/g, ' ')).toContain(body.trim());
    expect(body.indexOf('deficit')).toBeLessThanOrEqual(20);
    expect(body.indexOf('deficit')).toBeGreaterThan(0);
    expect(body).toMatch(/^[A-Za-z]/);
  });

  it('returns the start of the text when nothing matches', () => {
    expect(highlight('No match here.', ['deficit'])).toEqual([
      { text: 'No match here.', match: false },
    ]);
  });
});
