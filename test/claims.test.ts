import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

describe('checks against reference facts', () => {
  it('flags a well-known event given the wrong year, pointing at the date', () => {
    const text = 'More than three years after Russia launched its full-scale invasion of Ukraine in February 2023, the talks resumed in Kyiv.';
    const a = analyze({ id: 'x', text, published: '2025-08-05' });
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0].kind).toBe('anachronism');
    const ev = a.findings[0].evidence[0];
    expect(text.slice(ev.start, ev.end)).toBe('February 2023');
    expect(a.findings[0].summary).toContain('2022-02-24');
  });
  it('says nothing when the date is right', () => {
    const text = 'Russia launched its full-scale invasion of Ukraine in February 2022, and Kyiv held.';
    expect(analyze({ id: 'y', text, published: '2025-08-05' }).findings).toEqual([]);
  });
});
