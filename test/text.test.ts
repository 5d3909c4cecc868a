import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/text/tokenize.js';
import { paragraphs, sentences } from '../src/text/segment.js';

function words(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end));
}

function sents(text: string): string[] {
  const toks = tokenize(text);
  return sentences(text, toks, paragraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe('tokenize', () => {
  it('splits possessives and keeps abbreviations and initialisms whole', () => {
    expect(words("Mr. Putin's aide met U.S. officials.")).toEqual(['Mr.', 'Putin', "'s", 'aide', 'met', 'U.S.', 'officials', '.']);
  });
  it('keeps numbers, dates and amounts together', () => {
    expect(words('$175 billion on 2025-07-03 at 14:00, up 3.5%')).toEqual(['$', '175', 'billion', 'on', '2025-07-03', 'at', '14:00', ',', 'up', '3.5', '%']);
  });
  it('gives quotation marks their own tokens with the right kind', () => {
    const text = '“We haven’t,” he said.';
    const toks = tokenize(text);
    expect(toks[0].kind).toBe('quote');
    expect(words(text)).toEqual(['“', 'We', 'haven’t', ',', '”', 'he', 'said', '.']);
  });
  it("keeps a lawmaker's party and state whole with its dots ('D-N.Y.', 'D-Mass.'), not other hyphenated words", () => {
    expect(words('Weiner, D-N.Y., and McGovern, D-Mass., met R-N.C. aides by e-mail.')).toEqual(['Weiner', ',', 'D-N.Y.', ',', 'and', 'McGovern', ',', 'D-Mass.', ',', 'met', 'R-N.C.', 'aides', 'by', 'e-mail', '.']);
    expect(sents('She met Anthony Weiner, D-N.Y. The emails surfaced later. He called Sen. Ann Cole, D-Calif. The senator agreed.')).toEqual([
      'She met Anthony Weiner, D-N.Y.',
      'The emails surfaced later.',
      'He called Sen. Ann Cole, D-Calif.',
      'The senator agreed.',
    ]);
  });
  it('offsets always slice back to the token', () => {
    const text = 'Zelenskyy, in Kyiv — on Thursday — said: "No."';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).trim()).toBe(text.slice(t.start, t.end));
  });
});

describe('sentences and paragraphs', () => {
  it('splits at full stops but not after titles or initials', () => {
    expect(sents('Dr. John F. Kennedy spoke. Then Mr. Smith left.')).toEqual(['Dr. John F. Kennedy spoke.', 'Then Mr. Smith left.']);
    // a saint's, a mountain's or a fort's abbreviation in a dateline's capitals keeps the place whole
    expect(words('ST. KILDA 1997-03-02')).toEqual(['ST.', 'KILDA', '1997-03-02']);
    expect(sents('FT. BRAGG, N.C. The base reopened.')).toEqual(['FT. BRAGG, N.C.', 'The base reopened.']);
  });
  it('does not end a sentence at a dot inside a word or number', () => {
    expect(sents('He raised $28.4million last year. Then he quit.')).toEqual(['He raised $28.4million last year.', 'Then he quit.']);
  });
  it('keeps a closing quote with its sentence', () => {
    expect(sents('“We are ready.” The minister left.')).toEqual(['“We are ready.”', 'The minister left.']);
  });
  it("opens a sentence at a pair of straight single quotes ('') standing for a double mark", () => {
    expect(sents("''The port is open,'' the mayor said. ''Ships can dock again.''")).toEqual(["''The port is open,'' the mayor said.", "''Ships can dock again.''"]);
    expect(sents("''Is it late?'' she asked.")).toEqual(["''Is it late?'' she asked."]);
  });
  it('ends a sentence at an ellipsis and opens one at a lone bracket or quote, or at ``, not at a lone `', () => {
    expect(sents('He paused... Then he spoke. (It was late.) ``Go,\'\' he said. "Yes." ` no.')).toEqual(['He paused...', 'Then he spoke.', '(It was late.)', "``Go,'' he said.", '"Yes." ` no.']);
    expect(sents('It ended... and went on.')).toEqual(['It ended... and went on.']);
  });
  it('does not split a quote continuing in lower case', () => {
    expect(sents('"Really?" he asked.')).toEqual(['"Really?" he asked.']);
  });
  it('ends sentences at paragraph breaks and short headline lines', () => {
    const text = 'Leaders meet in Geneva\nThe talks began.\n\nA second paragraph';
    expect(paragraphs(text).length).toBe(2);
    expect(sents(text)).toEqual(['Leaders meet in Geneva', 'The talks began.', 'A second paragraph']);
  });
  it('breaks a paragraph at a single line break before a transcript label only', () => {
    const text = 'Q: Is it over?\nMR. KIRBY: No.\nBREAKING: more news\nthe end';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Q: Is it over?', 'MR. KIRBY: No.\nBREAKING: more news\nthe end']);
  });
  it('keeps the dot of a title in capitals, not of an acronym at a sentence end', () => {
    expect(words('MR. KIRBY spoke.')).toEqual(['MR.', 'KIRBY', 'spoke', '.']);
    expect(sents('The case was filed in LA. The court met.')).toEqual(['The case was filed in LA.', 'The court met.']);
  });
});

describe('quotation stretches', () => {
  it('answer, in one scan, what inQuote answers position by position', async () => {
    const { inQuote, quotedRanges, inRanges } = await import('../src/text/quotation.js');
    for (const t of ['He said "we go" and “they stay” then \'\'no\'\' and ``yes\'\' too', 'a "b "c" d', '“open to the end', 'no marks at all']) {
      const r = quotedRanges(t, 0, t.length, []);
      for (let i = 0; i <= t.length; i++) expect([i, inRanges(r, i)]).toEqual([i, inQuote(t, 0, i)]);
    }
  });
});
