/** Small formatting helpers shared by the views. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Jul 2025" from an ISO date or date-time; the input itself when it does not parse. */
export function fmtDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** Milliseconds since the epoch for the date part of an ISO string, or undefined. */
export function dayOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? t : undefined;
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export const TYPE_NAMES: Record<string, string> = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' };

/** The route to an actor page. */
export function actorHref(key: string): string {
  return '#/actor/' + encodeURIComponent(key);
}

export function articleHref(id: string, quote?: number): string {
  return '#/article/' + encodeURIComponent(id) + (quote !== undefined ? '?quote=' + quote : '');
}

export function quotesHref(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return '#/quotes' + (s ? '?' + s : '');
}

/** Truncates to about n characters at a word boundary. */
export function clip(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.lastIndexOf(' ', n);
  return text.slice(0, cut > n * 0.6 ? cut : n) + '…';
}

/** A TIMEX3 value when it names a calendar date or month ("2025-07-03", "2025-07"), else undefined. */
export function concreteDate(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}(-\d{2})?(T|$)/.test(value) ? value : undefined;
}

/** A TIMEX3 value for people: dates formatted, "now" for PRESENT_REF, anything else as given. */
export function fmtTimex(value: string | undefined): string {
  if (!value) return '';
  if (concreteDate(value)) return fmtDate(value);
  if (/^\d{4}$/.test(value)) return value;
  if (value === 'PRESENT_REF') return 'now';
  if (value === 'PAST_REF') return 'in the past';
  if (value === 'FUTURE_REF') return 'in the future';
  return value;
}
