import { describe, expect, it } from 'vitest';
import { analyze, analyzeDoc, STAGES } from '../src/analyze.js';
import { makeCtx, type Ctx } from '../src/extract/quotes/context.js';
import { ruleCands } from '../src/extract/quotes/index.js';
import { joinAcrossAttribution } from '../src/extract/quotes/join.js';
import { leadIntoQuotation, listTail, mainClauseOfThat, secondThatClause, trimSwallowedAttribution, verblessThat } from '../src/extract/quotes/spans.js';
import { cand } from '../src/extract/quotes/build.js';
import { attributionAhead, introducedByCue } from '../src/extract/quotes/rules/cue.js';
import type { Cand } from '../src/extract/quotes/build.js';

const BEFORE_QUOTES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'));

function ctxOf(text: string): Ctx {
  return makeCtx(analyzeDoc({ id: 't', text }, BEFORE_QUOTES));
}

const words = (ctx: Ctx, a: number, b: number): string => ctx.low.slice(a, b).join(' ');

/** The rules' contents of a text, as written. */
function rules(text: string): string[] {
  const ctx = ctxOf(text);
  const t = ctx.doc.tokens;
  return ruleCands(ctx).map((c) => text.slice(t[c.a].start, t[c.b - 1].end));
}

describe('quotes spans: a fresh attribution inside a reported clause', () => {
  const text = 'Asked which bridge she would close first, the engineer Mara Lind replied: “The old one by the mill.” Work starts soon.';
  it('sees "SUBJECT CUE:" before an opening mark as an attribution of its own', () => {
    const ctx = ctxOf(text);
    const comma = ctx.low.indexOf(',');
    expect(attributionAhead(ctx, comma + 1, ctx.doc.sentences[0].tokenEnd)).toBe(true);
  });
  it('does not take a clause without a verb of saying for one', () => {
    const ctx = ctxOf('Asked which bridge she would close first, the engineer Mara Lind smiled and pointed at “the old one.”');
    const comma = ctx.low.indexOf(',');
    expect(attributionAhead(ctx, comma + 1, ctx.doc.sentences[0].tokenEnd)).toBe(false);
  });
  it('ends the first content at the comma, so the quotation is the second speaker’s', () => {
    const ctx = ctxOf(text);
    const cands = ruleCands(ctx);
    const quote = cands.find((c) => words(ctx, c.a, c.b).startsWith('the old one'));
    expect(quote).toBeDefined();
    expect(quote!.speaker?.name).toContain('Lind');
    for (const c of cands) if (c !== quote) expect(c.b <= quote!.a || c.a >= quote!.b).toBe(true);
  });
});

describe('quotes spans: a split quote is not joined over a cue of its own', () => {
  it('sees a participle of saying before the mark as introducing the quotation', () => {
    const ctx = ctxOf('“The bridge is safe,” the engineer said, adding, “We checked it twice.”');
    const open = ctx.low.lastIndexOf('“');
    const said = ctx.low.indexOf('said');
    expect(introducedByCue(ctx, open, 0, said)).toBe(true);
    expect(introducedByCue(ctx, open, 0, ctx.low.indexOf('adding'))).toBe(false);
  });
  it('keeps the two quotations apart, with no fragments', () => {
    const ctx = ctxOf('“The bridge is safe,” the engineer said, adding, “We checked it twice.”');
    const cands = ruleCands(ctx);
    expect(cands.every((c) => !c.frags)).toBe(true);
    expect(cands.map((c) => words(ctx, c.a, c.b))).toEqual(expect.arrayContaining(['the bridge is safe ,', 'we checked it twice .']));
  });
  it('still joins a quotation split by a plain attribution', () => {
    const ctx = ctxOf('“The bridge is safe,” the engineer said, “and we checked it twice.”');
    expect(ruleCands(ctx).some((c) => c.frags && c.frags.length === 2)).toBe(true);
  });
});

