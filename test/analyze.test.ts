import { describe, expect, it } from 'vitest';
import { analyze, analyzeDoc, STAGES } from '../src/analyze.js';
import type { Stage } from '../src/model/doc.js';

const article = { id: 'a', text: 'Vladimir Putin told reporters on Thursday that talks would continue. "We are ready," he said.', published: '2025-07-04' };

describe('analyze', () => {
  it('is deterministic: the same article gives the same analysis', () => {
    expect(JSON.stringify(analyze(article))).toBe(JSON.stringify(analyze({ ...article })));
  });

  it('a failing stage leaves its layer empty, is named, and the later stages still run', () => {
    const broken: Stage = {
      name: 'quotes',
      run(doc) {
        doc.quotes.push({ start: 0, end: 1, text: 'V', kind: 'direct', speaker: null, rule: 'half', confidence: 1 });
        throw new Error('boom');
      },
    };
    const stages = STAGES.map((s) => (s.name === 'quotes' ? broken : s));
    const doc = analyzeDoc(article, stages);
    expect(doc.quotes).toEqual([]);
    expect(doc.errors).toEqual([{ stage: 'quotes', message: 'boom' }]);
    expect(doc.times.length).toBeGreaterThan(0); // before it
    expect(doc.tokens.length).toBeGreaterThan(0);
    expect(analyze(article, stages).errors).toEqual([{ stage: 'quotes', message: 'boom' }]);
    expect(analyze(article).errors).toBeUndefined();
  });
});
