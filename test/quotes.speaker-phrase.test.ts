import { describe, expect, it } from 'vitest';
import { analyze, analyzeDoc, STAGES } from '../src/analyze.js';
import { newDoc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { makeCtx } from '../src/extract/quotes/context.js';
import { BY_CUE_SUBJ, BY_NEAR, BY_RULE, canSpeak, speakerCands } from '../src/extract/quotes/choose.js';
import { fromTags } from '../src/extract/quotes/learned.js';
import { npLeft, speakerRef, type NP } from '../src/extract/quotes/speaker.js';
import { BC, CUE, IC, O, SRC } from '../src/extract/quotes/tagger.js';

function ctxOf(text: string) {
  const before = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'));
  return makeCtx(analyzeDoc({ id: 't', text }, before));
}

/** The phrase of tokens [a, b) of `text` starting at the word `first` and ending at the word `last`, head last. */
function phrase(text: string, first: string, last: string) {
  const ctx = ctxOf(text);
  const a = ctx.low.indexOf(first);
  const b = ctx.low.indexOf(last, a) + 1;
  const np: NP = { a, b, head: b - 1 };
  return { ctx, np };
}

/** Whether the phrase from `first` to `last` in `text` can speak. */
function speaks(text: string, first: string, last: string): boolean {
  const { ctx, np } = phrase(text, first, last);
  return canSpeak(ctx, np);
}

describe('quotes: a speaker is a phrase that can speak', () => {
  it('accepts names, pronouns, people, bodies and texts; refuses verb forms, possessives, fragments and abstract nouns', () => {
    const ok = (text: string, first: string, last: string) => {
      const { ctx, np } = phrase(text, first, last);
      return canSpeak(ctx, np);
    };
    expect(ok('The harbor master Tom Reyes said the pier was closed.', 'tom', 'reyes')).toBe(true);
    expect(ok('The residents said the pier was closed.', 'residents', 'residents')).toBe(true);
    expect(ok('The report found the pier was unsafe.', 'report', 'report')).toBe(true);
    expect(ok('The two wardens of the park said the pier was closed.', 'two', 'park')).toBe(true);
    expect(ok('The historians argue the pier is older.', 'historians', 'historians')).toBe(true);
    expect(canSpeak(ctxOf('We’ve said the pier was closed.'), { a: 0, b: 1, head: 0 })).toBe(true);
    // abstract nouns, verb forms, a possessive, a prepositional fragment, a capital that only opens the sentence
    expect(ok('Of course, the pier was closed.', 'course', 'course')).toBe(false);
    expect(ok('The crews are surging repairs to the pier.', 'surging', 'surging')).toBe(false);
    expect(ok('The plan included repairs to the pier.', 'included', 'included')).toBe(false);
    expect(ok('They met the situation’s demands for repairs.', 'situation', '’s')).toBe(false);
    expect(ok('They heard Tom Reyes’s reply on the repairs.', 'tom', '’s')).toBe(true);
    expect(ok('The crews renewed their calls for repairs.', 'their', 'their')).toBe(true);
    expect(ok('An official familiar with the pier said it was closed.', 'official', 'pier')).toBe(true);
    expect(ok('Reports of crews leaving the pier spread.', 'of', 'leaving')).toBe(false);
    expect(ok('This action aims to close the pier.', 'this', 'action')).toBe(false);
    expect(ok('Available information shows the pier was closed.', 'available', 'information')).toBe(false);
    // a number may count people, a year alone is a date
    expect(ok('Of the dockers, 52 said the pier was closed.', '52', '52')).toBe(true);
    expect(ok('The talks end on May 3, 2021 to mark the harbour reopening.', '2021', '2021')).toBe(false);
    // a relative pronoun speaks as the phrase it stands for
    expect(ok('The harbor master, who said the pier was closed, left.', 'who', 'who')).toBe(true);
    expect(ok('A closure is the first thing that comes to mind, which means the pier is shut.', 'which', 'which')).toBe(false);
    expect(ok('Those who said the pier was closed left.', 'who', 'who')).toBe(true);
  });

  it('refuses a phrase that ends on a preposition or an adverb, but not on a relative pronoun or a place', () => {
    const ok = speaks;
    expect(ok('The clerks filed a whole stack of complaints that the ferry ran late.', 'whole', 'of')).toBe(false);
    expect(ok('The ferry sailed in 1994 amid fears that the harbor would freeze.', '1994', 'amid')).toBe(false);
    expect(ok('Fewer boats, and more, docked where the pilots feared ice.', 'more', 'more')).toBe(false);
    expect(ok('The pilots always feared that ice would close the harbor.', 'pilots', 'always')).toBe(false);
    expect(ok('The pilots, most of whom feared ice, stayed ashore.', 'most', 'whom')).toBe(true);
    expect(ok('The pilots there feared that ice would close the harbor.', 'pilots', 'there')).toBe(true);
    expect(ok('Perhaps the pilots feared that ice would close the harbor.', 'perhaps', 'perhaps')).toBe(false);
    // a preposition that opens the sentence opens no speaker, capital or not
    expect(ok('Alongside union calls for a strike, the pilots stayed ashore.', 'alongside', 'union')).toBe(false);
  });

  it('refuses a past participle not in -ed and an object pronoun with what follows it', () => {
    const ok = (text: string, first: string, last: string) => {
      const { ctx, np } = phrase(text, first, last);
      return canSpeak(ctx, np);
    };
    expect(ok('More wardens have begun urging the board to close the pier.', 'begun', 'begun')).toBe(false);
    expect(ok('The mayor accused her of hiding the pier repairs.', 'her', 'repairs')).toBe(false);
    // the pronoun alone still speaks ("told her", "her view")
    expect(ok('The mayor said her view had not changed.', 'her', 'her')).toBe(true);
  });

  it('does not take the mark a rule’s speaker span ends with for the phrase’s head', () => {
    const text = 'A closure is what comes to mind, which means the pier is shut.';
    const ctx = ctxOf(text);
    const at = text.indexOf('mind');
    const rule = { name: 'mind', start: at, end: at + 'mind,'.length };
    const means = ctx.low.indexOf('means');
    const cs = speakerCands(ctx, means + 1, ctx.low.length - 1, new Uint8Array(ctx.low.length), { src: null, cueSubj: null, cueInv: null, near: null, prev: null, prevGap: 9, rule, ruleName: 'cue-after' });
    expect(cs.filter((c) => c.by & BY_RULE)).toEqual([]);
  });

  it('names the rules’ possessor speaker without its "’s"', () => {
    const text = 'Tom Reyes’s reply came fast: the pier stays shut.';
    const ctx = ctxOf(text);
    const rule = { name: 'Tom Reyes’s', start: 0, end: 'Tom Reyes’s'.length };
    const colon = ctx.low.indexOf(':');
    const cs = speakerCands(ctx, colon + 1, ctx.low.length - 1, new Uint8Array(ctx.low.length), { src: null, cueSubj: null, cueInv: null, near: null, prev: null, prevGap: 9, rule, ruleName: 'cue-after' });
    expect(cs.find((c) => c.by & BY_RULE)?.ref.name).toBe('Tom Reyes');
  });

  it('names a first person with a clitic verb as the pronoun alone', () => {
    const ctx = ctxOf('I’ve argued that the pier should close.');
    expect(speakerRef(ctx, { a: 0, b: 1, head: 0 }).name).toBe('I');
  });

  it('offers no cue subject that cannot speak, and offers the one who spoke in place of the one spoken with', () => {
    const ctx = ctxOf('In particular, the wardens closed the pier, noting the risk of storms.');
    const cue = ctx.low.indexOf('noting');
    const bad = npLeft(ctx, ctx.low.indexOf('particular'), 0);
    const cs = speakerCands(ctx, cue + 1, ctx.low.length - 1, new Uint8Array(ctx.low.length), { src: null, cueSubj: bad, cueInv: null, near: null, prev: null, prevGap: 9 });
    expect(cs.some((c) => c.by & BY_CUE_SUBJ)).toBe(false);

    const ctx2 = ctxOf('Mayor Tom Reyes spoke today with Governor Ann Bell about the flood defenses.');
    const about = ctx2.low.indexOf('about');
    const addressee = npLeft(ctx2, about - 1, 0);
    const cs2 = speakerCands(ctx2, about + 1, ctx2.low.length - 1, new Uint8Array(ctx2.low.length), { src: null, cueSubj: null, cueInv: null, near: addressee, prev: null, prevGap: 9 });
    const near = cs2.find((c) => c.by & BY_NEAR);
    expect(near?.ref.name).toContain('Reyes');
  });

  it('drops or reassigns tagger-only contents whose only speaker cannot speak', () => {
    const speakers = (text: string) => analyze({ id: 'p', text }).quotes.map((q) => q.speaker?.name);
    expect(speakers('In particular, the two ministers discussed the trade deal, noting the importance of lower tariffs on steel.')).not.toContain('particular');
    expect(speakers('These efforts are intended to reinforce our commitment to the farmers of the valley.')).toEqual([]);
    expect(speakers('This action seeks to protect the wetlands from further building along the coast.')).toEqual([]);
    expect(speakers('I’ve argued for months that the tax is unfair to farmers.')).toEqual(['I']);
  });
});

describe('quotes: the one spoken with is no content', () => {
  const doc = (text: string) => {
    const d = newDoc({ id: 't', text });
    textStage.run(d);
    return makeCtx(d);
  };
  // the tagger's labels for "SPEAKER(3 words) spoke … with X …": the speaker, the cue, and a content from X to the stop
  const labelled = (text: string) => {
    const ctx = doc(text);
    const n = ctx.low.length;
    const lab = new Uint8Array(n).fill(O);
    const w = ctx.low.indexOf('with');
    lab[0] = lab[1] = lab[2] = SRC;
    lab[3] = CUE;
    lab[w + 1] = BC;
    for (let i = w + 2; i < n - 1; i++) lab[i] = IC;
    return { ctx, lab, margin: new Float32Array(n).fill(1000) };
  };
  it('drops "spoke today with X" and keeps only what follows "about"', () => {
    const one = labelled('Mayor Tom Reyes spoke today with Governor Ann Bell .');
    expect(fromTags(one.ctx, one.lab, one.margin, [])).toEqual([]);

    const { ctx: ctx2, lab: lab2, margin } = labelled('Mayor Tom Reyes spoke today with Governor Ann Bell about the flood defenses .');
    const out = fromTags(ctx2, lab2, margin, []);
    expect(out).toHaveLength(1);
    expect(ctx2.low.slice(out[0].a, out[0].b).join(' ')).toBe('the flood defenses');
    expect(out[0].speaker?.name).toContain('Reyes');
  });
});
