import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

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
