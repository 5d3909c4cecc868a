/** Small helpers shared by the parsers: building candidates and TIMEX3 duration values. */
import type { TimexType } from '../../../model/types.js';
import type { Candidate, Relative, Unit } from './types.js';

/** A candidate spanning match `m` (or its group `g` span given as [from, to] within m[0]). */
export function cand(
  m: RegExpExecArray,
  offset: number,
  rule: string,
  type: TimexType,
  fields: { value?: string; rel?: Relative; timeSuffix?: string; mod?: string; confidence?: number; anchorable?: boolean },
  trim?: [number, number],
): Candidate {
  const start = offset + m.index + (trim ? trim[0] : 0);
  const end = trim ? offset + m.index + trim[1] : offset + m.index + m[0].length;
  // every field from the start (absent ones undefined), in one order: one hidden class for all candidates
  return { start, end, type, value: fields.value, rel: fields.rel, timeSuffix: fields.timeSuffix, mod: fields.mod, rule, confidence: fields.confidence ?? 0.9, anchorable: fields.anchorable };
}

/**
 * A copy of candidate `c` with the fields given in `change` replaced (an optional field given as
 * undefined is cleared): the same fields in the same order as `cand` gives them (a spread would
 * give each copy a hidden class of its own). Made whole rather than written to after: the first
 * write to a field of a made candidate, late in a run, would discard the optimized code of every
 * function that reads that field.
 */
export function copyCand(c: Candidate, change: Partial<Candidate> = {}): Candidate {
  const has = (k: keyof Candidate): boolean => Object.hasOwn(change, k);
  return {
    start: change.start ?? c.start,
    end: change.end ?? c.end,
    type: change.type ?? c.type,
    value: has('value') ? change.value : c.value,
    rel: has('rel') ? change.rel : c.rel,
    timeSuffix: has('timeSuffix') ? change.timeSuffix : c.timeSuffix,
    mod: has('mod') ? change.mod : c.mod,
    rule: change.rule ?? c.rule,
    confidence: change.confidence ?? c.confidence,
    anchorable: has('anchorable') ? change.anchorable : c.anchorable,
  };
}

const DUR: Record<Unit, [string, number, boolean]> = {
  // unit → [TIMEX3 letter, multiplier, is a time (after T)]
  S: ['S', 1, true],
  MIN: ['M', 1, true],
  H: ['H', 1, true],
  D: ['D', 1, false],
  W: ['W', 1, false],
  FN: ['W', 2, false],
  M: ['M', 1, false],
  Q: ['Q', 1, false],
  Y: ['Y', 1, false],
  DE: ['Y', 10, false],
  CE: ['Y', 100, false],
  ML: ['Y', 1000, false],
};

/** TIMEX3 duration: 3 D → P3D, 2 H → PT2H, 1 DE → P10Y, NaN Y → PXY, 1.5 H → PT1.5H. */
export function duration(n: number, unit: Unit): string {
  const [letter, mult, isTime] = DUR[unit];
  if (Number.isNaN(n) && (unit === 'DE' || unit === 'CE' || unit === 'ML')) return `PX${unit}`;
  const amount = Number.isNaN(n) ? 'X' : String(Math.round(n * mult * 100) / 100);
  return isTime ? `PT${amount}${letter}` : `P${amount}${letter}`;
}

/** The value of a bare reference word. */
export const PRESENT = 'PRESENT_REF';
export const PAST = 'PAST_REF';
export const FUTURE = 'FUTURE_REF';
