import type { AssignmentSummary, ReviewStatus } from '../api/types';
import { daysBetween } from './dates';

/** The next thing to do with an assignment, as the button on it says. */
export type NextStep = 'write' | 'continue' | 'revise' | 'open';

export function nextStep(status: ReviewStatus, mine: boolean): NextStep {
  if (!mine) return 'open';
  switch (status) {
    case 'NOT_STARTED':
      return 'write';
    case 'DRAFT':
    case 'CIRCULATED':
      return 'continue';
    case 'RETURNED':
      return 'revise';
    default:
      return 'open';
  }
}

/** Work still to be done first (late, then soonest due), finished work last. */
export function byUrgency(today: string, items: AssignmentSummary[]): AssignmentSummary[] {
  const open = (a: AssignmentSummary) => a.status !== 'SUBMITTED' && a.status !== 'DISCUSSED';
  return [...items].sort((a, b) => {
    if (open(a) !== open(b)) return open(a) ? -1 : 1;
    const left = daysBetween(today, a.due) - daysBetween(today, b.due);
    return left !== 0 ? left : a.id.localeCompare(b.id);
  });
}

export type StatusTone = 'default' | 'processing' | 'success' | 'warning' | 'error';

export function statusTone(status: ReviewStatus): StatusTone {
  switch (status) {
    case 'SUBMITTED':
    case 'DISCUSSED':
      return 'success';
    case 'RETURNED':
      return 'error';
    case 'DRAFT':
    case 'CIRCULATED':
      return 'processing';
    default:
      return 'default';
  }
}
