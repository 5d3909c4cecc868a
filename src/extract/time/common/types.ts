/**
 * The shapes the time rules share. A parser reads one pattern and proposes `Candidate`s; the
 * refiners (listed in `../config.ts`) merge, extend, resolve and filter them. A candidate either
 * carries its final `value` (absolute: "March 3, 2013", "P3D") or a `rel`ative description that
 * the anchoring refiner turns into a value against the publication date or the narrative time.
 */
import type { Doc } from '../../../model/doc.js';
import type { TimexType } from '../../../model/types.js';
import type { YMD } from './calendar.js';

/** Unit codes of `data/units.tsv`. */
export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'FN' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'ML';

/** Which way an expression points from its anchor: explicit ("last", "next") or left to tense (undefined). */
export type Shift = -1 | 0 | 1;

export type Relative =
  /** "Thursday", "last Friday", "next Monday" */
  | { kind: 'weekday'; dow: number; shift?: Shift }
  /** "in May", "last July"; with `day` "March 3" */
  | { kind: 'month'; month: number; day?: number; shift?: Shift }
  /** "last summer", "this fall" */
  | { kind: 'season'; season: 'SP' | 'SU' | 'FA' | 'WI'; shift?: Shift }
  /** "the third quarter", "the quarter" (q undefined: the latest one) */
  | { kind: 'quarter'; q?: number; shift?: Shift }
  /** "two years ago" (n -2, Y), "last week" (n -1, W), "tomorrow" (n 1, D), "this month" (n 0, M).
   * `anaphoric`: counted from the narrative time ("two days later", "a year earlier"). */
  | { kind: 'offset'; unit: Unit; n: number; anaphoric?: boolean; approx?: boolean }
  /** "that day", "the same day": the narrative time itself at a granularity */
  | { kind: 'narrative'; unit: Unit }
  /** financial reporting periods: "the latest period" (n 0), "the year-earlier period", "year-ago" (n -1):
   * the quarter the report is about, shifted by n years; dropped when no quarter is in view */
  | { kind: 'fiscal'; n: number; year?: number };

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  /** final TIMEX3 value, when known without anchoring */
  value?: string;
  /** to be resolved by the anchoring refiner */
  rel?: Relative;
  /** appended to a resolved date: "T14:00", "TAF" */
  timeSuffix?: string;
  mod?: string;
  rule: string;
  confidence: number;
  /** for explicit, fully dated expressions: the date they name, usable as narrative time */
  anchorable?: boolean;
}

/** What a rule may read: the document, its text and the publication date. */
export interface Context {
  doc: Doc;
  text: string;
  /** publication date, when given */
  dct?: YMD;
}

/** Reads one pattern. `pattern` must be global; it is run over windows around trigger words. */
export interface Parser {
  name: string;
  pattern: RegExp;
  /**
   * Lower-case strings in groups: every match of `pattern` contains one string of each group
   * (`DIGIT` stands for any digit 0–9; a key written with a leading space, " day", must follow
   * a white space or a hyphen; with a leading "^", "^now", a non-word character or the start of
   * the window). The engine skips windows that lack them, so a rule
   * costs a few substring tests where its words are absent. Optional: without it the pattern
   * runs over every window.
   */
  keys?: ReadonlyArray<readonly string[]>;
  extract(m: RegExpExecArray, offset: number, ctx: Context): Candidate | Candidate[] | null;
}

/** Rewrites the list of candidates (sorted by start) once all parsers have run. */
export interface Refiner {
  name: string;
  refine(cands: Candidate[], ctx: Context): Candidate[];
}
