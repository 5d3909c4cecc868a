/** "2025-07-03", "2025-07-03T14:00", "2025-07-03T14:00:00Z": written-out ISO 8601 dates and times. */
import { cand } from '../common/build.js';
import { DIGIT } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

export const ISODateParser: Parser = {
  name: 'ISODateParser',
  pattern: /\b([12]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])/g,
  keys: [[DIGIT], ['-0', '-1']],
  extract(m, offset) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4]) return cand(m, offset, this.name, 'TIME', { value: `${date}T${m[4]}:${m[5]}`, confidence: 0.98, anchorable: true });
    return cand(m, offset, this.name, 'DATE', { value: date, confidence: 0.98, anchorable: true });
  },
};
