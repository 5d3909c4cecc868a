/**
 * Gives every relative candidate its value: deictic expressions count from the publication
 * date, anaphoric ones ("two days later", "that day") from the narrative time (the last day
 * the text named explicitly, else the publication date); weekdays and bare months look back
 * or forward by the tense of their clause.
 *
 * Two more reference times:
 * - a sentence that names an explicit day far from publication ("On March 3, 2011, … Friday")
 *   is its own reference time for the weekdays after it in that sentence;
 * - financial reports compare the quarter they report with the same quarter a year before:
 *   "a year ago", "a year earlier", "last year", "the year-ago quarter" in a sentence about
 *   money shortly after a quarter was named are that quarter a year back (TimeML: 1988-Q3).
 */
import { sentenceAt } from '../../../model/doc.js';
import { copyCand } from '../common/build.js';
import { fmtWeek, parseIsoDate, toDays, type YMD } from '../common/calendar.js';
import { resolve } from '../common/resolve.js';
import { tenseCue, type Tense } from '../common/tense.js';
import { REPORTING } from '../common/lexicon.js';
import type { Candidate, Context, Refiner } from '../common/types.js';

/** sentences after the one naming a quarter during which it stays the quarter being reported */
const QUARTER_SPAN = 4;
/** a sentence about reported figures */
const FIGURES = /\$|%|\bcents?\b|\bmillion\b|\bbillion\b|\bpence\b|#\d|\bprofits?\b|\blosses\b|\bloss\b|\bearn|\bnet\b|\brevenues?\b|\bsales\b/i;
/** a sentence that names a longer reporting period ("the first nine months", "the year ended
 * Aug. 31"): its "a year earlier" is that period's year, not the quarter's */
