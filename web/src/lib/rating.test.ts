import { describe, expect, it } from 'vitest';

import { type Card, earned, mostExcellent, refusal, score } from './rating';

const card = (points: number, done = 10, late = 0, beyond = 3, disciplined = false, disqualified = false): Card => ({
  points: { A: Math.min(points, 30), B: points - Math.min(points, 30) },
  tasksTotal: 10, tasksDone: done, tasksLate: late, tasksBeyond: beyond,
  disciplinedSubordinate: disciplined, disqualified,
});

describe('the scorecard as entered', () => {
  it('adds up the points of every criterion', () => {
    expect(score(card(87))).toBe(87);
  });

  it('gives the highest level whose conditions hold', () => {
    expect(earned(card(92))).toBe('XUAT_SAC');
    expect(earned(card(92, 9))).toBe('TOT');
    expect(earned(card(60, 10, 2))).toBe('HOAN_THANH');
    expect(earned(card(60, 10, 3))).toBe('KHONG_HOAN_THANH');
    expect(earned(card(99, 10, 0, 10, false, true))).toBe('KHONG_HOAN_THANH');
  });

  it('says why a higher level cannot be given', () => {
    expect(refusal('XUAT_SAC', card(85))).toEqual({ key: 'points', values: { score: 85, needed: 90 } });
    expect(refusal('XUAT_SAC', card(95, 10, 0, 2))?.key).toBe('beyond');
    expect(refusal('XUAT_SAC', card(95, 10, 0, 3, true))?.key).toBe('disciplined');
    expect(refusal('KHONG_HOAN_THANH', card(80))?.key).toBe('notFailing');
  });

  it('rounds the quota down', () => {
    expect(mostExcellent(20, 14)).toBe(2);
    expect(mostExcellent(20, 15)).toBe(3);
  });
});