describe('quotes spans: joining across the attribution', () => {
  const text = '“The river is rising,” warden Ola Berg said on Friday, pointing at the gauge. “We open the gates tonight.” The town waited.';
  const ctx = ctxOf(text);
  const low = ctx.low;
  const said = low.indexOf('said');
  const x = (): Cand => ({ a: 1, b: low.indexOf('rising') + 2, speaker: { name: 'Ola Berg' }, cue: [said, said + 1], rule: 'tag+cue-before', conf: 0.9 });
  const ya = low.indexOf('we');
  const yb = low.indexOf('tonight') + 2;
  it('joins a quotation that the tagger gave the first one’s cue', () => {
    const out = joinAcrossAttribution(ctx, [x(), { a: ya, b: yb, speaker: { name: 'Ola Berg' }, cue: [said, said + 1], rule: 'tagger', conf: 0.4 }]);
    expect(out).toHaveLength(1);
    expect(out[0].frags).toHaveLength(2);
  });
  it('joins past a content of the attribution’s own clause, which stays', () => {
    const p = low.indexOf('pointing');
    const mid: Cand = { a: p + 1, b: low.indexOf('gauge') + 1, speaker: { name: 'Ola Berg' }, cue: [p, p + 1], rule: 'tag+cue-after', conf: 0.8 };
    const out = joinAcrossAttribution(ctx, [x(), mid, { a: ya, b: yb, speaker: { name: 'Ola Berg' }, rule: 'tagger', conf: 0.4 }]);
    expect(out).toHaveLength(2);
    expect(out[0].frags).toHaveLength(2);
    expect(out[1]).toBe(mid);
  });
  it('does not join a quotation whose cue is another one', () => {
    const p = low.indexOf('pointing');
    const out = joinAcrossAttribution(ctx, [x(), { a: ya, b: yb, speaker: { name: 'Ola Berg' }, cue: [p, p + 1], rule: 'tagger', conf: 0.4 }]);
    expect(out).toHaveLength(2);
  });
  it('takes the next quotation off a content of the attribution’s clause that ran into it, and joins it', () => {
    const p = low.indexOf('pointing');
    const mid: Cand = { a: p + 1, b: yb, speaker: { name: 'Ola Berg' }, cue: [p, p + 1], rule: 'tag+cue-after', conf: 0.8 };
    const out = joinAcrossAttribution(ctx, [x(), mid]);
    expect(out).toHaveLength(2);
    expect(out[0].frags).toEqual([
      [1, low.indexOf('rising') + 2],
      [ya, yb],
    ]);
    expect(words(ctx, out[1].a, out[1].b)).toBe('at the gauge');
  });
  it('leaves a paraphrase that runs into a quotation alone when there is no quotation before it', () => {
    const c2 = ctxOf('Warden Ola Berg said the river was rising. “We open the gates tonight.” The town waited.');
    const l2 = c2.low;
    const s2 = l2.indexOf('said');
    const para: Cand = { a: s2 + 1, b: l2.indexOf('tonight') + 2, speaker: { name: 'Ola Berg' }, cue: [s2, s2 + 1], rule: 'tag+cue-after', conf: 0.8 };
    const out = joinAcrossAttribution(c2, [para]);
    expect(out).toHaveLength(1);
    expect(out[0].b).toBe(l2.indexOf('tonight') + 2);
  });
  it('does not join quotations in different paragraphs', () => {
    const c2 = ctxOf('“The river is rising,” warden Ola Berg said on Friday.\n\n“We open the gates tonight.”');
    const l2 = c2.low;
    const s2 = l2.indexOf('said');
    const out = joinAcrossAttribution(c2, [
      { a: 1, b: l2.indexOf('rising') + 2, speaker: { name: 'Ola Berg' }, cue: [s2, s2 + 1], rule: 'tag+cue-before', conf: 0.9 },
      { a: l2.indexOf('we'), b: l2.indexOf('tonight') + 2, speaker: { name: 'Ola Berg' }, rule: 'tagger', conf: 0.4 },
    ]);
    expect(out).toHaveLength(2);
  });
});

