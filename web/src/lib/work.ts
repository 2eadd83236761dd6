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

/** Whether the writer still has to write (or rewrite) it. */
export function isOpen(status: ReviewStatus): boolean {
  return status === 'NOT_STARTED' || status === 'DRAFT' || status === 'CIRCULATED' || status === 'RETURNED';
}

/** Work still to be done first (late, then soonest due), finished work last. */
export function byUrgency(today: string, items: AssignmentSummary[]): AssignmentSummary[] {
  const open = (a: AssignmentSummary) => isOpen(a.status);
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
    case 'SELF_RATED':
    case 'PROPOSED':
    case 'DECIDED':
    case 'PUBLISHED':
      return 'success';
    case 'REOPENED':
      return 'warning';
    case 'RETURNED':
      return 'error';
    case 'DRAFT':
    case 'CIRCULATED':
      return 'processing';
    default:
      return 'default';
  }
}
