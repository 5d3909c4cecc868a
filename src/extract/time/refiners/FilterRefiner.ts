/** Drops candidates too weak to keep and any left without a value. */
import type { Candidate, Refiner } from '../common/types.js';

export const MIN_CONFIDENCE = 0.5;

/** Whether c is kept (module-level, not made per call: V8 holds a closure's optimized code only weakly, and each full GC would drop it). */
const keep = (c: Candidate): boolean => c.value !== undefined && c.confidence >= MIN_CONFIDENCE && c.end > c.start;

export const FilterRefiner: Refiner = {
  name: 'FilterRefiner',
  refine(cands) {
    return cands.filter(keep);
  },
};
