/**
 * Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, UTC). Pure: it never
 * reads the clock.
 */
export interface YMD {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function toDays(t: YMD): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
}

export function fromDays(n: number): YMD {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: YMD, n: number): YMD {
  return fromDays(toDays(t) + n);
}

/** Adds months, clamping the day to the month's length. */
export function addMonths(t: YMD, n: number): YMD {
  const idx = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(t: YMD): number {
  const w = new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week. */
export function isoWeek(t: YMD): { y: number; w: number } {
  const thursday = addDays(t, 4 - weekday(t));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYear(y: number): string {
  return pad(y, 4);
}
export function fmtMonth(y: number, m: number): string {
  return `${fmtYear(y)}-${pad(m)}`;
}
export function fmtDate(t: YMD): string {
  return `${fmtYear(t.y)}-${pad(t.m)}-${pad(t.d)}`;
}
export function fmtWeek(t: YMD): string {
  const { y, w } = isoWeek(t);
  return `${fmtYear(y)}-W${pad(w)}`;
}
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}
export { pad };

/** Parses the leading `YYYY-MM-DD` of an ISO date or date-time. */
export function parseIsoDate(s: string | undefined): YMD | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  const t = { y: +m[1], m: +m[2], d: +m[3] };
  if (t.m < 1 || t.m > 12 || t.d < 1 || t.d > daysInMonth(t.y, t.m)) return undefined;
  return t;
}
