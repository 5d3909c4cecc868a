import { describe, expect, it } from 'vitest';
import { segment, segmentParagraphs } from '../web/src/spans.js';
import { parseHash, hashOf } from '../web/src/router.js';

const text = 'Vladimir Putin said: "We are ready for talks about Kyiv." The call lasted an hour.';

describe('web: standoff segmentation', () => {
  it('cuts at every boundary of nested and overlapping spans and knows what covers each piece', () => {
    const spans = [
      { start: 0, end: 14 }, // Vladimir Putin
      { start: 9, end: 14 }, // Putin (nested)
      { start: 22, end: 56 }, // quote content
      { start: 51, end: 56 }, // Kyiv. (inside the quote, ends with it)
      { start: 45, end: 60 }, // overlapping the quote end
    ];
    const segs = segment(0, text.length, spans);
    // contiguous, covering the whole range
    expect(segs[0].start).toBe(0);
    expect(segs[segs.length - 1].end).toBe(text.length);
    for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
    const at = (pos: number) => segs.find((s) => s.start <= pos && pos < s.end)!;
    expect(at(0)).toMatchObject({ start: 0, end: 9, cover: [0] });
    expect(at(10)).toMatchObject({ start: 9, end: 14, cover: [0, 1] });
    expect(at(15).cover).toEqual([]);
    expect(at(46)).toMatchObject({ start: 45, end: 51, cover: [2, 4] });
    expect(at(52)).toMatchObject({ start: 51, end: 56, cover: [2, 3, 4] });
    expect(at(57)).toMatchObject({ start: 56, end: 60, cover: [4] });
    expect(text.slice(at(52).start, at(52).end)).toBe('Kyiv.');
  });

  it('ignores empty, inverted and out-of-range spans and clips the rest', () => {
    const segs = segment(10, 20, [
      { start: 5, end: 5 },
      { start: 8, end: 3 },
      { start: 30, end: 40 },
      { start: 5, end: 12 },
    ]);
    expect(segs).toEqual([
      { start: 10, end: 12, cover: [3] },
      { start: 12, end: 20, cover: [] },
    ]);
    expect(segment(5, 5, [{ start: 0, end: 9 }])).toEqual([]);
  });

  it('groups by paragraph, splitting a span that runs across paragraphs', () => {
    const paras = [
      { start: 0, end: 10 },
      { start: 12, end: 30 },
    ];
    const spans = [
      { start: 25, end: 28 },
      { start: 2, end: 4 },
      { start: 8, end: 15 }, // crosses the paragraph break
    ];
    const out = segmentParagraphs(paras, spans);
    expect(out[0].filter((s) => s.cover.length)).toEqual([
      { start: 2, end: 4, cover: [1] },
      { start: 8, end: 10, cover: [2] },
    ]);
    expect(out[1].filter((s) => s.cover.length)).toEqual([
      { start: 12, end: 15, cover: [2] },
      { start: 25, end: 28, cover: [0] },
    ]);
  });
});

describe('web: hash routes', () => {
  it('round-trips parts and query with reserved characters', () => {
    const h = hashOf(['actor', 'per:vladimir putin/x?'], { q: 'a&b=c', empty: '' });
    const r = parseHash(h);
    expect(r.parts).toEqual(['actor', 'per:vladimir putin/x?']);
    expect(r.query.get('q')).toBe('a&b=c');
    expect(r.query.has('empty')).toBe(false);
    expect(parseHash('#/quotes?speaker=Putin').query.get('speaker')).toBe('Putin');
    expect(parseHash('').parts).toEqual([]);
    expect(parseHash('#/bad/%E0%A4%A').parts).toEqual(['bad', '%E0%A4%A']);
  });
});
