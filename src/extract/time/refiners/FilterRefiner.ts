/** Drops candidates too weak to keep and any left without a value. */
import type { Refiner } from '../common/types.js';

export const MIN_CONFIDENCE = 0.5;

export const FilterRefiner: Refiner = {
  name: 'FilterRefiner',
  refine(cands) {
    return cands.filter((c) => c.value !== undefined && c.confidence >= MIN_CONFIDENCE && c.end > c.start);
  },
};
