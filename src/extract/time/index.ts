import type { Stage } from '../../model/doc.js';

/** First version: fills nothing yet. Replaced by the layer's own implementation. */
export const timeStage: Stage = {
  name: 'time',
  run() {},
};
