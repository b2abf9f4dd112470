import { describe, expect, it } from 'vitest';
import { buildInterestsRegisterDocument } from '@main/export/interests-register-document';
import { packDocx } from '@main/export/pack';
import {
  onRegisterAsOf,
  registerDocument,
  type Interest,
  type InterestConfirmation,
} from '@shared/model';
import { openDocx } from '../../support/docx-reader';
import { aMember } from '../../support/records';

function anInterest(id: string, extra: Partial<Interest>): Interest {
  return {
    id,
    boardId: 'b',
    memberId: 'alex',
    category: 'financial',
    description: 'Shareholding',
    organisation: 'Acme Health Ltd',
    declaredOn: '2025-01-10',
    endedOn: '',
    publish: true,
    declaredAtMeetingId: '',
    createdAt: 'x',
    updatedAt: 'x',
    ...extra,
  };
}

const members = [
  aMember('alex', 'Alex Cheung', { role: 'Chair', termStart: '2025-01-01', termEnd: '' }),
  aMember('sam', 'Sam Lee', { termStart: '2025-01-01', termEnd: '' }),
  aMember('gone', 'Pat Former', { termStart: '2020-01-01', termEnd: '2020-12-31' }),
];
const interests = [
  anInterest('shares', { description: 'Shares in Acme Health Ltd' }),
  anInterest('spouse', {
    category: 'indirect',
    description: 'Spouse is a governor of the trust',
    organisation: 'Riverside NHS Trust',
    publish: false,
  }),
  anInterest('old', { description: 'Trustee until last spring', endedOn: '2024-05-31' }),
];
const confirmations: InterestConfirmation[] = [
  {
    id: 'c',
    boardId: 'b',
    memberId: 'sam',
    confirmedOn: '2025-02-03',
    nilReturn: true,
    createdAt: 'x',
  },
];

async function paragraphsOf(audience: 'internal' | 'public') {
  const register = registerDocument(
    'NHS Python Community Board',
    members,
    interests,
    confirmations,
    '2025-06-01',
    audience,
  );
  const docx = await openDocx(await packDocx(buildInterestsRegisterDocument(register)));
  return docx.paragraphs.map((paragraph) => paragraph.text);
}

describe('the register of interests in Word', () => {
  it('lists the members in office with their entries, marking what is not for publication', async () => {
    const texts = await paragraphsOf('internal');
    expect(texts.slice(0, 2)).toEqual([
      'NHS Python Community Board',
      'Register of interests | as at 1st June 2025',
    ]);
    expect(texts).toContain('Alex Cheung');
    expect(texts).toContain('Shares in Acme Health Ltd');
    expect(texts).toContain('Spouse is a governor of the trust');
    expect(texts).toContain('Not for publication');
    expect(texts).toContain('Indirect interest');
    expect(texts).toContain('Not yet confirmed by the member.');
    expect(texts).toContain('Nil return made on 3rd February 2025: nothing to declare.');
    expect(texts).not.toContain('Pat Former');
    expect(texts).not.toContain('Trustee until last spring');
  });

  it('leaves out of the public version what the board kept back, and says it does', async () => {
    const texts = await paragraphsOf('public');
    expect(texts).toContain('Shares in Acme Health Ltd');
    expect(texts).not.toContain('Spouse is a governor of the trust');
    expect(texts.join('\n')).not.toContain('Riverside');
    expect(texts).toContain(
      'Published version: entries the board has agreed not to publish are left out.',
    );
    expect(texts).not.toContain('No interests declared.');
    expect(texts).toContain('No interests to publish.');
  });

  it('keeps an ended interest on the register for six months', () => {
    const ended = { declaredOn: '2024-01-01', endedOn: '2025-01-31' };
    expect(onRegisterAsOf(ended, '2025-07-01')).toBe(true);
    expect(onRegisterAsOf(ended, '2025-08-15')).toBe(false);
  });
});
