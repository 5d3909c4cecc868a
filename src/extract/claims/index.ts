import type { Stage } from '../../model/doc.js';
import { checkAnachronisms } from '../time/anachronisms.js';

/**
 * Checks against reference facts. Today: dates of well-known events that the text gets wrong
 * ("the invasion in February 2023"), from the time layer's reference list
 * (`src/extract/time/data/events.tsv`). Claim extraction itself is not built yet: `doc.claims`
 * stays empty.
 */
export const claimsStage: Stage = {
  name: 'claims',
  run(doc) {
    for (const a of checkAnachronisms(doc)) {
      doc.findings.push({
        kind: 'anachronism',
        summary: `${a.event} is dated ${a.stated} here; it happened on ${a.expected}`,
        evidence: [{ start: a.start, end: a.end }],
      });
    }
  },
};