describe('quotes spans: a content that swallowed the attribution of its quotation', () => {
  const cand = (ctx: Ctx, from: string, cue: string): Cand => {
    const a = ctx.low.indexOf(from);
    const c = ctx.low.indexOf(cue);
    return { a, b: ctx.low.lastIndexOf('”'), speaker: { name: 'somebody' }, cue: [c, c + 1], rule: 'tag+cue-belief', conf: 0.6 };
  };
  it('starts at the quotation a second verb of saying introduces, and takes that verb’s subject', () => {
    const ctx = ctxOf('The council supported the plan after Mayor Ana Ruiz said, “Traffic will ease by spring.”');
    const c = cand(ctx, 'the', 'supported');
    trimSwallowedAttribution(ctx, [c]);
    expect(words(ctx, c.a, c.b)).toBe('traffic will ease by spring .');
    expect(c.speaker?.name).toContain('Ruiz');
    expect(ctx.low[c.cue![0]]).toBe('said');
  });
  it('leaves a naming verb’s quotation inside its content', () => {
    const ctx = ctxOf('The council supported the plan, which the mayor called “a fair deal.”');
    const c = cand(ctx, 'the', 'supported');
    const before = [c.a, c.b];
    trimSwallowedAttribution(ctx, [c]);
    expect([c.a, c.b]).toEqual(before);
  });
  it('leaves a quotation after a noun alone ("the statement, “…”")', () => {
    const ctx = ctxOf('The council supported the plan in the statement, “Traffic will ease.”');
    const c = cand(ctx, 'the', 'supported');
    const before = [c.a, c.b];
    trimSwallowedAttribution(ctx, [c]);
    expect([c.a, c.b]).toEqual(before);
  });
  it('sees a verb after a number or a quantifier ("the mother of three replied, “…”") as a verb', () => {
    const ctx = ctxOf('The council backed the plan, and when pressed on the cost, the mother of three replied, “Traffic will ease by spring.”');
    const c = cand(ctx, 'the', 'backed');
    trimSwallowedAttribution(ctx, [c]);
    expect(words(ctx, c.a, c.b)).toBe('traffic will ease by spring .');
    expect(ctx.low[c.cue![0]]).toBe('replied');
  });
  it('starts at the quotation its own cue introduces when the content ran over that cue', () => {
    const ctx = ctxOf('The council backed the plan, with Mayor Ana Ruiz explaining, “Traffic will ease by spring.”');
    const c = cand(ctx, 'the', 'explaining');
    trimSwallowedAttribution(ctx, [c]);
    expect(words(ctx, c.a, c.b)).toBe('traffic will ease by spring .');
    expect(c.speaker?.name).toBe('somebody');
  });
  it('leaves the content alone when its own cue introduces the quotation', () => {
    const ctx = ctxOf('Mayor Ana Ruiz said, “Traffic will ease by spring.”');
    const c = cand(ctx, 'said', 'said');
    c.a = ctx.low.indexOf('said') + 1;
    const before = [c.a, c.b];
    trimSwallowedAttribution(ctx, [c]);
    expect([c.a, c.b]).toEqual(before);
  });
});

describe('quotes spans: a quotation in the next paragraph with an attribution of its own', () => {
  it('is not joined to the quotation before as its continuation', () => {
    const ctx = ctxOf('“Is the bridge safe?” the engineer asked.\n\n“Will it hold through spring?” Mayor Ana Ruiz asked.');
    const cands = ruleCands(ctx);
    expect(cands.every((c) => !c.frags)).toBe(true);
    const second = cands.find((c) => words(ctx, c.a, c.b).startsWith('will it hold'));
    expect(second?.speaker?.name).toContain('Ruiz');
  });
  it('is still joined when nothing attributes it', () => {
    const ctx = ctxOf('“Is the bridge safe?” the engineer asked.\n\n“Will it hold through spring? Nobody knows.”');
    expect(ruleCands(ctx).some((c) => c.frags && c.frags.length === 2)).toBe(true);
  });
});

describe('quotes: a description of the speaker after an inverted attribution', () => {
  it('ends the content before ", said NAME, an adviser …", and still joins a content that goes on after the cue', async () => {
    const { analyze } = await import('../src/analyze.js');
    for (const text of ['The port will reopen in May, said Anna Berg, the harbour master.', 'The port will reopen in May, said Anna Berg, an adviser to the mayor.']) {
      const q = analyze({ id: 'app', text }).quotes[0];
      expect(q?.text).toBe('The port will reopen in May');
      expect(q?.speaker?.name).toBe('Anna Berg');
    }
    const text = 'The port will reopen in May, the Times said, including the ferry terminal.';
    const q = analyze({ id: 'mid', text }).quotes[0];
    expect(q?.fragments?.map((f) => text.slice(f.start, f.end))).toEqual(['The port will reopen in May', 'including the ferry terminal']);
  });
});

