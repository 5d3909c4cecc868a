/** Where candidates overlap, keeps the longest (then the most confident, then the first). */
import type { Candidate, Refiner } from '../common/types.js';

export const OverlapRemovalRefiner: Refiner = {
  name: 'OverlapRemovalRefiner',
  refine(cands) {
    const byStrength = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of byStrength) {
      if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
