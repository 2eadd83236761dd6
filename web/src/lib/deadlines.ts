/** Checks on a campaign's deadlines as the issuer types them: working days, each level before the one above. */
export interface DayOffLike {
  day: string;
  name: string;
}

export type DeadlineProblem =
  | { kind: 'weekend'; day: string }
  | { kind: 'holiday'; day: string; name: string }
  | { kind: 'after-parent'; level: number; parent: number }
  | { kind: 'past'; day: string };

export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Problems of the deadline of {@code level} (1-based) among {@code dues} (index 0 = level 1). */
export function deadlineProblem(level: number, dues: (string | undefined)[], daysOff: DayOffLike[], today: string):
    DeadlineProblem | undefined {
  const due = dues[level - 1];
  if (!due) return undefined;
  if (due <= today) return { kind: 'past', day: due };
  if (isWeekend(due)) return { kind: 'weekend', day: due };
  const off = daysOff.find((d) => d.day === due);
  if (off) return { kind: 'holiday', day: due, name: off.name };
  const parent = dues[level - 2];
  if (level > 1 && parent && due > parent) return { kind: 'after-parent', level, parent: level - 1 };
  return undefined;
}