describe('quotes spans: a quotation that opens in the middle of its sentence', () => {
  const UPTO_QUOTES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes') + 1);
  const quoteTexts = (text: string): string[] => analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes.map((q) => q.text);
  /** A quotation content [open + 1, close) attributed after it by `cue`. */
  const quoted = (ctx: Ctx, cue: string): Cand => {
    const open = ctx.low.indexOf('“');
    const c = ctx.low.indexOf(cue);
    return { a: open + 1, b: ctx.low.indexOf('”'), speaker: { name: 'somebody' }, cue: [c, c + 1], rule: 'tag+cue-before', conf: 0.8 };
  };
  it('starts the content at the sentence start: the words before the mark are the speaker’s', () => {
    const ctx = ctxOf('The council met on Monday. The old bridge was “a hazard from the day it opened,” Mara Lind said.');
    const c = quoted(ctx, 'said');
    leadIntoQuotation(ctx, [c]);
    expect(words(ctx, c.a, c.a + 3)).toBe('the old bridge');
    expect(ctx.sentOf[c.a]).toBe(1);
  });
  it('takes a setting phrase before a comma along', () => {
    const ctx = ctxOf('After two winters of floods, “the river has never been this high,” the engineer told reporters.');
    const c = quoted(ctx, 'told');
    leadIntoQuotation(ctx, [c]);
    expect(c.a).toBe(0);
  });
  it('leaves the quotation alone after a cue, a colon or an opening participle', () => {
    for (const [text, cue] of [
      ['The mayor called the bridge “a hazard from the day it opened,” Mara Lind said.', 'said'],
      ['Residents were angry: “We were never asked,” one farmer said.', 'said'],
      ['Citing “serious cracks in the pillars,” the mayor said the bridge would close.', 'said'],
    ]) {
      const ctx = ctxOf(text);
      const c = quoted(ctx, cue);
      const a = c.a;
      leadIntoQuotation(ctx, [c]);
      expect(c.a).toBe(a);
    }
  });
  it('leaves a quotation attributed before it alone', () => {
    const ctx = ctxOf('The old bridge, Mara Lind said, was “a hazard from the day it opened.”');
    const open = ctx.low.indexOf('“');
    const c: Cand = { a: open + 1, b: ctx.low.indexOf('”'), speaker: { name: 'Mara Lind' }, cue: [ctx.low.indexOf('said'), ctx.low.indexOf('said') + 1], rule: 'tag+cue-middle', conf: 0.8 };
    leadIntoQuotation(ctx, [c]);
    expect(c.a).toBe(open + 1);
  });
  it('gives the whole sentence as the quote in the pipeline', () => {
    const texts = quoteTexts('Repairs have begun. With three crews on site, “the work should end by May,” the engineer said.');
    expect(texts.some((t) => t.startsWith('With three crews on site, “the work should end by May'))).toBe(true);
  });
});

describe('quotes: a negated cue keeps its negation', () => {
  it('gives "do not think" and "didn’t say" as the cue, so the content is not read as asserted', () => {
    const cues = (text: string) => analyzeDoc({ id: 'neg', text }).quotes.map((q) => q.cue?.text);
    expect(cues('We do not think that the canal will reopen soon, the minister of Chile said.')).toContain('do not think');
    expect(cues('The mayor of Lima didn’t say whether the port would reopen.')).toContain('didn’t say');
  });
});

describe('quotes spans: a that-clause whose fronted clause ends at a comma', () => {
  const cut = (text: string): string => {
    const ctx = ctxOf(text);
    const a = ctx.low.indexOf('that');
    const c = cand(a, ctx.low.indexOf(','), null, 'tag', 0.6);
    mainClauseOfThat(ctx, [c]);
    return words(ctx, c.a, c.b);
  };
  it('runs on to its main clause and the sentence end', () => {
    expect(cut('The mayor made clear that although the ferry stops running, the bridge stays open all winter.')).toBe('that although the ferry stops running , the bridge stays open all winter');
  });
  it('stops where a cue opens another attribution, and leaves other contents alone', () => {
    expect(cut('The mayor made clear that although the ferry stops running, the engineer said the bridge stays open.')).toBe('that although the ferry stops running');
    expect(cut('The mayor made clear that the ferry stops running, and the bridge stays open.')).toBe('that the ferry stops running');
  });
});

