import { describe, expect, it } from 'vitest';
import { analyze, analyzeDoc, STAGES } from '../src/analyze.js';
import { findMarks } from '../src/extract/quotes/marks.js';
import type { Doc } from '../src/model/doc.js';

const UPTO_QUOTES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'));
function analyzeUpTo(text: string): Doc {
  return analyzeDoc({ id: "x", text }, UPTO_QUOTES);
}

describe('quotation marks', () => {
  it('an empty pair of marks is no quote and breaks nothing after it', () => {
    const text = 'The form left the field "" blank. "We will sign it next week," the minister said.';
    const a = analyze({ id: 'x', text, published: '2025-07-04' });
    expect(a.errors).toBeUndefined();
    expect(a.quotes.map((q) => q.text)).toContain('We will sign it next week,');
    const last = analyze({ id: 'y', text: 'The minister said the talks were over. The field was left "" on the form.', published: '2025-07-04' });
    expect(last.errors).toBeUndefined();
  });
});

describe('quotations in single marks', () => {
  const quotes = (text: string) => analyze({ id: 'x', text, published: '2025-07-04' }).quotes.map((q) => [q.text, q.kind, q.speaker?.name]);
  it('pairs single marks where a paragraph has no double ones, as British papers quote', () => {
    expect(quotes("'We were never told about the risks,' Raj Patel said.")).toEqual([['We were never told about the risks,', 'direct', 'Raj Patel']]);
    expect(quotes('‘We’re not finished yet,’ Ella James said.')).toEqual([['We’re not finished yet,', 'direct', 'Ella James']]);
  });
  it('reads no closing mark in a plural possessive or an opening one in a decade', () => {
    expect(quotes('‘The players’ union is angry,’ Tom Hale said.')).toEqual([['The players’ union is angry,', 'direct', 'Tom Hale']]);
    const m = findMarks(analyzeUpTo("The band's '90s hits 'still sell', the label said."));
    expect(m.regions.length).toBe(1);
  });
  it('leaves single marks inside double ones to the double marks', () => {
    const m = findMarks(analyzeUpTo('"He told me \'no\' twice," she said.'));
    expect(m.regions.length).toBe(1);
  });
});

describe('marks of markup attributes', () => {
  it('quote nothing: an attribute value is no quotation, and the text after the tag none either', () => {
    const text = 'Fans posted all night.\n\n<tweet id="1234" author="@cityfan" datetime="2021-03-04">What a game, we never gave up<tweet/>.';
    const doc = analyzeUpTo(text);
    const m = findMarks(doc);
    expect(m.regions).toEqual([]);
  });
});
