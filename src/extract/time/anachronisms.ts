/**
 * A hook for fact checks: where the text dates a well-known event (`data/events.tsv`) to
 * another year or month than it happened ("the invasion in February 2023"), report it.
 */
import { sentenceAt, type Doc } from '../../model/doc.js';
import { readData } from '../../data.js';

export interface Anachronism {
  /** the time expression that states the wrong date */
  start: number;
  end: number;
  event: string;
  /** the TIMEX3 value the text gives */
  stated: string;
  /** the reference date of the event */
  expected: string;
}

interface KnownEvent {
  pattern: RegExp;
  date: string;
  event: string;
  requires?: RegExp;
}

const EVENT_LINES = readData('extract/time/data/events.tsv')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'));

const EVENTS: readonly KnownEvent[] = EVENT_LINES.map(([pattern, date, event, requires]) => ({
  pattern: new RegExp(`\\b(?:${pattern})`, 'gi'),
  date,
  event,
  requires: requires ? new RegExp(requires, 'i') : undefined,
}));

/**
 * Any event's pattern: where it finds nothing, no event's pattern finds anything, and one scan of
 * the text replaces one for each event (most articles name none of them).
 */
const ANY_EVENT = new RegExp(`\\b(?:${EVENT_LINES.map(([pattern]) => `(?:${pattern})`).join('|')})`, 'i');

const MAX_GAP = 80;

/** Whether a stated value (2023, 2023-02, 2023-02-24 …) disagrees with the event's date. */
function disagrees(stated: string, expected: string): boolean {
  const m = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$/.exec(stated);
  if (!m) return false;
  if (m[1] !== expected.slice(0, 4)) return true;
  if (m[2] && m[2] !== expected.slice(5, 7)) return true;
  return false;
}

export function checkAnachronisms(doc: Doc): Anachronism[] {
  const out: Anachronism[] = [];
  if (!ANY_EVENT.test(doc.text)) return out;
  for (const ev of EVENTS) {
    if (ev.requires && !ev.requires.test(doc.text)) continue;
    ev.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ev.pattern.exec(doc.text)) !== null) {
      const s = sentenceAt(doc, m.index);
      const start = m.index;
      const end = m.index + m[0].length;
      // the nearest dated expression in the same sentence, close to the mention
      let best: (typeof doc.times)[number] | undefined;
      let bestGap = Infinity;
      for (const t of doc.times) {
        if (t.type !== 'DATE' && t.type !== 'TIME') continue;
        if (s >= 0 && sentenceAt(doc, t.start) !== s) continue;
        const gap = t.start >= end ? t.start - end : start >= t.end ? start - t.end : 0;
        if (gap < bestGap && gap <= MAX_GAP) {
          best = t;
          bestGap = gap;
        }
      }
      if (best && disagrees(best.value.slice(0, 10), ev.date)) {
        out.push({ start: best.start, end: best.end, event: ev.event, stated: best.value, expected: ev.date });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