describe('quotes spans: a content cut at a comma inside its list', () => {
  /** The content from `from` (after the subject and verb) to the comma after `upTo`, after the list rule. */
  const cut = (text: string, from: string, upTo: string): string => {
    const ctx = ctxOf(text);
    const a = ctx.low.indexOf(from, 3);
    const c = cand(a, ctx.low.indexOf(',', ctx.low.indexOf(upTo)), null, 'tag', 0.6);
    listTail(ctx, [c]);
    return words(ctx, c.a, c.b);
  };
  it('runs on over the list\'s last items after ", and"', () => {
    expect(cut('The council agreed to repave the square, widen the lanes, and plant new elms along the river.', 'to', 'square')).toBe('to repave the square , widen the lanes , and plant new elms along the river');
    expect(cut('The council agreed to repave the square, widen the lanes, and plant new elms along the river.', 'to', 'lanes')).toBe('to repave the square , widen the lanes , and plant new elms along the river');
    expect(cut('The mayor stressed the repair of the bridge, the opening of the school, and the hiring of nurses.', 'the', 'bridge')).toBe('the repair of the bridge , the opening of the school , and the hiring of nurses');
  });
  it('leaves out a second predicate of the main clause, another attribution, or a tail of another shape', () => {
    expect(cut('The mayor raised the cost of fuel, the price of bread, and urged calm.', 'the', 'bread')).toBe('the cost of fuel , the price of bread');
    expect(cut('The mayor raised the cost of fuel, the price of bread, and reaffirmed her pledge.', 'the', 'bread')).toBe('the cost of fuel , the price of bread');
    expect(cut('The mayor raised the cost of fuel, and she said nothing else.', 'the', 'fuel')).toBe('the cost of fuel');
    expect(cut('The mayor raised the cost of fuel, and the crowd left.', 'the', 'fuel')).toBe('the cost of fuel');
  });
});

describe('quotes: a connective and "according to X," before what was said', () => {
  it('starts the content after the attribution, but keeps words that say something', async () => {
    const { analyze } = await import('../src/analyze.js');
    const got = (text: string) => analyze({ id: 'acc', text }).quotes.map((q) => [q.text, q.speaker?.name, q.via?.name ?? null]);
    expect(got('In addition, according to Ana Varga, a summit of the four leaders has been called.')).toEqual([['a summit of the four leaders has been called', 'Ana Varga', null]]);
    expect(got('Still, according to the mayor, much depends on the weather now.')[0][0]).toBe('much depends on the weather now');
    expect(got('Last spring, according to the mayor, the river rose by two metres.')[0][0]).toMatch(/^Last spring/);
  });
});

describe('quotes: an aside naming who acts along with the subject', () => {
  it('does not end the content when the clause goes on after it', () => {
    const got = (text: string) => analyze({ id: 'comp', text }).quotes.map((q) => q.text);
    expect(got('Governor Ana Varga made clear that the province would answer swiftly and firmly, together with its neighbours and partners, to any further closure of the river port.')).toEqual(['that the province would answer swiftly and firmly, together with its neighbours and partners, to any further closure of the river port']);
    expect(got('President Ana Varga reiterated that Peru would answer swiftly and firmly, in lock-step with its neighbours, to any further raids on Chile.')).toEqual(['that Peru would answer swiftly and firmly, in lock-step with its neighbours, to any further raids on Chile']);
  });
});

describe('quotes: a connective before an attribution set off in the middle', () => {
  it('is no part of what was said; words that say something stay', () => {
    const got = (text: string) => analyze({ id: 'conn', text }).quotes.map((q) => q.text);
    expect(got('In addition, Ana Varga said, the bridge could reopen in May.')).toEqual(['the bridge could reopen in May']);
    expect(got('Last spring, Ana Varga said, the bridge was closed for repairs.')).toEqual(['Last spring, Ana Varga said, the bridge was closed for repairs']);
  });
});

