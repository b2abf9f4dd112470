import { describe, expect, it } from 'vitest';
import { parsePerson } from '@main/import/people';

describe('parsePerson', () => {
  const cases: [string, Record<string, unknown>][] = [
    [
      'Alex Cheung - NHSE/I (Chair)',
      { name: 'Alex Cheung', organisation: 'NHSE/I', chair: true, role: 'Chair' },
    ],
    [
      'Dr Mark A. Bailey -Gloucestershire Royal Hospital',
      { title: 'Dr', name: 'Mark A. Bailey', organisation: 'Gloucestershire Royal Hospital' },
    ],
    [
      'Haris Shuaib MPhys MSc MIPEM MFCI - Guy’s & St. Thomas NHS Foundation Trust',
      {
        name: 'Haris Shuaib',
        postNominals: 'MPhys MSc MIPEM MFCI',
        organisation: 'Guy’s & St. Thomas NHS Foundation Trust',
      },
    ],
    [
      'Craig R. Shenton, PhD - NHSX',
      { name: 'Craig R. Shenton', postNominals: 'PhD', organisation: 'NHSX' },
    ],
    [
      'Sophie Williams, PhD -Barts Health NHS Trust',
      { name: 'Sophie Williams', postNominals: 'PhD', organisation: 'Barts Health NHS Trust' },
    ],
    [
      'John O’Connell - NHS South, Central and West Commissioning Support Unit',
      {
        name: 'John O’Connell',
        organisation: 'NHS South, Central and West Commissioning Support Unit',
      },
    ],
    ['Prof. Ann Shah – Trust', { title: 'Prof', name: 'Ann Shah', organisation: 'Trust' }],
    ['Mx Sam Lee— ICS', { title: 'Mx', name: 'Sam Lee', organisation: 'ICS' }],
    ['Dame Fay Lee- PCN', { title: 'Dame', name: 'Fay Lee', organisation: 'PCN' }],
    ['Mary Smith-Jones', { name: 'Mary Smith-Jones', organisation: '' }],
    ['Mark McDonald - NHSX', { name: 'Mark McDonald', postNominals: '' }],
    ['Alex CHEUNG', { name: 'Alex CHEUNG', postNominals: '' }],
    ['Ben Okafor FRCP, OBE - PCN', { name: 'Ben Okafor', postNominals: 'FRCP OBE' }],
    ['Cy Morgan (Vice-Chair)', { name: 'Cy Morgan', role: 'Vice-Chair', chair: false }],
    ['Zoë Núñez (Auditors)', { name: 'Zoë Núñez', organisation: 'Auditors' }],
    [
      'Ann Shah - Trust (joined during item 3)',
      { name: 'Ann Shah', organisation: 'Trust', note: 'joined during item 3' },
    ],
    ['Siân Jones (Secretary)', { name: 'Siân Jones', role: 'Secretary' }],
    [
      'Ann Shah (Office for National Statistics)',
      { name: 'Ann Shah', organisation: 'Office for National Statistics' },
    ],
    ['Ben Okafor - PCN (for item 4)', { organisation: 'PCN', note: 'for item 4' }],
  ];
  for (const [line, expected] of cases) {
    it(`reads “${line}”`, () => {
      expect(parsePerson(line)).toMatchObject({
        title: '',
        postNominals: '',
        chair: false,
        note: '',
        ...expected,
      });
    });
  }

  it('finds no one in a line without letters', () => {
    expect(parsePerson('- 12 -')).toBeNull();
  });
});
