import { describe, expect, it } from 'vitest';

import { daysBetween, formatDay, formatInstant, vietnamDay } from './dates';
import { deadlineProblem } from './deadlines';
import { diffLines } from './diff';
import { byUrgency, nextStep } from './work';
import type { AssignmentSummary } from '../api/types';

describe('days as the users read them', () => {
  it('are written dd/MM/yyyy', () => {
    expect(formatDay('2027-02-05')).toBe('05/02/2027');
  });

  it('are counted in Vietnam whatever the device says', () => {
    // 18:30 UTC on 31/12 is already 01/01 in Hà Nội
    expect(vietnamDay(new Date('2026-12-31T18:30:00Z'))).toBe('2027-01-01');
    expect(formatInstant('2026-12-31T18:30:00Z')).toBe('01:30 01/01/2027');
  });

  it('count the days left across a year and a leap day', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-01-05', '2027-01-01')).toBe(-4);
  });
});

describe('deadlines checked as they are typed', () => {
  const tet = [{ day: '2027-02-05', name: 'Tết Nguyên đán' }];

  it('a holiday or weekend is not a working day', () => {
    expect(deadlineProblem(1, ['2027-02-05'], tet, '2027-01-04')).toEqual({ kind: 'holiday', day: '2027-02-05', name: 'Tết Nguyên đán' });
    expect(deadlineProblem(1, ['2027-01-09'], tet, '2027-01-04')).toEqual({ kind: 'weekend', day: '2027-01-09' });
  });

  it('a lower level finishes before the one above', () => {
    expect(deadlineProblem(2, ['2027-01-15', '2027-01-18'], [], '2027-01-04')).toEqual({ kind: 'after-parent', level: 2, parent: 1 });
    expect(deadlineProblem(2, ['2027-01-15', '2027-01-14'], [], '2027-01-04')).toBeUndefined();
  });

  it('a deadline must be after today', () => {
    expect(deadlineProblem(1, ['2027-01-04'], [], '2027-01-04')?.kind).toBe('past');
  });
});

describe('what to do next', () => {
  const a = (id: string, due: string, status: AssignmentSummary['status']): AssignmentSummary => ({
    id, campaignId: 'c', kind: 'INDIVIDUAL', placeUnitId: 'u', placeUnitName: 'Chi bộ', memberId: 'm', memberName: 'A',
    templateCode: 'MAU_2A', due, status,
  });

  it('late and soonest work first, finished work last', () => {
    const sorted = byUrgency('2026-12-07', [a('done', '2026-12-01', 'SUBMITTED'), a('later', '2026-12-20', 'DRAFT'),
      a('late', '2026-12-04', 'NOT_STARTED')]);
    expect(sorted.map((x) => x.id)).toEqual(['late', 'later', 'done']);
  });

  it('the button says what the writer does', () => {
    expect(nextStep('NOT_STARTED', true)).toBe('write');
    expect(nextStep('RETURNED', true)).toBe('revise');
    expect(nextStep('SUBMITTED', true)).toBe('open');
    expect(nextStep('DRAFT', false)).toBe('open');
  });
});

describe('the difference between two versions', () => {
  it('shows lines removed and added, keeping those in common', () => {
    expect(diffLines('một\nhai\nba', 'một\nba\nbốn')).toEqual([
      { kind: 'same', text: 'một' }, { kind: 'removed', text: 'hai' }, { kind: 'same', text: 'ba' }, { kind: 'added', text: 'bốn' },
    ]);
  });
});