const OTHER_PERIOD = /\b(?:nine|six|twelve|first|latest)[- ]months?\b|\b(?:year|fiscal year)\s+ended\b|\bfirst half\b|\bfor the (?:fiscal )?year\b/i;
/** "the week of" right before a day */
const WEEK_OF = /\bthe\s+week\s+of\s+$/i;
/** a possessive right after the expression */
const POSSESSIVE = /^['’]s\b/;
/** rules whose dates are explicit enough to be a sentence's own reference time */
const EXPLICIT = /^(?:MonthDayParser|DayMonthParser|ISODateParser)/;
/** a strong tense cue this close is trusted over calendar nearness */
const SURE_DISTANCE = 2;
/** Expressions that count years on from the last date told ("four years later", "that year", "the following year"). */
const FORWARD_YEAR = /\b(?:later|that year|same year|following year|next year)\b/i;
/** "will" or "shall" at most three words before the expression ("will close on Christmas Eve") */
const WILL_BEFORE = /\b(?:will|shall)(?:\s+\S+){0,3}\s+$/i;

/** a weekday right after a reporting verb ("said on Monday") dates the report, counted from publication */
const REPORTED = new RegExp(`\\b(?:${[...REPORTING].join('|')})\\s+(?:on\\s+)?$`, 'i');

/** "from Sept. 14 to Thursday": the end of a range reaching to now, counted from publication */
const RANGE_END = /\b(?:to|until|till|through)\s+$/i;

/** Whether `pos` follows an unclosed quotation mark opened at or after `from`. */
function quoted(text: string, from: number, pos: number): boolean {
  let open = false;
  for (let i = from; i < pos; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '«') open = true;
    else if (ch === '”' || ch === '»') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

function isYearBack(c: Candidate): boolean {
  const r = c.rel;
  if (!r || r.kind !== 'offset' || r.unit !== 'Y' || r.n !== -1 || c.timeSuffix) return false;
  return c.rule === 'AgoParser' || c.rule === 'RelativeUnitParser';
}

function sentenceText(ctx: Context, s: number): string {
  const sent = ctx.doc.sentences[s];
  return sent ? ctx.text.slice(sent.start, sent.end) : '';
}

/** TIMEX3 values of an unknown day, week, month by unit */
const UNKNOWN_AT: Partial<Record<string, string>> = { D: 'XXXX-XX-XX', H: 'XXXX-XX-XX', MIN: 'XXXX-XX-XX', W: 'XXXX-WXX', M: 'XXXX-XX' };

export const AnchorRefiner: Refiner = {
  name: 'AnchorRefiner',
  refine(cands, ctx) {
    // the narrative time at two granularities: the last day named, the last month named
    let day: YMD | undefined;
    let month: YMD | undefined;
    // the last date of any grain down to a year ("in 1914"): where a count of years "later" starts
    let year: YMD | undefined;
    // the quarter being reported, and the sentence that named it
    let quarter: { y: number; q: number; sent: number } | undefined;
    // an explicit day named in the current sentence
    let sentDay: { sent: number; t: YMD } | undefined;
    const hasSentences = ctx.doc.sentences.length > 0;
    const out: Candidate[] = [];
    for (const c of cands) {
      let value = c.value;
      const sent = hasSentences ? sentenceAt(ctx.doc, c.start) : -1;
      const inQuarter = quarter !== undefined && sent >= 0 && sent - quarter.sent <= QUARTER_SPAN;
      if (value === undefined && c.rel) {
        let tense: Tense | undefined;
        let sure = false;
        if (c.rel.kind === 'weekday' || c.rel.kind === 'month' || c.rel.kind === 'season' || c.rel.kind === 'quarter') {
          const cue = tenseCue(ctx.doc, c.start, c.end);
          tense = cue?.tense;
          // (a future cue a little further off is as sure: "Shops will close on Christmas Eve" is
          // the coming one, however many months away)
          const touching = cue !== undefined && !cue.weak && cue.dist <= SURE_DISTANCE;
          sure = touching || (cue !== undefined && !cue.weak && cue.tense === 'future' && WILL_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start)));
          // "Wednesday's ruling", "before Friday's purchases": a day named for what happened on it
          // (also after a "will" further off: "will try to get around Wednesday's decision")
          if (c.rel.kind === 'weekday' && !touching && POSSESSIVE.test(ctx.text.slice(c.end, c.end + 3))) {
            tense = 'past';
            sure = false;
          }
        }
        const unit = c.rel.kind === 'offset' || c.rel.kind === 'narrative' ? c.rel.unit : 'D';
        // (a year named alone counts only for a story told forward — "four years later", "that
        // year", "the following year" — not for "a year earlier" of a financial comparison or "year-end")
        const forward = (unit === 'Y' || unit === 'DE' || unit === 'CE') && year !== undefined && FORWARD_YEAR.test(ctx.text.slice(c.start, c.end));
        const narrative = unit === 'D' || unit === 'W' || unit === 'FN' || unit === 'H' || unit === 'MIN' || unit === 'S' ? day : forward ? year : month;
        let anchor = ctx.dct;
        // a clock time in a sentence that names its day ("On Oct. 23, at 10 p.m.") is on that day
        if (c.rule === 'TimeOfDayParser' && sentDay && sentDay.sent === sent) anchor = sentDay.t;
        if (c.rel.kind === 'weekday' && sentDay && sentDay.sent === sent && ctx.dct && Math.abs(toDays(sentDay.t) - toDays(ctx.dct)) > 6 && !REPORTED.test(ctx.text.slice(Math.max(0, c.start - 16), c.start)) && !RANGE_END.test(ctx.text.slice(Math.max(0, c.start - 10), c.start)))
        {
          anchor = sentDay.t;
          // a narrative goes forward: "On March 3, 2011, …, and on Friday …" is the Friday after
          if (c.rel.shift === undefined) tense = 'future';
        }
        if (c.rel.kind === 'fiscal') {
          if (!inQuarter || !quarter) continue;
          value = `${c.rel.year ?? quarter.y + c.rel.n}-Q${quarter.q}`;
        } else if (inQuarter && quarter && isYearBack(c) && FIGURES.test(sentenceText(ctx, sent)) && !OTHER_PERIOD.test(sentenceText(ctx, sent))) {
          value = `${quarter.y - 1}-Q${quarter.q}`;
        } else if (c.rel.kind === 'offset' && c.rel.anaphoric && c.rel.n > 0 && narrative === undefined && tenseCue(ctx.doc, c.start, c.end)?.tense === 'past') {
          // "Two days later, the police arrested him." with no day named before: counted from the
          // publication date it would be a day to come for what has happened; a day not known
          value = UNKNOWN_AT[c.rel.unit] ?? 'XXXX';
        } else {
          value = resolve(c.rel, anchor, narrative, tense, sure) + (c.timeSuffix ?? '');
        }
      }
      if (value === undefined) continue;
      // "the year-ago quarter", "the 1988 quarter", "last year's quarter": the reported quarter's number
      if (/^\d{4}-QX$/.test(value) && inQuarter && quarter) value = `${value.slice(0, 4)}-Q${quarter.q}`;
      // a quarter named for itself (not "the year-ago quarter") becomes the reported one
      if (c.rule.startsWith('QuarterParser') && !(c.rel?.kind === 'offset' && c.rel.n < 0) && !/-QX$/.test(c.value ?? '')) {
        const q = /^(\d{4})-Q([1-4])$/.exec(value);
        if (q && sent >= 0) quarter = { y: +q[1], q: +q[2], sent };
      }
      // "The war began in 1914 and ended four years later": a year named alone is where a count of
      // years or months "later" starts
      if (!c.anchorable && c.type === 'DATE' && /^\d{4}$/.test(value)) year = { y: +value, m: 1, d: 1 };
      if (c.anchorable) {
        const t = parseIsoDate(value);
        if (t) {
          day = month = year = t;
          if (EXPLICIT.test(c.rule) && sent >= 0 && !quoted(ctx.text, ctx.doc.sentences[sent].start, c.start)) sentDay = { sent, t };
        } else {
          const mm = /^(\d{4})-(\d\d)$/.exec(value);
          if (mm) month = year = { y: +mm[1], m: +mm[2], d: 1 };
        }
      }
      // "the week of March 6": the week holding that day
      const weekOf = c.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(value) ? WEEK_OF.exec(ctx.text.slice(Math.max(0, c.start - 16), c.start)) : null;
      if (weekOf) {
        const t = parseIsoDate(value);
        if (t) {
          out.push(copyCand(c, { start: c.start - weekOf[0].length, value: fmtWeek(t) }));
          continue;
        }
      }
      out.push(copyCand(c, { value }));
    }
    return out;
  },
};
