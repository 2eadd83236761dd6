/**
 * The scorecard as the screens compute it while points are entered, with the same conditions the server checks
 * (QĐ 366-QĐ/TW): the server has the last word, this only shows the level the points allow and why not a higher one.
 */
export type Level = 'XUAT_SAC' | 'TOT' | 'HOAN_THANH' | 'KHONG_HOAN_THANH';

export const LEVELS: Level[] = ['XUAT_SAC', 'TOT', 'HOAN_THANH', 'KHONG_HOAN_THANH'];

export interface Card {
  points: Record<string, number>;
  tasksTotal: number;
  tasksDone: number;
  tasksLate: number;
  tasksBeyond: number;
  disciplinedSubordinate: boolean;
  disqualified: boolean;
}

/** A reason a level cannot be given: a key of rating.why and its values. */
export interface Reason {
  key: 'points' | 'late' | 'notAllDone' | 'beyond' | 'disciplined' | 'disqualified' | 'notFailing';
  values?: Record<string, number>;
}

export function score(card: Card): number {
  return Object.values(card.points).reduce((sum, points) => sum + (Number.isFinite(points) ? points : 0), 0);
}

/** Why this level cannot be given with this scorecard; null when it can. */
export function refusal(level: Level, card: Card): Reason | null {
  const total = score(card);
  if (level === 'KHONG_HOAN_THANH') {
    return total < 50 || card.disqualified ? null : { key: 'notFailing', values: { score: total } };
  }
  if (card.disqualified) return { key: 'disqualified' };
  if (total < 50) return { key: 'points', values: { score: total, needed: 50 } };
  if (card.tasksLate * 100 > 20 * card.tasksTotal) {
    return { key: 'late', values: { late: card.tasksLate, total: card.tasksTotal } };
  }
  if (level === 'HOAN_THANH') return null;
  if (total < 70) return { key: 'points', values: { score: total, needed: 70 } };
  if (level === 'TOT') return null;
  if (total < 90) return { key: 'points', values: { score: total, needed: 90 } };
  if (card.tasksDone < card.tasksTotal) return { key: 'notAllDone', values: { done: card.tasksDone, total: card.tasksTotal } };
  if (card.tasksBeyond * 100 < 30 * card.tasksTotal) {
    return { key: 'beyond', values: { beyond: card.tasksBeyond, total: card.tasksTotal } };
  }
  if (card.disciplinedSubordinate) return { key: 'disciplined' };
  return null;
}

/** The highest level the scorecard allows. */
export function earned(card: Card): Level {
  return LEVELS.find((level) => refusal(level, card) === null) ?? 'KHONG_HOAN_THANH';
}

/** The most "xuất sắc" a group may have with this many "tốt". */
export function mostExcellent(percent: number, good: number): number {
  return Math.floor((percent * good) / 100);
}
