/** Days as the users read them: dd/MM/yyyy, counted in Vietnam whatever the device's time zone. */
export const VIETNAM = 'Asia/Ho_Chi_Minh';

/** yyyy-MM-dd of an instant in Vietnam. */
export function vietnamDay(at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** dd/MM/yyyy of a yyyy-MM-dd day. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.substring(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** HH:mm dd/MM/yyyy of an instant, in Vietnam. */
export function formatInstant(at: string | null | undefined, withDay = true): string {
  if (!at) return '';
  const date = new Date(at);
  const time = new Intl.DateTimeFormat('vi-VN', { timeZone: VIETNAM, hour: '2-digit', minute: '2-digit', hour12: false })
    .format(date);
  return withDay ? `${time} ${formatDay(vietnamDay(date))}` : time;
}

/** Whole days from {@code today} to {@code due} (negative when late). */
export function daysBetween(today: string, due: string): number {
  const start = Date.UTC(+today.substring(0, 4), +today.substring(5, 7) - 1, +today.substring(8, 10));
  const end = Date.UTC(+due.substring(0, 4), +due.substring(5, 7) - 1, +due.substring(8, 10));
  return Math.round((end - start) / 86_400_000);
}
