import type { Stage } from '../../model/doc.js';

/** First version: fills nothing yet. Replaced by the layer's own implementation. */
export const quotesStage: Stage = {
  name: 'quotes',
  run() {},
};