describe('quotes: the one told or asked at the head of the content', () => {
  it('is no part of what was told or asked', () => {
    const got = (text: string) => analyze({ id: 'told', text }).quotes.map((q) => q.text);
    expect(got('Governor Ana Varga informed Mayor Tomas Ruiz of the latest floods along the river.')).toEqual(['the latest floods along the river']);
    expect(got('Governor Ana Varga asked the nine mayors of the valley whether the ferry should keep running.')).toEqual(['whether the ferry should keep running']);
  });
});

const at = (ctx: Ctx, w: string, from = 0) => ctx.low.indexOf(w, from);
/** A content from the "that" after cue word `cue` to token `end`. */
const thatCand = (ctx: Ctx, cue: string, end: number): Cand => {
  const k = at(ctx, cue);
  return { a: at(ctx, 'that', k), b: end, speaker: { name: 'Ruiz' }, cue: [k, k + 1], rule: 'tagger', conf: 0.5 };
};

/** That `repair` leaves a that-content cut at the first comma of `text` where it is. */
function expectUncut(repair: (ctx: Ctx, cands: Cand[]) => Cand[], text: string, cue: string): void {
  const ctx = ctxOf(text);
  expect(repair(ctx, [thatCand(ctx, cue, at(ctx, ','))])[0].b).toBe(at(ctx, ','));
}

describe('quotes spans: a that-clause cut before its verb', () => {
  it('runs on past an aside to the verb at its sentence end', () => {
    const ctx = ctxOf('The presidents voiced hope that the river talks, which began in May in Quito, would end well. Work starts soon.');
    const c = thatCand(ctx, 'voiced', at(ctx, ','));
    const out = verblessThat(ctx, [c]);
    expect(words(ctx, out[0].a, out[0].b)).toBe('that the river talks , which began in may in quito , would end well');
  });
  it('runs on past "and" to the verb, dropping what was found in the rest', () => {
    const ctx = ctxOf('Ruiz stressed that Chile and Peru shared a duty to guard the fisheries. Work starts soon.');
    const c = thatCand(ctx, 'stressed', at(ctx, 'and'));
    const rest: Cand = { a: at(ctx, 'a', at(ctx, 'shared')), b: at(ctx, '.'), speaker: { name: 'Peru' }, cue: [at(ctx, 'shared'), at(ctx, 'shared') + 1], rule: 'tagger', conf: 0.4 };
    const out = verblessThat(ctx, [c, rest]);
    expect(out).toHaveLength(1);
    expect(words(ctx, out[0].a, out[0].b)).toBe('that chile and peru shared a duty to guard the fisheries');
  });
  it('runs on past the comma that ends a condition opening a that-clause', () => {
    const ctx = ctxOf('Ruiz said ministers made it plain that should Chile go on with the build-up, Peru will raise its aid. Work starts soon.');
    const k = at(ctx, 'said');
    const c: Cand = { a: at(ctx, 'ministers'), b: at(ctx, ','), speaker: { name: 'Ruiz' }, cue: [k, k + 1], rule: 'tagger', conf: 0.5 };
    const out = verblessThat(ctx, [c]);
    expect(words(ctx, out[0].a, out[0].b)).toBe('ministers made it plain that should chile go on with the build-up , peru will raise its aid');
  });
  it('leaves a clause that has its verb, a demonstrative "that", and a rest with a verb of saying alone', () => {
    expectUncut(verblessThat, 'Ruiz said that prices rose, and the markets fell.', 'said');
    expectUncut(verblessThat, 'Ruiz criticized that approach, and the party leaders followed him.', 'criticized');
    expectUncut(verblessThat, 'Ruiz argued that the results in May, his aides are saying, have changed the race.', 'argued');
  });
});

