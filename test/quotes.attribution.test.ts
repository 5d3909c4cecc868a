import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Quote } from '../src/model/types.js';

function quotesOf(text: string, published = '2024-05-10'): Quote[] {
  return analyze({ id: 't', text, published }).quotes;
}

/** The quote whose text contains `words`. */
function quoteWith(qs: Quote[], words: string): Quote {
  const q = qs.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with "${words}" in ${JSON.stringify(qs.map((x) => x.text))}`);
  return q;
}

describe('quotes: the setting between the verb and "that" belongs to the attribution', () => {
  it('starts the content at "that" after a date, a statement with its time, a message read out', () => {
    const a = quoteWith(quotesOf('Harbor commissioner Lena Varga said on April 22 that the ferry pier would reopen in June.'), 'ferry pier');
    expect(a.text.startsWith('that the ferry pier')).toBe(true);
    expect(a.time).toBe('2024-04-22');
    const b = quoteWith(quotesOf('The water board said in a statement late on Tuesday that it had lifted the boil notice.'), 'boil notice');
    expect(b.text.startsWith('that it had lifted')).toBe(true);
    expect(b.time).toBe('2024-05-07');
    const c = quoteWith(quotesOf('The bishop said in a letter read out at the cathedral that he was grateful to the volunteers.'), 'grateful');
    expect(c.text.startsWith('that he was grateful')).toBe(true);
  });
});
