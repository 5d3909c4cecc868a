import { describe, expect, it } from 'vitest';
import { analyzeDoc, STAGES } from '../src/analyze.js';
import { makeCtx } from '../src/extract/quotes/context.js';
import { joinAcrossAttribution } from '../src/extract/quotes/join.js';
import { ledTitle } from '../src/extract/quotes/learned.js';
import { dropNamedTitles, ruleCands } from '../src/extract/quotes/index.js';
import { cand, withPiece, type Cand } from '../src/extract/quotes/build.js';
import type { Quote } from '../src/model/types.js';

const UPTO_QUOTES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes') + 1);

function quotes(text: string): Quote[] {
  return analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes;
}

describe('quotes: two quotations, one attribution', () => {
  const text = '“We will not vote for it,” Senator Ruth Okafor told reporters on Tuesday. “The budget is short.” Other members left.';
  const ctx = makeCtx(analyzeDoc({ id: 't', text }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
  const low = ctx.low;
  const a1 = 1;
  const b1 = low.indexOf('it') + 2; // through the comma
  const a2 = low.indexOf('the', b1);
  const b2 = low.indexOf('short') + 2;
  const first = (): Cand => ({ a: a1, b: b1, speaker: { name: 'Ruth Okafor' }, cue: [low.indexOf('told'), low.indexOf('told') + 1], rule: 'cue-before', conf: 0.8 });
  it('joins a second quotation with no attribution of its own, after the attribution sentence', () => {
    const out = joinAcrossAttribution(ctx, [first(), { a: a2, b: b2, speaker: { name: 'Ruth Okafor' }, rule: 'tagger', conf: 0.4 }]);
    expect(out).toHaveLength(1);
    expect(out[0].frags).toEqual([
      [a1, b1],
      [a2, b2],
    ]);
    expect(out[0].b).toBe(b2);
  });
  it('joins the second quotation when no content covers it', () => {
    const out = joinAcrossAttribution(ctx, [first()]);
    expect(out).toHaveLength(1);
    expect(out[0].frags).toEqual([
      [a1, b1],
      [a2, b2],
    ]);
  });
  it('leaves an uncovered second quotation alone when an attribution of its own follows it', () => {
    const t2 = '“We will not vote for it,” Senator Ruth Okafor told reporters on Tuesday. “Is the budget short?” Jones asked.';
    const c2 = makeCtx(analyzeDoc({ id: 't', text: t2 }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const l2 = c2.low;
    const x: Cand = { a: 1, b: l2.indexOf('it') + 2, speaker: { name: 'Ruth Okafor' }, cue: [l2.indexOf('told'), l2.indexOf('told') + 1], rule: 'cue-before', conf: 0.8 };
    const out = joinAcrossAttribution(c2, [x]);
    expect(out).toHaveLength(1);
    expect(out[0].frags).toBeUndefined();
  });
  it('leaves an uncovered quotation alone when it is only part of its sentence', () => {
    const t2 = '“We will not vote for it,” Senator Ruth Okafor told reporters on Tuesday. “Fiscal space” is a phrase the treasury likes.';
    const c2 = makeCtx(analyzeDoc({ id: 't', text: t2 }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const l2 = c2.low;
    const x: Cand = { a: 1, b: l2.indexOf('it') + 2, speaker: { name: 'Ruth Okafor' }, cue: [l2.indexOf('told'), l2.indexOf('told') + 1], rule: 'cue-before', conf: 0.8 };
    expect(joinAcrossAttribution(c2, [x])[0].frags).toBeUndefined();
  });
  it('keeps a second quotation that has its own cue apart', () => {
    const own: Cand = { a: a2, b: b2, speaker: { name: 'an aide' }, cue: [b2 + 1, b2 + 2], rule: 'cue-before', conf: 0.8 };
    expect(joinAcrossAttribution(ctx, [first(), own])).toHaveLength(2);
  });
  it('joins across an attribution that names a short quoted title', () => {
    const t2 = '“We will not vote for it,” Senator Ruth Okafor told “Meet the Press” on Tuesday. “The budget is short.” Other members left.';
    const c2 = makeCtx(analyzeDoc({ id: 't', text: t2 }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const l2 = c2.low;
    const x: Cand = { a: 1, b: l2.indexOf('it') + 2, speaker: { name: 'Ruth Okafor' }, cue: [l2.indexOf('told'), l2.indexOf('told') + 1], rule: 'cue-before', conf: 0.8 };
    const y: Cand = { a: l2.indexOf('the', l2.indexOf('tuesday')), b: l2.indexOf('short') + 2, speaker: { name: 'Ruth Okafor' }, rule: 'tagger', conf: 0.4 };
    const out = joinAcrossAttribution(c2, [x, y]);
    expect(out).toHaveLength(1);
    expect(out[0].frags).toHaveLength(2);
  });
  it('keeps quotations apart when the attribution holds a long quotation', () => {
    const t2 = '“We will not vote for it,” Senator Ruth Okafor told a reporter who had asked about “the long list of cuts in the budget that the governor sent to the house last week.” “The budget is short.”';
    const c2 = makeCtx(analyzeDoc({ id: 't', text: t2 }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const l2 = c2.low;
    const x: Cand = { a: 1, b: l2.indexOf('it') + 2, speaker: { name: 'Ruth Okafor' }, cue: [l2.indexOf('told'), l2.indexOf('told') + 1], rule: 'cue-before', conf: 0.8 };
    const y: Cand = { a: l2.lastIndexOf('the', l2.indexOf('short')) , b: l2.indexOf('short') + 2, speaker: { name: 'Ruth Okafor' }, rule: 'tagger', conf: 0.4 };
    expect(joinAcrossAttribution(c2, [x, y])).toHaveLength(2);
  });
  it('keeps quotations apart when a second cue in the gap introduces the next one', () => {
    const t2 = '“If she wins, we lose,” Smith said before adding: “Maybe not.”';
    const qs = quotes(t2);
    expect(qs.map((q) => q.text)).toEqual(expect.arrayContaining(['If she wins, we lose,']));
    expect(qs.every((q) => !q.fragments)).toBe(true);
  });
});

describe('quotes: attributions after a question or exclamation', () => {
  it('finds a question quoted before a sentence that holds only its attribution', () => {
    const qs = quotes('“Why does nobody ask her?” Rubio said. Then he left.');
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('Why does nobody ask her?');
    expect(qs[0].speaker?.name).toBe('Rubio');
  });
  it('ends a reported clause at a full stop before an opening quotation mark', () => {
    const qs = quotes("He said he would not change his position. ''I think my words show strength,'' he said.");
    expect(qs.map((q) => q.text)).toEqual(['he would not change his position', 'I think my words show strength,']);
  });
  it('gives each of two attributed quotations its own speaker', () => {
    const qs = quotes('“Go home,” the mayor said. “Stop it,” the senator replied.');
    expect(qs).toHaveLength(2);
    expect(qs[0].text).toBe('Go home,');
    expect(qs[0].fragments).toBeUndefined();
    expect(qs[1].text).toBe('Stop it,');
  });
});

describe('quotes: titles are not quotes', () => {
  it('reads a show named in the attribution’s setting as a title, not as the words', () => {
    const qs = quotes('Speaking Sunday on the network’s “Week in Review,” Senator Ruth Okafor said the budget was short.');
    expect(qs.map((q) => q.text)).not.toContain('Week in Review,');
    const qs2 = quotes('Later on “Meet the Press,” the senator said the budget was short.');
    expect(qs2.map((q) => q.text)).not.toContain('Meet the Press,');
  });
  it('still reads a quotation closed by a comma before its attribution as the words', () => {
    const qs = quotes('“The budget is short,” Senator Ruth Okafor said on Sunday.');
    expect(qs.map((q) => q.text)).toContain('The budget is short,');
  });
  it('reads a short capitalized quotation after a preposition or a possessive as a title', () => {
    const ctxOf = (t: string) => makeCtx(analyzeDoc({ id: 't', text: t }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const inner = (c: ReturnType<typeof ctxOf>): [number, number] => {
      const g = c.marks.regions[0];
      return [g.open + 1, g.close];
    };
    const c1 = ctxOf('The renovation made the channel’s “Homes of the Harbor Coast” last year.');
    expect(ledTitle(c1, ...inner(c1))).toBe(true);
    const c2 = ctxOf('It is a comedy in the style of “Summer at Lake Orla.”');
    expect(ledTitle(c2, ...inner(c2))).toBe(true);
    const c3 = ctxOf('He said “We will win this fight” to the crowd.');
    expect(ledTitle(c3, ...inner(c3))).toBe(false);
    const c4 = ctxOf('He spoke of “a long and hard fight for the rights of all the workers in the state.”');
    expect(ledTitle(c4, ...inner(c4))).toBe(false);
  });
  it('does not read the title of a show or a film as someone’s words', () => {
    const qs = quotes('He is now host of “The Late Desk with Mara Quill.” The film “Bridge at Dawn” opened in October.');
    expect(qs).toEqual([]);
  });
});

describe('quotes: headline quotes in single marks', () => {
  it('reads a name, a colon and a single-quoted line as that person’s words', () => {
    const qs = quotes('Kasich: ‘We Are Going All the Way to Cleveland.’\n\nThe governor spoke on Tuesday.');
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('We Are Going All the Way to Cleveland.');
    expect(qs[0].kind).toBe('direct');
    expect(qs[0].speaker?.name).toBe('Kasich');
  });
  it('takes the whole claim after the colon when the quotation closes before the title ends', () => {
    const qs = quotes('Senator Ruth Okafor: ‘No Idea’ If the Lagos Bridge Will Open This Year\n\nThe senator spoke on Tuesday.');
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([['‘No Idea’ If the Lagos Bridge Will Open This Year', 'Ruth Okafor']]);
  });
  it('leaves a headline with a quoted phrase inside it alone', () => {
    expect(quotes('Ryan Says ‘Enough’ to Critics of the Budget\n\nBody text.').filter((q) => q.rule?.endsWith('headline'))).toEqual([]);
  });
});

describe('quotes: a title that is a source, a colon and a claim', () => {
  const colon = (text: string): Quote[] => quotes(text).filter((q) => q.rule?.endsWith('headline-colon'));
  it('reads a named person before the colon as the source of the unquoted claim', () => {
    const qs = colon('Senator Ruth Okafor: Budget Deal Is Dead for This Year.\n\nThe senator spoke to reporters on Tuesday in Lagos.');
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('Budget Deal Is Dead for This Year');
    expect(qs[0].kind).toBe('indirect');
    expect(qs[0].speaker?.name).toContain('Okafor');
  });
  it('takes a speaker noun such as a poll', () => {
    const qs = colon('Poll: Governor Leads Challenger by Five Points.\n\nThe survey was taken last week.');
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('Governor Leads Challenger by Five Points');
  });
  it('takes a source with whom it tells, a group noun, a label in capitals before it; the claim ends with the title line', () => {
    const told = colon('Harbor Workers to Lena Ortiz: Fix the Cranes Before Winter.\n\nThe union wrote on Monday.');
    expect(told.map((q) => [q.text, q.speaker?.name])).toEqual([['Fix the Cranes Before Winter', 'Harbor Workers']]);
    const group = colon('Ortiz camp: the port plan will cost the city nothing.\n\nAides spoke on Monday.');
    expect(group.map((q) => q.text)).toEqual(['the port plan will cost the city nothing']);
    const label = colon('EXCLUSIVE – Tomas Berg: The Ferry Will Run Again in May.\n\nBerg spoke on the pier.');
    expect(label.map((q) => q.speaker?.name)).toEqual(['Tomas Berg']);
    // (a subtitle on the next line is not the claim's, and its own attribution stays)
    const qs = quotes("Historians: ferry line and port linked for good; \nThe town's fortunes hinge on the harbor, a curator says.\n\nBody text follows here.");
    expect(qs.find((q) => q.rule?.endsWith('headline-colon'))?.text).toBe('ferry line and port linked for good');
    expect(qs.some((q) => q.text.startsWith("The town's fortunes"))).toBe(true);
  });
  it('leaves a section label or a short tag alone', () => {
    expect(colon('The Latest: Storm reaches the coast overnight.\n\nWinds rose.')).toEqual([]);
    expect(colon('Poll: Results.\n\nThe survey was taken last week.')).toEqual([]);
  });
});

describe('quotes rules: a second verb of saying shares the sentence subject', () => {
  const UPTO = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'));
  const cands = (text: string): Cand[] => {
    const ctx = makeCtx(analyzeDoc({ id: 't', text }, UPTO));
    return ruleCands(ctx);
  };
  it('after "but"', () => {
    const text = 'The inspector praised the new bridge but said the approach roads needed more work.';
    const c = cands(text).find((x) => x.rule === 'cue-after');
    expect(c).toBeDefined();
    expect(c!.speaker?.name).toContain('inspector');
  });
  it('after a comma, with a participle', () => {
    const text = 'Mayor Lena Ortiz rejected the plan on Monday, saying the city could not afford it.';
    const c = cands(text).find((x) => x.rule === 'cue-after');
    expect(c).toBeDefined();
    expect(c!.speaker?.name).toContain('Ortiz');
  });
  it('not when the verb has its own subject after it ("…, said Ortiz")', () => {
    const text = 'The city cannot afford the plan, said Mayor Lena Ortiz.';
    const c = cands(text).find((x) => x.speaker?.name.includes('Ortiz'));
    expect(c?.rule).toBe('cue-before-inverted');
  });
});

describe('quotes rules: "according to" in the middle of its sentence', () => {
  const UPTO = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'));
  const rule = (text: string): { c: Cand; ctx: ReturnType<typeof makeCtx> } | undefined => {
    const ctx = makeCtx(analyzeDoc({ id: 't', text }, UPTO));
    const c = ruleCands(ctx).find((x) => x.rule === 'according-to');
    return c ? { c, ctx } : undefined;
  };
  const words = (ctx: ReturnType<typeof makeCtx>, a: number, b: number): string => ctx.low.slice(a, b).join(' ');
  it('takes the sentence on both sides as one content in two pieces', () => {
    const r = rule('Turnout in the northern districts, according to the election board, has doubled since the spring.');
    expect(r).toBeDefined();
    const { c, ctx } = r!;
    expect(c.frags).toHaveLength(2);
    expect(words(ctx, c.frags![0][0], c.frags![0][1])).toBe('turnout in the northern districts');
    expect(words(ctx, c.frags![1][0], c.frags![1][1]).startsWith('has doubled since the spring')).toBe(true);
    expect(c.speaker?.name).toContain('election board');
  });
  it('leaves a clause about the source out', () => {
    const r = rule('The vote was delayed, according to Mayor Lena Ortiz, who blamed the weather.');
    expect(r).toBeDefined();
    expect(r!.c.frags).toBeUndefined();
    expect(words(r!.ctx, r!.c.a, r!.c.b)).toBe('the vote was delayed');
  });
});

describe('quotes: the attribution rule around a named programme and a described speaker', () => {
  const ctxOf = (text: string) => makeCtx(analyzeDoc({ id: 't', text }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
  const spans = (text: string) => {
    const ctx = ctxOf(text);
    const t = ctx.doc.tokens;
    return ruleCands(ctx).map((c) => ({
      text: text.slice(t[c.a].start, t[c.b - 1].end),
      speaker: c.speaker?.name,
      frags: c.frags?.map(([a, b]) => text.slice(t[a].start, t[b - 1].end)),
    }));
  };
  /** That the quote opening with `first` goes on, in a second piece holding `second`, past the programme named between. */
  const joinedPast = (text: string, first: string, second: string, programme: string): void => {
    const c = spans(text).find((x) => x.text.startsWith(first));
    expect(c).toBeDefined();
    expect(c!.frags).toHaveLength(2);
    expect(c!.frags![1]).toContain(second);
    expect(c!.frags!.join(' ')).not.toContain(programme);
  };
  it('does not take a programme named in the attribution for the second piece of the quote', () => {
    joinedPast('“The harbour will reopen,” she said on “Coast Today.” “We expect the first ferries in May.”', 'The harbour', 'We expect the first ferries in May.', 'Coast Today');
  });
  it('goes on past a programme quoted inside a description of the speaker', () => {
    joinedPast('“Nobody can call the vote yet,” said Arlo Penn, who also hosts the radio show “Harbour Talk.” “It turns on the turnout in the valley.”\n\nThe count starts at nine.', 'Nobody can', 'It turns on the turnout', 'Harbour Talk');
  });
  it('reads "said the Norland senator" as the whole speaker, so the quote goes on after it', () => {
    const text = '“It is a hard choice,” said the Norland senator, “because both sides have a case.”';
    const c = spans(text).find((x) => x.text.startsWith('It is a hard'));
    expect(c).toBeDefined();
    expect(c!.speaker).toMatch(/Norland senator$/);
    expect(c!.frags).toHaveLength(2);
  });
});

describe('quotes: a quotation closed after a full stop ends its sentence', () => {
  // the rules' candidate for the first quotation of `text`, and the text of a token range
  const firstQuote = (text: string) => {
    const ctx = makeCtx(analyzeDoc({ id: 't', text }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const t = ctx.doc.tokens;
    const words = (a: number, b: number) => text.slice(t[a].start, t[b - 1].end);
    return { c: ruleCands(ctx).find((x) => words(x.a, x.b).startsWith('It is more')), words };
  };
  it('keeps the quotation after an attribution as the same quote when the next sentence starts with a cue of its own', () => {
    const { c, words } = firstQuote('“It is more than a campaign,” said Lena Marsh. “We want every member to have a vote.” Marsh conceded nothing else.');
    expect(c).toBeDefined();
    expect(c!.frags).toHaveLength(2);
    expect(words(c!.frags![1][0], c!.frags![1][1])).toContain('We want every member');
  });
  it('still leaves a question to an attribution that follows it', () => {
    const { c } = firstQuote('“It is more than a campaign,” said Lena Marsh. “Will they vote?” Tom Reyes asked.');
    expect(c).toBeDefined();
    expect(c!.frags).toBeUndefined();
  });
});

describe('quotes: a split quote around a verb the lexicon lacks', () => {
  const text = '“The port is ready,” she volunteered, “and the first ships can come in May.” Later the board met.';
  const ctx = makeCtx(analyzeDoc({ id: 't', text }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
  const low = ctx.low;
  const cue = low.indexOf('volunteered');
  const x = (): Cand => ({ a: 1, b: low.indexOf('ready') + 2, speaker: { name: 'she' }, cue: [cue, cue + 1], rule: 'tagger', conf: 0.4 });
  const y = (): Cand => ({ a: low.indexOf('and'), b: low.indexOf('may') + 2, speaker: { name: 'she' }, rule: 'tagger', conf: 0.4 });
  it('joins the two pieces when the tagger took the verb between them for the cue', () => {
    const out = joinAcrossAttribution(ctx, [x(), y()]);
    expect(out).toHaveLength(1);
    expect(out[0].frags).toHaveLength(2);
  });
  it('does not join them when nothing marks the words between as an attribution', () => {
    const first = x();
    first.cue = undefined;
    expect(joinAcrossAttribution(ctx, [first, y()])).toHaveLength(2);
  });
});


describe('quotes: withPiece', () => {
  it('joins a piece in a new candidate with the fields in the order cand gives them, the old one untouched', () => {
    const c = cand(4, 9, { name: 'Ruth Okafor' }, 'tagger', 0.4, [10, 11]);
    const joined = withPiece(c, 14, 20);
    expect(joined).toEqual({ ...c, b: 20, frags: [[4, 9], [14, 20]] });
    expect(Object.keys(joined)).toEqual(Object.keys(c));
    expect(c.b).toBe(9);
    expect(c.frags).toBeUndefined();
    expect(withPiece(joined, 25, 30).frags).toEqual([[4, 9], [14, 20], [25, 30]]);
  });
});

describe('quotes: two attributions joined by "and" in one sentence', () => {
  const said = (text: string): Array<[string | undefined, string]> => quotes(text).map((q) => [q.speaker?.name, text.slice(q.start, q.end)]);
  it('gives each quotation its own speaker', () => {
    expect(said('Mayor Ines Walcott said "no" and Councillor Abe Ferris said "yes."')).toEqual([
      ['Ines Walcott', 'no'],
      ['Abe Ferris', 'yes.'],
    ]);
    expect(said('He said, "never," and she said, "not yet."')).toEqual([
      ['He', 'never,'],
      ['she', 'not yet.'],
    ]);
  });
  it('reads a second attribution with "that" before its quotation', () => {
    const out = said('Ines Walcott said "the vote is close" and Abe Ferris added that "the count goes on."');
    expect(out[0]).toEqual(['Ines Walcott', 'the vote is close']);
    expect(out[1][0]).toBe('Abe Ferris');
    expect(out[1][1]).toContain('the count goes on.');
  });
  it('keeps the rules from joining a quotation that has a cue of its own', () => {
    const text = 'He said, "never," and she said, "not yet."';
    const ctx = makeCtx(analyzeDoc({ id: 't', text }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const got = ruleCands(ctx).map((c) => text.slice(ctx.doc.tokens[c.a].start, ctx.doc.tokens[c.b - 1].end));
    expect(got).toEqual(['never,', 'not yet.']);
  });
  it('still joins a split quotation and a quotation with no attribution of its own', () => {
    expect(said('"We will win," Ines Walcott said, "and soon."')).toHaveLength(1);
    expect(said('Ines Walcott said: "We will win." "It will be close."').map((q) => q[0])).toEqual(['Ines Walcott']);
  });
});

describe('quotes: an attribution set off by commas after a short subject, and one after a semicolon', () => {
  const pieces = (text: string): string[][] =>
    quotes(text).map((q) => (q.fragments ?? [{ start: q.start, end: q.end }]).map((f) => text.slice(f.start, f.end)));
  it('keeps the subject before the attribution as part of the content', () => {
    expect(pieces('The ferry, port officials said, will sail again on Friday.')).toEqual([['The ferry', 'will sail again on Friday']]);
    const mixed = pieces('The board, Ines Walcott said, had "broken its word."');
    expect(mixed).toHaveLength(1);
    expect(mixed[0][0]).toBe('The board');
    expect(mixed[0][1]).toContain('broken its word');
  });
  it('ends a reported clause at a semicolon that opens another attribution', () => {
    const text = 'Walcott said the levy was unfair; Ferris said it was overdue.';
    expect(quotes(text).map((q) => [q.speaker?.name, text.slice(q.start, q.end)])).toEqual([
      ['Walcott', 'the levy was unfair'],
      ['Ferris', 'it was overdue'],
    ]);
  });
});

describe('quotes: where a reported clause starts and ends', () => {
  const contents = (text: string): string[] => quotes(text).map((q) => text.slice(q.start, q.end));
  it('starts at the "that" after a setting of the saying', () => {
    expect(contents('Tello said in an interview with the Harbor Gazette that the levy was dead.')).toEqual(['that the levy was dead']);
    expect(contents('Tello said afterwards that the levy was dead.')).toEqual(['that the levy was dead']);
  });
  it('reads a text that ends right after a verb of saying (a cut-off article) without failing', () => {
    for (const text of ['The mayor said,', 'Officials said on Monday', 'He added ,']) {
      const doc = analyzeDoc({ id: 't', text }, UPTO_QUOTES);
      expect(doc.errors, text).toEqual([]);
    }
  });
  it('ends a quotation closed by its own comma before "and" and another verb', () => {
    expect(contents('Ferris told reporters, "I am not going anywhere," and then left the hall.')).toEqual(['I am not going anywhere,']);
  });
  it('ends the words of a relative clause at the clause\'s closing comma', () => {
    expect(contents('The minister, whose office said on Monday that he was ill, did not attend the vote.')[0]).toBe('that he was ill');
  });
});

describe('quotes: less common verbs of saying', () => {
  it('reads scoffed, hinted, concurred and rebutted as cues', () => {
    for (const [text, content] of [
      ['Ines Walcott scoffed that the levy was a joke.', 'the levy was a joke'],
      ['Abe Ferris hinted that he might run again.', 'he might run again'],
      ['The treasurer concurred that the fund was empty.', 'the fund was empty'],
      ['Ines Walcott rebutted that the figures were old.', 'the figures were old'],
    ]) {
      expect(quotes(text).some((q) => text.slice(q.start, q.end).includes(content))).toBe(true);
    }
  });
});

describe('quotes: the review of the new rules', () => {
  const contents = (text: string): string[] => quotes(text).map((q) => text.slice(q.start, q.end));
  it('ends a relative clause\'s words at the comma before the main verb, not at a list\'s comma', () => {
    expect(contents('The agency, which says that rents, food and fuel rose, will publish data on Tuesday.')[0]).toBe('that rents, food and fuel rose');
  });
  it('gives the clause after a semicolon to an attribution set in it', () => {
    const text = 'Police said two men were held; the van, police said, was stolen.';
    const got = quotes(text).map((q) => (q.fragments ?? [{ start: q.start, end: q.end }]).map((f) => text.slice(f.start, f.end)));
    expect(got[0]).toEqual(['two men were held']);
    expect(got[1]).toEqual(['the van', 'was stolen']);
  });
  it('does not take a linking word before "X said," for a piece of the content', () => {
    expect(contents('Meanwhile, port officials said, the ferry will sail on Friday.')).toEqual(['the ferry will sail on Friday']);
  });
  it('keeps the one who seems to have concluded, or is expected to argue, that something is so', () => {
    const sp = (text: string) => quotes(text)[0]?.speaker?.name;
    expect(sp('Abe Ferris seems to have concluded that the levy cannot pass.')).toBe('Abe Ferris');
    expect(sp('Abe Ferris is expected to argue that the levy is unlawful.')).toBe('Abe Ferris');
  });
  it('splits a quotation and a second attribution joined by ", and" with a verb of its own', () => {
    expect(contents('Ines Walcott said "we are not afraid," and called on members to "stay the course."')).toEqual(['we are not afraid,', 'members to "stay the course."']);
  });
});

describe('transcripts: letters that list options', () => {
  it('are no speakers', () => {
    expect(quotes('Which issue matters most?\n\nA: Jobs (42 percent)\n\nB: Housing (30 percent)\n\nC: Crime (11 percent)')).toEqual([]);
  });
});

describe('quotes: the second review of the new rules', () => {
  const pieces = (text: string): string[][] =>
    quotes(text).map((q) => (q.fragments ?? [{ start: q.start, end: q.end }]).map((f) => text.slice(f.start, f.end)));
  it('gives a short subject before the attribution to a quotation after it', () => {
    expect(pieces('The levy, she said, "is dead on arrival."')).toEqual([['The levy', 'is dead on arrival.']]);
  });
  it('keeps a clause with a plea in it as the words of the attribution after it', () => {
    const text = 'The driver pleaded guilty to two counts of fraud, prosecutors said.';
    expect(quotes(text).map((q) => [q.speaker?.name, text.slice(q.start, q.end)])).toEqual([['prosecutors', 'The driver pleaded guilty to two counts of fraud']]);
  });
  it('keeps the subject of "is expected to signal that …"', () => {
    expect(quotes('The central bank is expected to signal that rates will rise.')[0]?.speaker?.name).toContain('bank');
  });
  it('does not end a reported clause at the comma of a list', () => {
    const text = 'The minister said taxes, fees and tolls would stay flat, and left for Brussels on Monday.';
    expect(quotes(text).map((q) => text.slice(q.start, q.end))[0]).toMatch(/^taxes, fees and tolls would stay flat/);
  });
});

describe('quotes: two "told" attributions with their hearers, joined by "and"', () => {
  it('are two quotes', () => {
    const text = 'Walcott told the Gazette "I was wrong" and Ferris told the Herald "she was right."';
    expect(quotes(text).map((q) => [q.speaker?.name, text.slice(q.start, q.end)])).toEqual([
      ['Walcott', 'I was wrong'],
      ['Ferris', 'she was right.'],
    ]);
  });
});

describe('quotes: the subject of an attribution after a semicolon', () => {
  it('is the phrase right before its verb, not the speaker of the clause before', () => {
    const text = 'The minister denied the report; the opposition said it was true.';
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(['minister', 'opposition']);
  });
});

describe('quotes: a colon after what a person said', () => {
  it('gives the quotation to the possessor of the response or statement', () => {
    const qs = quotes('Nicola Sturgeon’s response was blunt: "This is an outrage."');
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([['This is an outrage.', 'Nicola Sturgeon']]);
  });
});

describe('quotes: one attribution, one content', () => {
  it('reads no content in what describes the speaker or the saying after a quotation’s attribution', () => {
    expect(quotes('"We made mistakes," acknowledged John Harris, the club’s chairman.').map((q) => q.text)).toEqual(['We made mistakes,']);
    expect(quotes('"I did not expect to win," Lucy Chen said after crossing the finish line.').map((q) => q.text)).toEqual(['I did not expect to win,']);
  });
  it('keeps a reported clause of another verb after it', () => {
    expect(quotes('"We won," he said, adding that the team was tired.').map((q) => q.text)).toEqual(['We won,', 'that the team was tired']);
  });
});

describe('quotes: a role in lower case between a quotation and the name', () => {
  it('leaves the quotation before the attribution its content', () => {
    const qs = quotes('"We won," head coach Ana Ruiz said.');
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([['We won,', 'Ana Ruiz']]);
  });
});

describe('quotes: "X was quoted by an outlet as saying"', () => {
  it('gives the words to the one quoted, not the outlet', () => {
    const qs = quotes('Carlo Ancelotti was quoted by Marca as saying he had no plans to retire.');
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([['he had no plans to retire', 'Carlo Ancelotti']]);
  });
});

describe('quotes: section headings in single quotation marks', () => {
  it('are no one\'s words, and a quote before one ends before it', () => {
    const text = 'Harbour town weighs a new ferry\n\nThe council met on Monday to discuss the ferry.\n\n"We will decide by spring," said Mayor Ilse Brandt.\n\n\'A long winter ahead.\'\n\nThe old ferry broke down twice in January, stranding commuters.\n\n\'Nobody\'s listening.\'\n\n"I lost two days of work," said Oren Vaskel, a welder.';
    const qs = analyzeDoc({ id: 't', text }, STAGES).quotes;
    const got = qs.map((q) => text.slice(q.start, q.end));
    expect(got.some((c) => c.includes('We will decide by spring'))).toBe(true);
    expect(got.some((c) => c.includes('I lost two days of work'))).toBe(true);
    expect(got.some((c) => c.includes('A long winter ahead') || c.includes("Nobody's listening"))).toBe(false);
  });
  it('are not the next quoted paragraph of a text that quotes in single marks', () => {
    const text = "Budget passes in Tamsford\n\n'The figures add up,' Mayor Ilse Brandt told reporters.\n\n'Nobody will pay more tax next year.'\n\nThe vote was 7 to 2.";
    const got = analyzeDoc({ id: 't', text }, STAGES).quotes.map((q) => text.slice(q.start, q.end));
    expect(got.some((c) => c.includes('Nobody will pay more tax'))).toBe(true);
  });
});

describe('quotes: a quotation signed with a dash', () => {
  it('is the words of the name after the dash, line by line', () => {
    const text = 'Readers wrote in after the council vote.\n\n“The new bus lanes cut my commute in half and I finally see my kids at dinner.” ― Dana Whitfield\n“Nobody asked the shop owners on Elm Street what they thought of the plan.” ― Marcus Oyelaran, a baker\n“I will keep driving whatever they build.” — Priya N. Castellano';
    const qs = quotes(text).filter((q) => q.kind === 'direct');
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['The new bus lanes cut my commute in half and I finally see my kids at dinner.', 'Dana Whitfield'],
      ['Nobody asked the shop owners on Elm Street what they thought of the plan.', 'Marcus Oyelaran'],
      ['I will keep driving whatever they build.', 'Priya N. Castellano'],
    ]);
  });
});

describe('quotes: what a text reads', () => {
  it('takes "read" as a verb of writing: the sign or letter is the source', () => {
    const text = 'The council answered on Friday. “We regret the delay and will reopen the pool in May,” the letter read.';
    const ctx = makeCtx(analyzeDoc({ id: 't', text }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const found = ruleCands(ctx).map((c) => [ctx.text.slice(ctx.doc.tokens[c.a].start, ctx.doc.tokens[c.b - 1].end), c.speaker?.name]);
    expect(found).toContainEqual(['We regret the delay and will reopen the pool in May,', 'letter']);
  });
});

describe('quotes: a pull quote signed on its last line', () => {
  it('is the words of the name on that line, without the line', () => {
    const text = 'The tenants met on Monday.\n\n"We will not wait for the state to fix the boilers.\nDana Whitfield, Riverside Tenants Union."\n\n"Rents went up twice this year and the heat still fails.\nFormer council member Omar Haddad."\n\nThe landlord did not reply.';
    const qs = quotes(text).filter((q) => q.kind === 'direct');
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We will not wait for the state to fix the boilers.', 'Dana Whitfield'],
      ['Rents went up twice this year and the heat still fails.', 'Omar Haddad'],
    ]);
  });
  it('leaves a quote before it that its attribution joined to it as it was', () => {
    const text = 'The tenants met on Monday.\n“We have asked the city for help four times since October,” Lena Brook said.\n\n"We will not wait for the state to fix the boilers.\nDana Whitfield, Riverside Tenants Union."\n\nThe landlord did not reply.';
    const qs = quotes(text).filter((q) => q.kind === 'direct');
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We have asked the city for help four times since October,', 'Lena Brook'],
      ['We will not wait for the state to fix the boilers.', 'Dana Whitfield'],
    ]);
  });
});

describe('quotes: an attribution that ends in an abbreviation', () => {
  it('joins the quotation after it ("…, of Dover, Del. ‘‘…’’")', () => {
    const text = "Voters are unsure.\n\n''We need more buses,'' said Ann Cole, 61, of Dover, Del. ''The last one leaves at six.''\n\nOther news.";
    const qs = quotes(text).filter((q) => q.kind === 'direct');
    expect(qs).toHaveLength(1);
    expect(qs[0].fragments?.map((f) => text.slice(f.start, f.end))).toEqual(['We need more buses,', 'The last one leaves at six.']);
  });
});

describe('quotes: a title named after a preposition, a possessive or "told"', () => {
  it('is no quote; a cry or an answer in capitals is', () => {
    const text = '“We will win the state,” the senator told “Morning Desk,” adding that polls were tight. She is a regular on the reality show “The Big House.” Fans greeted her with chants of “Go Ruth! Go!” “Denver,” he answered.';
    const qs = quotes(text).filter((q) => q.kind === 'direct').map((q) => q.text);
    expect(qs).not.toContain('Morning Desk,');
    expect(qs).not.toContain('The Big House.');
    expect(qs).toContain('Denver,');
  });
  it('is no quote after a podcast, nor a work followed by its author, also its part after a colon', () => {
    const text = 'According to “The Harbour: Three Generations That Built a Port,” by Ana Ruiz, the founder told his son that the port came first.';
    expect(quotes(text).filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual([]);
    // (a content the tagger may take inside the marks after a podcast)
    const ctx = makeCtx(analyzeDoc({ id: 'p', text: 'Lena Moss co-hosts the weekly podcast “Well, That Escalated.” It airs on Fridays.' }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const a = ctx.low.indexOf('well');
    const c = cand(a, ctx.low.indexOf('escalated') + 2, { name: 'Lena Moss' }, 'tagger', 0.5);
    expect(dropNamedTitles(ctx, [c])).toEqual([]);
  });
});

describe('quotes: a quotation after an attribution that goes on over more sentences', () => {
  it('is the first one\'s second piece, unless a later sentence reports on its own or names someone else', () => {
    const pieces = (text: string) => quotes(text).filter((q) => q.kind === 'direct').map((q) => (q.fragments ?? [q]).map((f) => text.slice(f.start, f.end)));
    expect(pieces('Voters are split.\n\n“The vote was close,” Tom Varga said, pointing at the board. He smiled. “Next time we win.”\n\nThe count ends Friday.')).toEqual([['The vote was close,', 'Next time we win.']]);
    expect(pieces('Voters are split.\n\n“The vote was close,” Tom Varga said, pointing at the board. Lena Varga shook her head. “It was not close at all.”\n\nThe count ends Friday.')).toContainEqual(['The vote was close,']);
    const added = quotes('Voters are split.\n\n“The vote was close,” Tom Varga said. He added that the count would end on Friday. “Then we will know.”\n\nMore later.');
    expect(added.some((q) => q.text.includes('The vote was close') && q.text.includes('Then we will know'))).toBe(false);
  });
});

describe('quotes: a lone quoted paragraph in a release about one person', () => {
  it('is the words of the person whose name opens the paragraph before as its subject', () => {
    const text = 'For the second time, Governor Ana Ruiz has secured the return of fishing boats seized during the dispute. Four crews will come home next week.\n\n“Bringing these crews home to their families is my first duty. I am glad the two sides remain committed to talks.”\n\nA fifth boat will be released later this month.';
    expect(quotes(text).map((q) => [q.text.slice(0, 30), q.speaker?.name])).toEqual([['Bringing these crews home to t', 'Ana Ruiz']]);
  });
  it('is no one\'s when the paragraph before opens on no person doing something', () => {
    const text = 'Fishing boats seized during the dispute will return next week.\n\nThe harbor was quiet on Monday.\n\n“Bringing these crews home to their families is the first duty of any town on this coast.”';
    expect(quotes(text).some((q) => q.text.startsWith('Bringing'))).toBe(false);
  });
});

describe('quotes: what a crowd or a voice cried out', () => {
  it('is attributed by a verb of raising the voice; "cried" alone is weeping', () => {
    const text = '“Who will pay for the fence?” the senator asked. “The neighbors!” the audience screamed back. Then the crowd chanted “Build it now!” and she cried out, “Not again!” The child cried. “It hurts,” she said.';
    const got = quotes(text).map((q) => [q.text, q.speaker?.name, q.cue?.text]);
    expect(got).toContainEqual(['The neighbors!', 'audience', 'screamed']);
    expect(got).toContainEqual(['Build it now!', 'crowd', 'chanted']);
    expect(got).toContainEqual(['Not again!', 'she', 'cried out']);
    expect(got.some((g) => g[2] === 'cried')).toBe(false);
  });
});

describe('quotes: a second quotation with its own attribution by a noun of people', () => {
  it('is not part of the first; the place after the noun is not the speaker', () => {
    const text = 'Then the mayor said “Build it now!” and a man in the back shouted, “Not again!” The room went quiet.';
    expect(quotes(text).map((q) => [q.text, q.speaker?.name])).toEqual([
      ['Build it now!', 'mayor'],
      ['Not again!', 'man in the back'],
    ]);
  });
  it('only across a preposition of place: "to the border" is where people go, not who speaks', () => {
    expect(quotes('The aim is to get observers to the valley points as soon as we can.')).toEqual([]);
  });
});

describe('quotes: a quotation closed by its own comma before a fresh attribution', () => {
  it('ends there, and the quotation after the second cue is the second speaker’s', () => {
    const text = 'When someone in the hall shouted, “Taxes,” the mayor joked, “Thank you, neighbor! Come and run the budget!” The hall laughed.';
    const ctx = makeCtx(analyzeDoc({ id: 't', text }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const span = (c: Cand) => text.slice(ctx.doc.tokens[c.a].start, ctx.doc.tokens[c.b - 1].end);
    expect(ruleCands(ctx).map((c) => [span(c), c.speaker?.name])).toEqual([
      ['Taxes,', 'someone in the hall'],
      ['Thank you, neighbor! Come and run the budget!', 'mayor'],
    ]);
    expect(quotes(text).map((q) => [q.text, q.cue?.text])).toEqual([
      ['Taxes,', 'shouted'],
      ['Thank you, neighbor! Come and run the budget!', 'joked'],
    ]);
  });
});

const BEFORE_QUOTES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'));

/** The rules' readings of a text (before the tagger): each content and its speaker's name. */
function ruleReads(text: string): Array<[string, string | undefined]> {
  const ctx = makeCtx(analyzeDoc({ id: 't', text }, BEFORE_QUOTES));
  return ruleCands(ctx).map((c) => [ctx.text.slice(ctx.doc.tokens[c.a].start, ctx.doc.tokens[c.b - 1].end), c.speaker?.name]);
}

/** The rules' contents of a text. */
function ruleTexts(text: string): string[] {
  return ruleReads(text).map(([t]) => t);
}

describe('quotes: a second cue with reported words of its own in the attribution', () => {
  it('keeps the next quotation apart from the first ("“A,” he said, adding that … “B.”")', () => {
    const text = 'The mayor spoke after the vote. “We will open the bridge by spring,” she said, adding that the ferry would keep running. “Nobody should have to wait an hour for a boat.”';
    const got = ruleTexts(text);
    expect(got).toContain('We will open the bridge by spring,');
    expect(got).toContain('that the ferry would keep running');
    expect(got.some((s) => s.includes('bridge') && s.includes('boat'))).toBe(false);
  });
  it('still joins it when the attribution has no such words ("“A,” she said. “B.”")', () => {
    const text = 'The mayor spoke after the vote. “We will open the bridge by spring,” she said. “Nobody should have to wait an hour for a boat.”';
    expect(ruleTexts(text).some((s) => s.includes('bridge') && s.includes('boat'))).toBe(true);
  });
});

describe('quotes: a one-word name with an apposition opening the sentence', () => {
  it('is the subject a participle of saying shares, not an opening word before a comma', () => {
    const text = 'Okafor, a former harbour commissioner, poked at the new ferry timetable on Sunday, posting, “Four boats a day is not a service. It is a rumour.”';
    const found = ruleReads(text);
    expect(found).toContainEqual(['Four boats a day is not a service. It is a rumour.', 'Okafor']);
    expect(found.some(([t]) => t?.startsWith('Okafor'))).toBe(false);
  });
});

describe('quotes: a subject set off by a dash aside before the cue', () => {
  it('is a noun of people before a place ("speakers at the vigil — … — said")', () => {
    expect(ruleReads('Several speakers at the vigil — among them two teachers and a nurse — said the closure had split the valley.')).toEqual([
      ['the closure had split the valley', 'Several speakers at the vigil'],
    ]);
  });
  it('does not make "it" after the cue an inverted speaker ("— said it was …")', () => {
    const got = ruleReads('Residents in both valleys — Tamsin and Orr — said the county owed them a new bridge.');
    expect(got.map(([, s]) => s)).not.toContain('it');
    expect(got.map(([t]) => t)).toContain('the county owed them a new bridge');
  });
});

describe('quotes: an aside set off by dashes right after the cue', () => {
  it('is passed over for the reported words after it', () => {
    const text = 'The treasurer said — in a radio interview, of all places — that the fund had grown by a third.';
    const found = ruleTexts(text);
    expect(found).toEqual(['that the fund had grown by a third']);
  });
});

describe('quotes: "said A but added, “B”"', () => {
  it('ends the first content before the second verb of saying', () => {
    expect(ruleTexts('The harbour master said the count was not finished but added, “We expect a record week.”')).toEqual(['the count was not finished', 'We expect a record week.']);
  });
  it('does not end it at an adjective in -ing after "but"', () => {
    expect(ruleTexts('The harbour master said the season had been slow but promising for the small boats.')).toEqual(['the season had been slow but promising for the small boats']);
  });
});

describe('quotes: the attribution after a quotation', () => {
  it('may name the speaker after a role with a determiner ("her top aide Dana Holt wrote")', () => {
    expect(ruleReads('"Can we go over the budget for the spring?" her top aide Dana Holt wrote to the other staffers.')).toEqual([['Can we go over the budget for the spring?', 'Dana Holt']]);
  });
  it('keeps a count before a name out of the role ("61 percent of boat owners said yes")', () => {
    expect(ruleReads('Asked if the plan is “fair to the towns on the coast,” 61 percent of Boat Owners said yes.')).toContainEqual(['yes', 'Boat Owners']);
  });
  it('reads a show\'s title quoted after "told" as the one told, not the words said', () => {
    expect(ruleReads('“We will double the patrols,” the governor told “Harbor and Hills” on Sunday.')).toEqual([['We will double the patrols,', 'governor']]);
    expect(ruleReads('The governor told “Harbor and Hills” that the patrols would double.')).toEqual([['that the patrols would double', 'governor']]);
  });
});

describe('quotes: a linking word opening the sentence', () => {
  it('is passed over for the subject a second verb of saying shares ("But the board objected and said …")', () => {
    const text = 'The mayor backed the plan. But the harbour board objected and said the ferry could not run at night.';
    const found = ruleReads(text);
    expect(found).toContainEqual(['the ferry could not run at night', 'harbour board']);
  });
});

describe('quotes: the terms a source spoke on', () => {
  it('are no part of a content after the cue ("described the plan on condition of anonymity")', () => {
    expect(ruleTexts('Two harbour officials described the plan on condition of anonymity, as they were not allowed to speak.')).toEqual(['the plan']);
  });
  it('do not continue a content after its attribution ("…, one pilot said, on condition of anonymity …")', () => {
    expect(ruleTexts('The ferry will stop in May, one pilot said, on condition of anonymity, before his shift.')).toEqual(['The ferry will stop in May']);
  });
});

describe('quotes: "one" or "another" before the speaker after a quotation', () => {
  it('opens the speaker phrase, so the quotation before is the content', () => {
    expect(ruleReads('"The ferry will stop in May," one pilot said, speaking to reporters at the dock.')).toEqual([['The ferry will stop in May,', 'one pilot']]);
  });
});

describe('quotes: a quantifier or a share as the whole subject', () => {
  it('speaks ("Many said …", "; most said …", "about 42% said …")', () => {
    expect(ruleReads('Many said the ferry would stop.')).toEqual([['the ferry would stop', 'Many']]);
    expect(ruleReads('The pilots were tired; most said the night runs should end.')).toEqual([['the night runs should end', 'most']]);
    expect(ruleReads('About 42% said they would take the bus instead.')).toEqual([['they would take the bus instead', '42%']]);
  });
  it('leaves a noun of saying after a quantifier and the idiom "All told" alone', () => {
    expect(ruleReads('Some claims about the ferry were false.')).toEqual([]);
    expect(ruleReads('All told, the harbour raised four million dollars.')).toEqual([]);
  });
});

describe('quotes: the subject of a verb of saying, past what stands between them', () => {
  it('past an adverb set off by commas or "here" ("Backers of the bill, however, say …", "workers here said …")', () => {
    expect(ruleReads('Backers of the harbour bill, however, say the ferry will keep running.')).toEqual([['the ferry will keep running', 'Backers']]);
    expect(ruleReads('Dock workers here said the night shift would end in May.')).toEqual([['the night shift would end in May', 'Dock workers']]);
  });
  it('is the noun before "of"/"from" when the phrase opens the sentence ("Pilots from both ports said …")', () => {
    expect(ruleReads('Pilots from both ports said the channel was too shallow.')).toEqual([['the channel was too shallow', 'Pilots']]);
  });
  it('may be "another" ("Yet another said, “…”")', () => {
    expect(ruleReads('One pilot shrugged. Yet another said, “The channel is too shallow for us.”')).toContainEqual(['The channel is too shallow for us.', 'another']);
  });
});

describe('quotes: a role noun between the content and the name after it', () => {
  it('leaves the content before the comma ("…, reporter Mara Reddick said while putting the question")', () => {
    expect(ruleReads('Many riders found the new timetable confusing, reporter Mara Reddick said while putting the question to the mayor.')).toEqual([['Many riders found the new timetable confusing', 'Mara Reddick']]);
  });
  it('not after a fronted phrase ("Before leaving, chief rival Dana Holt replied …")', () => {
    expect(ruleReads('Before leaving the race, chief rival Dana Holt replied with a long letter.').map(([t]) => t)).not.toContain('Before leaving the race');
  });
});

describe('quotes: an attribution after its content', () => {
  it('may end on a pronoun told ("…, the mayor told her.")', () => {
    expect(ruleReads('The ferry would run again by May, the mayor told her.')).toEqual([['The ferry would run again by May', 'mayor']]);
  });
  it('is not continued by a clause with its own subject and cue ("…, officials said, although they said …")', () => {
    expect(ruleReads('The bridge will not open by May, officials said, although they said a partial opening was possible.')).toEqual([
      ['The bridge will not open by May', 'officials'],
      ['a partial opening was possible', 'they'],
    ]);
  });
  it('is continued by a second verb of the same subject ("…, she said, and advises …")', () => {
    expect(ruleReads('So she learned to swim, she said, and advises other pilots to do the same.')[0][0]).toMatch(/^So she learned to swim, she said, and advises/);
  });
});

describe('quotes: "one" opening a longer subject', () => {
  it('is the determiner of the phrase, not the speaker ("One early backer, …, gave …: “…”")', () => {
    const text = "One early backer, the harbour pilot Dana Holt, gave the idea a try in an interview on Tuesday: ''You could argue the ferry is a failure.''";
    const found = ruleReads(text).map(([, s]) => s);
    expect(found).toEqual(['early backer']);
  });
});

describe('quotes: other senses of "call"', () => {
  it('report no words ("called in to a show", "called into a program", "called off the talks")', () => {
    expect(ruleTexts('The mayor called in to a radio show about the ferry.')).toEqual([]);
    expect(ruleTexts('The mayor called into a morning program on the harbour.')).toEqual([]);
    expect(ruleTexts('The mayor called off the talks with the pilots.')).toEqual([]);
  });
  it('leave "called on …", "called for …" and "called into question" as they were', () => {
    expect(ruleTexts('The mayor called on the council to act.')).toEqual(['the council to act']);
    expect(ruleTexts('The mayor called for a new ferry.')).toEqual(['a new ferry']);
  });
});

describe('quotes: "called" that names a thing', () => {
  it('after a longer indefinite phrase or before "the" or a quotation mark reports nothing', () => {
    expect(ruleTexts('A newly formed harbour PAC called Tide 45 ran its first ads in May.')).toEqual([]);
    expect(ruleTexts('His sisters joined a small movement called the Harbor Front in 1975.')).toEqual([]);
    expect(ruleTexts('The play is based on a show called “Brokers” from Madrid.')).toEqual([]);
  });
  it('but "the mayor called X a liar" still reports', () => {
    expect(ruleTexts('The mayor called Dana Holt a liar.')).toEqual(['Dana Holt a liar']);
  });
});

describe('quotes: the subject a participle of saying shares', () => {
  it('stops before a participle after its noun ("Harbour pilots backing Mayor Dana Holt blocked …, saying …")', () => {
    const text = 'Harbour pilots backing Mayor Dana Holt blocked the channel, saying it was unsafe.';
    const found = ruleReads(text);
    expect(found).toEqual([['it was unsafe', 'Harbour pilots']]);
  });
});

describe('quotes: "seeking" and "supporting" as participles', () => {
  it('report no belief ("partners seeking security", "is supporting the pilots")', () => {
    expect(ruleTexts('The head of the board met partners seeking security on the coast, and the mayor thanked them.')).toEqual([]);
    expect(ruleTexts('The governor is supporting the pilots and their families.')).toEqual([]);
  });
});