describe('quotes spans: a second clause joined by "and that"', () => {
  it('runs on through the second clause to the sentence end, dropping what was found in it', () => {
    const ctx = ctxOf('Lund told the council that he had never met the envoy, and that the ferry deal was signed before his time. Work starts soon.');
    const c = thatCand(ctx, 'told', at(ctx, ','));
    const k = at(ctx, 'signed');
    const inner: Cand = { a: at(ctx, 'the', at(ctx, 'and')), b: at(ctx, '.'), speaker: { name: 'ferry' }, cue: [k, k + 1], rule: 'tagger', conf: 0.4 };
    const out = secondThatClause(ctx, [c, inner]);
    expect(out).toHaveLength(1);
    expect(words(ctx, out[0].a, out[0].b)).toBe('that he had never met the envoy , and that the ferry deal was signed before his time');
  });
  it('also when the second clause opens with "continued" before its noun, which is no verb of saying there', () => {
    const qs = analyze({ id: 't', text: 'The delegations said that the talks had gone well, and that continued close contact will be essential in the weeks ahead.' }).quotes.map((q) => q.text);
    expect(qs).toEqual(['that the talks had gone well, and that continued close contact will be essential in the weeks ahead']);
  });
  it('leaves a demonstrative "that", and a second clause with a verb of saying, alone', () => {
    expectUncut(secondThatClause, 'Lund told the council that he had never met the envoy, and that is why he stayed home.', 'told');
    expectUncut(secondThatClause, 'Lund told the council that he had never met the envoy, and that the mayor, aides said, had.', 'told');
  });
});

describe('quotes: a that-clause cut before its verb, end to end', () => {
  it('gives the whole clause to the presidents, with no quote made of its rest', () => {
    const text = 'President Ana Varga met President Tomas Ruiz in Lima. The presidents voiced hope that the river talks, which began in May in Quito, would end well, and would yield a treaty fair to all.';
    const qs = analyze({ id: 't', text }).quotes.map((q) => q.text);
    expect(qs).toEqual(['that the river talks, which began in May in Quito, would end well, and would yield a treaty fair to all']);
  });
});

describe('quotes spans: the last piece of a split content that tells about the speaker', () => {
  it('drops a description or a relative clause after ", said NAME," and keeps a clause that goes on', () => {
    for (const text of [
      'The ferry will run again by June, said Ilse Marsh, who chairs the harbour board.',
      'The ferry will run again by June, said Ilse Marsh, head of planning at the port.',
      'The ferry will run again by June, said Ilse Marsh, the port authority’s planning chief, whose office drew up the timetable.',
    ]) {
      const q = analyze({ id: 'tail', text }).quotes[0];
      expect(q?.text).toBe('The ferry will run again by June');
      expect(q?.fragments).toBeUndefined();
      expect(q?.speaker?.name).toBe('Ilse Marsh');
    }
    const text = 'The ferry will run again by June, she said, though the date could still slip.';
    const q = analyze({ id: 'goes-on', text }).quotes[0];
    expect(q?.fragments?.map((f) => text.slice(f.start, f.end))).toEqual(['The ferry will run again by June', 'though the date could still slip']);
  });
});

describe('quotes: a content after its cue ends before a second attribution', () => {
  it('at a colon before a quotation with its own attribution after it', () => {
    const got = rules('At the ceremony, Mayor Ana Ruiz declared the need for patience: “We will fix every road by June,” she said.');
    expect(got).toContain('the need for patience');
    expect(got).toContain('We will fix every road by June,');
  });
  it('at ", but said" and ", and added": the second verb has a content of its own', () => {
    const got = rules('Ruiz said the club will keep meeting on Fridays, but said the hall would move to the harbor.');
    expect(got).toContain('the club will keep meeting on Fridays');
    expect(got).toContain('the hall would move to the harbor');
  });
  it('at ", although he wrote …" and at "before claiming …": a later act of saying has a content of its own', () => {
    const got = rules('Ruiz said the club would meet on Friday, although he wrote that the hall “may not be ready.” Berg called the plan “too late” on the radio before claiming that the budget was spent.');
    expect(got).toContain('the club would meet on Friday');
    expect(got).toContain('that the hall “may not be ready.”');
    expect(got).toContain('the plan “too late” on the radio');
    expect(got).toContain('that the budget was spent');
  });
  it('not at a clause fronted inside the content', () => {
    expect(rules('The survey found that although Ruiz said the plan was sound, most residents thought it too costly.')).toContain('that although Ruiz said the plan was sound, most residents thought it too costly');
  });
});

