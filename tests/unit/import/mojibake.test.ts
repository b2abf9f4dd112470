import { describe, expect, it } from 'vitest';
import { repairMojibake } from '@main/import/mojibake';
import { decodeWindows1252 } from '@main/import/windows-1252';

/** What a program that read UTF-8 as Windows-1252 shows: the way the mojibake came about. */
function garble(text: string): string {
  return decodeWindows1252(new TextEncoder().encode(text));
}

/** The same through Latin-1, which leaves C1 control characters where Windows-1252 has “ ” € ™. */
function garbleLatin1(text: string): string {
  return Buffer.from(new TextEncoder().encode(text)).toString('latin1');
}

describe('repairMojibake', () => {
  it('mends the example’s “Guyâ€™s” and accented letters', () => {
    expect(repairMojibake('Guyâ€™s & St. Thomas')).toMatchObject({
      text: 'Guy’s & St. Thomas',
      repaired: 1,
      example: { before: 'Guyâ€™s', after: 'Guy’s' },
    });
    expect(repairMojibake('cafÃ© rÃ©sumÃ©').text).toBe('café résumé');
  });

  const samples = [
    'Zoë Núñez',
    'naïve café — résumé',
    '“quoted” and ‘single’ … – —',
    '£5, €10, ¥3, © 2021 ™',
    'Ærøskøbing, Œuvre, Straße, ½ price, ±2 °C',
    'Łódź, Dvořák, Ελληνικά, Кириллица',
    '• bullet → arrow ≥ 3',
    'emoji 😀 and tick ✓',
  ];

  for (const text of samples) {
    it(`leaves correct text alone: ${text}`, () => {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
    });
    it(`mends the mojibake of: ${text}`, () => {
      const garbled = garble(text);
      expect(garbled).not.toBe(text);
      expect(repairMojibake(garbled).text).toBe(text);
      expect(repairMojibake(garbleLatin1(text)).text).toBe(text);
    });
  }

  it('leaves the brief’s mixed sample exactly as it is', () => {
    const text = 'Zoë Núñez £5 “quoted”';
    expect(repairMojibake(text).text).toBe(text);
  });

  it('mends text garbled twice over', () => {
    expect(repairMojibake(garble(garble('Guy’s'))).text).toBe('Guy’s');
  });

  it('mends mojibake beside correct non-ASCII text without touching the correct part', () => {
    expect(repairMojibake('“Guyâ€™s” costs £5 at the cafÃ©').text).toBe(
      '“Guy’s” costs £5 at the café',
    );
  });

  it('keeps characters that only look like the start of a sequence', () => {
    // Ã followed by an ordinary space, or a lead byte followed by ASCII, is not mojibake.
    for (const text of ['Ã ', 'Ã©x'.slice(0, 1) + 'x', 'â€', 'Â', 'ðŸ˜']) {
      expect(repairMojibake(text).text).toBe(text);
    }
  });

  it('refuses sequences that would decode to characters foreign to Western minutes', () => {
    // "ë““" is valid UTF-8 for a Hangul syllable when read as bytes; it is correct text here.
    expect(repairMojibake('ë““').text).toBe('ë““');
  });

  it('mends sequences at the very start and end, and keeps astral characters beside them', () => {
    expect(repairMojibake('Ã©tÃ©').text).toBe('été');
    expect(repairMojibake('😀Ã©😀').text).toBe('😀é😀');
    // A lead character whose next character is an emoji is not the start of a sequence.
    expect(repairMojibake('Ã😀 cafÃ©').text).toBe('Ã😀 café');
    expect(repairMojibake('cafÃ').text).toBe('cafÃ');
  });

  it('mends the one garbled word in a long text and leaves the rest as it was', () => {
    const prose = 'Siobhán noted the report. '.repeat(500);
    const text = `${prose}Guyâ€™s ${prose}`;
    expect(repairMojibake(text)).toEqual({
      text: `${prose}Guy’s ${prose}`,
      repaired: 1,
      example: { before: 'Guyâ€™s', after: 'Guy’s' },
    });
    expect(repairMojibake(prose)).toEqual({ text: prose, repaired: 0 });
  });

  it('leaves ASCII and the empty string alone', () => {
    expect(repairMojibake('')).toEqual({ text: '', repaired: 0 });
    expect(repairMojibake('Plain ASCII - no change.')).toEqual({
      text: 'Plain ASCII - no change.',
      repaired: 0,
    });
  });
});
