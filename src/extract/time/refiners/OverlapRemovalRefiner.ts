/** Where candidates overlap, keeps the longest (then the most confident, then the first). */
import type { Candidate, Refiner } from '../common/types.js';

// the orders and the overlap test are module-level functions (module-level, not made per call: V8 holds a closure's optimized code only weakly, and each full GC would drop it)
const byStrength = (a: Candidate, b: Candidate): number => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start;
const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;

function overlapsAny(kept: Candidate[], c: Candidate): boolean {
  for (const k of kept) if (k.start < c.end && c.start < k.end) return true;
  return false;
}

export const OverlapRemovalRefiner: Refiner = {
  name: 'OverlapRemovalRefiner',
  refine(cands) {
    const kept: Candidate[] = [];
    for (const c of [...cands].sort(byStrength)) {
      if (!overlapsAny(kept, c)) kept.push(c);
    }
    return kept.sort(byStart);
  },
};