describe('quotes: spoken words repaired with a dash, and an aside between dashes, in a speaker\'s turn', () => {
  it('runs a content on past a restart and ends one inside an aside at its closing dash', () => {
    const text = 'Remarks by Mayor Ruiz on the Flood\n\nMAYOR RUIZ: Good afternoon. Earlier today I spoke with Governor Berg.\n\nI expressed concern about the flooding on the east bank and wat- — and in the harbor district. I told him that I would — that I\'d ask for help from the state.\n\nAnd out of that meeting — if it happens, and I think it will — the two towns could share a plan for the river.\n\nThank you.';
    const got = analyze({ id: 't', text, published: '2025-03-01' }).quotes.map((q) => q.text);
    expect(got).toContain('the flooding on the east bank and wat- — and in the harbor district');
    expect(got).toContain("that I would — that I'd ask for help from the state");
    expect(got).toContain('it will');
  });
});

describe('quotes: a second that-clause whose subject opens with an adjective', () => {
  it('runs the content on through ", and that lasting relief … can be achieved"', () => {
    const text = 'The governors agreed Chile and Peru will keep working side by side to put a lasting end to the drought, and that lasting relief under Governor Ruiz’s plan can be achieved.';
    const q = analyze({ id: 't', text, published: '2025-03-01' }).quotes.find((x) => x.text.startsWith('Chile and Peru'));
    expect(q?.text).toBe('Chile and Peru will keep working side by side to put a lasting end to the drought, and that lasting relief under Governor Ruiz’s plan can be achieved');
  });
});

describe('quotes: a reported clause that runs on into the subject\'s next act', () => {
  it('ends before "and" and a past verb of thanking or saying with no subject of its own', () => {
    const text = 'Governor Ruiz noted they had just finished a successful exchange of prisoners and thanked the mayor for his help.';
    const got = analyze({ id: 't', text, published: '2025-03-01' }).quotes.map((q) => q.text);
    expect(got).toContain('they had just finished a successful exchange of prisoners');
  });
});

describe('quotes: a cue word that ends a name', () => {
  it('is no cue: "The Harbor Post reported …" is reported, not posted', () => {
    const text = 'The Harbor Post reported that the ferry had lost money for a decade.';
    const ctx = makeCtx(analyzeDoc({ id: 't', text }, BEFORE_QUOTES));
    const t = ctx.doc.tokens;
    expect(ruleCands(ctx).map((c) => [text.slice(t[c.a].start, t[c.b - 1].end), c.cue ? text.slice(t[c.cue[0]].start, t[c.cue[1] - 1].end) : null])).toEqual([['that the ferry had lost money for a decade', 'reported']]);
  });
  it('but a headline in capitals keeps its verbs', () => {
    expect(analyze({ id: 'h', text: 'Mayor Lin Oduya Says The Ferry Will Stop\n\nThe ferry lost money for a decade.' }).quotes.map((q) => q.text)).toContain('The Ferry Will Stop');
  });
});

describe('quotes: a short setting after the cue closed by a comma', () => {
  it('is passed over for the quotation after it, or for the main clause of a sentence opened by "As …"', () => {
    expect(rules('Ruiz wrote on Facebook, “We will close the ferry.”')).toEqual(['We will close the ferry.']);
    expect(rules('As the mayor said at the meeting, the ferry is finished.')).toEqual(['the ferry is finished']);
  });
});

describe('quotes: the subject a participle of saying shares with its sentence', () => {
  it('ends before the verb: an adverb, a verb with its particle, an irregular past', () => {
    const speakers = (text: string) => {
      const ctx = ctxOf(text);
      return ruleCands(ctx).map((c) => c.speaker?.name);
    };
    expect(speakers('Lopez fired back on the radio, saying the count had been fair.')).toEqual(['Lopez']);
    expect(speakers('Mayor Ana Ruiz clearly erred in saying the port was closed.')).toEqual(['Ana Ruiz']);
    expect(speakers('Harbor officials met on Monday, saying the port was closed.')).toEqual(['Harbor officials']);
  });
});

describe('quotes: a deed or a name, not a report', () => {
  it('reads "found himself …", "found a way to …" and "a group called …" as no attribution', () => {
    expect(rules('By Friday, Ruiz found himself defending the harbor budget.')).toEqual([]);
    expect(rules('Ruiz found a way to delay the vote.')).toEqual([]);
    expect(rules('In college she joined a small group called Harbor Watch.')).toEqual([]);
    expect(rules('The board never checked the mayor’s reported savings of two million.')).toEqual([]);
  });
});
