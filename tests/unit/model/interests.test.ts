import { describe, expect, it } from 'vitest';
import {
  confirmationRoundOf,
  declarationInRegister,
  flagsForItem,
  interestProblem,
  isInterestCurrentOn,
  lastConfirmation,
  namesOrganisation,
  nilReturnProblem,
  notConfirmedIn,
  publishedInterests,
  standingInterestsOfPresent,
  type Interest,
  type InterestConfirmation,
} from '@shared/model';
import { aMember } from '../../support/records';

function anInterest(id: string, extra: Partial<Interest> = {}): Interest {
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
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    ...extra,
  };
}

function aConfirmation(
  memberId: string,
  confirmedOn: string,
  nilReturn = false,
): InterestConfirmation {
  return {
    id: `${memberId}-${confirmedOn}`,
    boardId: 'b',
    memberId,
    confirmedOn,
    nilReturn,
    createdAt: `${confirmedOn}T10:00:00.000Z`,
  };
}

describe('the register of interests', () => {
  it('holds an interest from the day declared to the day it ended, both included', () => {
    const ended = anInterest('i', { declaredOn: '2025-01-10', endedOn: '2025-06-30' });
    expect(isInterestCurrentOn(ended, '2025-01-09')).toBe(false);
    expect(isInterestCurrentOn(ended, '2025-01-10')).toBe(true);
    expect(isInterestCurrentOn(ended, '2025-06-30')).toBe(true);
    expect(isInterestCurrentOn(ended, '2025-07-01')).toBe(false);
    expect(isInterestCurrentOn(anInterest('open'), '2030-01-01')).toBe(true);
  });

  it('refuses an entry with no description or ending before it was declared', () => {
    expect(interestProblem(anInterest('i', { description: '  ' }))).toBe('Describe the interest.');
    expect(interestProblem(anInterest('i', { endedOn: '2024-12-31' }))).toMatch(
      /cannot end before/,
    );
    expect(interestProblem(anInterest('i', { endedOn: '2025-01-10' }))).toBeNull();
  });

  it('names who has not confirmed in this year’s round, whatever they confirmed last year', () => {
    const members = [{ id: 'alex' }, { id: 'sam' }, { id: 'jo' }];
    const confirmations = [
      aConfirmation('alex', '2025-03-01'),
      aConfirmation('sam', '2024-12-31'),
      aConfirmation('jo', '2025-02-01', true),
    ];
    const round = confirmationRoundOf('2025-11-20');
    expect(round).toEqual({ year: 2025, from: '2025-01-01', to: '2025-12-31' });
    expect(notConfirmedIn(members, confirmations, round)).toEqual([{ id: 'sam' }]);
    expect(lastConfirmation(confirmations, 'jo')?.nilReturn).toBe(true);
    expect(lastConfirmation(confirmations, 'nobody')).toBeUndefined();
  });

  it('takes the latest of several confirmations', () => {
    const confirmations = [
      aConfirmation('alex', '2025-03-01'),
      aConfirmation('alex', '2025-09-01', true),
    ];
    expect(lastConfirmation(confirmations, 'alex')?.confirmedOn).toBe('2025-09-01');
  });

  it('refuses a nil return while an interest is current, and allows it once the interest ended', () => {
    const current = anInterest('i');
    expect(nilReturnProblem([current], 'alex', '2025-05-01')).toMatch(/nothing to declare/);
    expect(
      nilReturnProblem([{ ...current, endedOn: '2025-04-30' }], 'alex', '2025-05-01'),
    ).toBeNull();
    expect(nilReturnProblem([current], 'sam', '2025-05-01')).toBeNull();
  });

  it('leaves out of the public register what the board marked not for publication', () => {
    const kept = anInterest('kept');
    const withheld = anInterest('withheld', { publish: false });
    expect(publishedInterests([kept, withheld])).toEqual([kept]);
  });

  it('flags an item whose title or papers name an organisation in a current interest', () => {
    const acme = anInterest('acme');
    const ended = anInterest('old', { organisation: 'Beta Trust', endedOn: '2025-02-01' });
    const item = { title: 'Contract renewal with ACME Health Ltd.', reference: '', notes: '' };
    expect(flagsForItem(item, [acme, ended], '2025-05-01')).toEqual([
      { interest: acme, foundIn: 'title' },
    ]);
    const papers = { title: 'Procurement', reference: 'QC/25/014', notes: 'Paper from Beta Trust' };
    expect(flagsForItem(papers, [acme, ended], '2025-05-01')).toEqual([]);
    expect(flagsForItem(papers, [acme, ended], '2025-01-20')).toEqual([
      { interest: ended, foundIn: 'papers' },
    ]);
  });

  it('matches whole words only, ignoring accents and punctuation, never names too short to mean anything', () => {
    expect(namesOrganisation('Update from Guy’s and St Thomas’', 'Guys and St Thomas')).toBe(true);
    expect(namesOrganisation('Café Société report', 'cafe societe')).toBe(true);
    expect(namesOrganisation('Acme Healthcare plans', 'Acme Health')).toBe(false);
    expect(namesOrganisation('NHS England update', 'NHS')).toBe(false);
  });

  it('reads out the standing interests of those present only', () => {
    const alex = anInterest('a1', { memberId: 'alex' });
    const sam = anInterest('s1', { memberId: 'sam' });
    const future = anInterest('a2', { memberId: 'alex', declaredOn: '2026-01-01' });
    expect(
      standingInterestsOfPresent(
        [alex, sam, future],
        [aMember('alex', 'Alex Cheung')],
        '2025-05-01',
      ),
    ).toEqual([alex]);
  });

  it('reads them out in the register’s order, the Chair first, then by surname', () => {
    const present = [
      aMember('zed', 'Zed Adams'),
      aMember('kim', 'Kim Young', { role: 'Chair' }),
      aMember('bo', 'Bo Brown'),
    ];
    const brownLater = anInterest('b2', { memberId: 'bo', declaredOn: '2025-03-01' });
    const brown = anInterest('b1', { memberId: 'bo', declaredOn: '2025-02-01' });
    const adams = anInterest('z1', { memberId: 'zed' });
    const chair = anInterest('k1', { memberId: 'kim' });
    expect(
      standingInterestsOfPresent([brownLater, adams, brown, chair], present, '2025-05-01').map(
        (interest) => interest.id,
      ),
    ).toEqual(['k1', 'z1', 'b1', 'b2']);
  });

  it('knows a declaration already added to the register from its meeting', () => {
    const added = anInterest('d', {
      declaredAtMeetingId: 'm1',
      description: 'Director of Acme Health Ltd',
    });
    const declaration = {
      memberId: 'alex',
      meetingId: 'm1',
      interest: 'director of acme health ltd',
    };
    expect(declarationInRegister([added], declaration)).toBe(true);
    expect(declarationInRegister([added], { ...declaration, meetingId: 'm2' })).toBe(false);
  });
});
