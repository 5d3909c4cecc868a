import { describe, expect, it } from 'vitest';
import { newDoc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { analyzeDoc, STAGES } from '../src/analyze.js';
import { quotesStage, ruleCands } from '../src/extract/quotes/index.js';
import { makeCtx } from '../src/extract/quotes/context.js';
import { BC, CG, CUE, IC, L, MODEL, O, SRC, loadModel, prepare, saveModel, toModel, WEIGHTS_LEN, tagDoc, tagDocSlow } from '../src/extract/quotes/tagger.js';
import { fromTags } from '../src/extract/quotes/learned.js';
import { SPK } from '../src/extract/quotes/choose.js';
import type { Quote } from '../src/model/types.js';

function quotes(text: string): Quote[] {
  const doc = newDoc({ id: 't', text });
  textStage.run(doc);
  quotesStage.run(doc);
  return doc.quotes;
}

describe('quotes tagger: model file', () => {
  it('ships a trained model that loads', () => {
    expect(MODEL).not.toBeNull();
    let nz = 0;
    for (let i = 0; i < MODEL!.table.length; i += 97) if (MODEL!.table[i] !== 0) nz++;
    expect(nz).toBeGreaterThan(100);
    expect(MODEL!.trans.some((x) => x !== 0)).toBe(true);
  });
  it('round-trips weights through the file format', () => {
    const w = new Float32Array(WEIGHTS_LEN);
    w[5] = 1.5;
    w[12345] = -3;
    w[WEIGHTS_LEN - 1] = 0.25; // a transition weight
    const back = loadModel(saveModel(w));
    expect(back[5]).toBeCloseTo(1.5, 3);
    expect(back[12345]).toBeCloseTo(-3, 3);
    expect(back[WEIGHTS_LEN - 1]).toBe(0.25);
    expect(back[6]).toBe(0);
  });
});

describe('quotes tagger: labels → quotes', () => {
  it('ends a noun of saying\'s content at the main verb the rules stopped at, not where the tagger ran on', () => {
    const text = "Mayor Ruiz's promises to close the port and sell the ferries have alarmed the crews.";
    const ctx = makeCtx(analyzeDoc({ id: 't', text }, STAGES.slice(0, STAGES.findIndex((st) => st.name === 'quotes'))));
    const rules = ruleCands(ctx).filter((c) => c.rule === 'noun-cue');
    expect(rules).toHaveLength(1);
    const have = ctx.low.indexOf('have');
    expect(rules[0].b).toBe(have);
    // the tagger's run from "close" to the sentence end
    const lab = new Uint8Array(ctx.low.length).fill(O);
    lab[ctx.low.indexOf('close')] = BC;
    for (let i = ctx.low.indexOf('close') + 1; i < ctx.low.length - 1; i++) lab[i] = IC;
    const [c] = fromTags(ctx, lab, new Float32Array(lab.length).fill(1000), rules);
    expect(c.rule).toBe('tag+noun-cue');
    expect(c.b).toBe(have);
  });
  it('turns a tagged content with a tagged source and cue into a quote', () => {
    const doc = newDoc({ id: 't', text: 'The governor now concedes the budget is short.' });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    // The governor now concedes the budget is short .
    const lab = new Uint8Array([SRC, SRC, O, CUE, BC, IC, IC, IC, O]);
    const margin = new Float32Array(lab.length).fill(1000);
    const [c] = fromTags(ctx, lab, margin, []);
    expect([c.a, c.b]).toEqual([4, 8]);
    expect(c.speaker?.name).toBe('governor');
    expect(c.cue).toEqual([3, 4]);
    // a weak run that no rule backs is dropped
    expect(fromTags(ctx, lab, new Float32Array(lab.length).fill(-5), [])).toEqual([]);
  });
  it('drops a tagged content whose tagged cue holds no word of attribution', () => {
    const doc = newDoc({ id: 't', text: 'The mayor keeps crediting the new bridge to the council.' });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    // The mayor keeps crediting the new bridge to the council .
    const lab = new Uint8Array([SRC, SRC, O, CUE, BC, IC, IC, IC, IC, IC, O]);
    const margin = new Float32Array(lab.length).fill(1000);
    const none = new Map<string, number>();
    expect(fromTags(ctx, lab, margin, [], undefined, null, undefined, none)).toEqual([]);
    // a word seen as a cue often enough in training stands
    expect(fromTags(ctx, lab, margin, [], undefined, null, undefined, new Map([['crediting', 0.4]]))).toHaveLength(1);
    // so does a word of the cue lexicon
    const doc2 = newDoc({ id: 't', text: 'The mayor keeps insisting the new bridge is safe.' });
    textStage.run(doc2);
    const lab2 = new Uint8Array([SRC, SRC, O, CUE, BC, IC, IC, IC, IC, O]);
    const [c] = fromTags(makeCtx(doc2), lab2, new Float32Array(lab2.length).fill(1000), [], undefined, null, undefined, none);
    expect(c.speaker?.name).toBe('mayor');
  });
  it('drops a tagged content of one lower-case word, not a name', () => {
    const run = (text: string) => {
      const doc = newDoc({ id: 't', text });
      textStage.run(doc);
      // The senator scolded X .
      const lab = new Uint8Array([SRC, SRC, CUE, BC, O]);
      return fromTags(makeCtx(doc), lab, new Float32Array(lab.length).fill(1000), []);
    };
    expect(run('The senator scolded him.')).toEqual([]);
    expect(run('The senator scolded Ferris.')).toHaveLength(1);
  });
  it('does not end a tagged source on the relative pronoun or preposition it ran on into', () => {
    const doc = newDoc({ id: 't', text: 'A harbour group that backed Ruiz last spring.' });
    textStage.run(doc);
    // A harbour group that backed Ruiz last spring .
    const lab = new Uint8Array([SRC, SRC, SRC, SRC, CUE, BC, BC, BC, O]);
    const [c] = fromTags(makeCtx(doc), lab, new Float32Array(lab.length).fill(1000), []);
    expect(c.speaker?.name).toBe('harbour group');
  });
  it('keeps a rule candidate’s speaker when the tagger agrees with its content', () => {
    const doc = newDoc({ id: 't', text: 'Officials said the talks stalled.' });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    const rule = { a: 2, b: 5, speaker: { name: 'Officials', start: 0, end: 9 }, cue: [1, 2] as [number, number], rule: 'cue-after', conf: 0.8 };
    const lab = new Uint8Array([SRC, CUE, BC, IC, IC, O]);
    const [c] = fromTags(ctx, lab, new Float32Array(6), [rule]);
    expect(c.speaker).toBe(rule.speaker);
    expect(c.rule).toBe('tag+cue-after');
  });
  it('labels every token of a document with the shipped model', () => {
    const doc = newDoc({ id: 't', text: 'Smith said the plan would fail. It rained.' });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    const { lab } = tagDoc(ctx, [], MODEL!);
    expect(lab).toHaveLength(doc.tokens.length);
    expect([...lab].every((x) => x >= O && x <= CUE)).toBe(true);
    expect(lab[2] === BC || lab[2] === IC).toBe(true); // "the" opens the content
  });
});

describe('quotes tagger: word clusters for the pair templates', () => {
  it('gives common words a coarse cluster, one per word type, and pads the ends', () => {
    const doc = newDoc({ id: 't', text: 'The minister said the plan would work. The plan failed.' });
    textStage.run(doc);
    const P = prepare(makeCtx(doc), []);
    const cl = (i: number): number => P.pcl[i + 2];
    expect(cl(0)).toBeGreaterThan(0); // "The"
    expect(cl(0)).toBeLessThanOrEqual(CG);
    expect(cl(3)).toBe(cl(0)); // "the": same lower-cased type
    expect(cl(2)).toBeGreaterThan(0); // "said"
    expect(new Set([cl(0), cl(1), cl(2), cl(6)]).size).toBeGreaterThan(1); // the, minister, said, work: not all one cluster
    expect(P.pcl[0]).toBe(CG + 1);
    expect(P.pcl[P.n + 3]).toBe(CG + 1);
  });
});

describe('quotes tagger: fast emission', () => {
  it('gives exactly the labels and margins of the hashed-feature path', () => {
    const text =
      'Senator Ruth Okafor told reporters on Tuesday that the "deal is dead," adding: "We will not vote for it." ' +
      'Her office, according to a spokesman, believes the budget is short.\n\nOfficials said nothing. "Nobody knows," one aide said.';
    const doc = newDoc({ id: 't', text });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    const rules = ruleCands(ctx);
    expect(rules.length).toBeGreaterThan(0);
    const fast = tagDoc(ctx, rules, MODEL!);
    const slow = tagDocSlow(ctx, rules, MODEL!);
    expect([...fast.lab]).toEqual([...slow.lab]);
    expect([...fast.margin]).toEqual([...slow.margin]);
    expect(fast.lab.some((x) => x === BC)).toBe(true);
  });
  it('adds two labels to a double exactly even when every weight is the largest', () => {
    // emission weights of the largest size once quantized (±32767, by label): the largest sums the
    // packed rows of the fast path can meet, one low half all negative and the other all positive
    const byLabel = [1, -1, 0.5, 1, -0.75];
    const W = new Float32Array(WEIGHTS_LEN);
    for (let k = 0; k + L <= WEIGHTS_LEN - 1000; k += L) for (let y = 0; y < L; y++) W[k + y] = byLabel[y];
    const M = toModel(W);
    const doc = newDoc({ id: 't', text: 'The minister said on Monday that the "plan works," and aides agreed. Nobody else spoke.' });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    const rules = ruleCands(ctx);
    const fast = tagDoc(ctx, rules, M);
    const slow = tagDocSlow(ctx, rules, M);
    expect([...fast.margin]).toEqual([...slow.margin]);
    expect([...fast.lab]).toEqual([...slow.lab]);
    expect(Math.max(...fast.margin.map(Math.abs))).toBeGreaterThan(0);
  });
});

describe('quotes: learned cues beyond the lexicon', () => {
  it('finds an indirect quote after a plain cue and ends it at the sentence', () => {
    const qs = quotes('The mayor said the bridge would reopen in May. Traffic was light.');
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('the bridge would reopen in May');
    expect(qs[0].speaker?.name).toBe('mayor');
  });
  it('keeps direct quotes with their speakers', () => {
    const qs = quotes('“We are ready to talk,” the minister told reporters on Friday.');
    expect(qs[0].kind).toBe('direct');
    expect(qs[0].text).toBe('We are ready to talk,');
    expect(qs[0].addressee?.name).toBe('reporters');
  });
});

describe('quotes: relayed words and the outlet', () => {
  it('gives the relaying speaker and the original one as via', () => {
    const [q] = quotes('Ushakov said Putin told Trump that the sanctions must end.');
    expect(q.speaker?.name).toBe('Ushakov');
    expect(q.via?.name).toBe('Putin');
  });
  it('does not invent a via for a plain clause', () => {
    const [q] = quotes('Ushakov said Putin was ready for the meeting.');
    expect(q.via).toBeUndefined();
  });
  it('resolves "the outlet" to the news organization named before', () => {
    const doc = analyzeDoc({ id: 't', text: 'Yuri Ushakov spoke to Interfax on Friday. Ushakov told the outlet that the call had been useful.' });
    const q = doc.quotes.find((x) => x.addressee);
    expect(q?.addressee?.name).toBe('Interfax');
  });
});

describe('quotes: content ends', () => {
  it('offers the comma, the conjunction and the sentence end as candidate ends', async () => {
    const { endCandidates, rankable } = await import('../src/extract/quotes/ends.js');
    const doc = newDoc({ id: 't', text: 'Smith said the deal was dead, and the talks would end. Then he left.' });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    // content "the deal was dead" [2, 6)
    const c = { a: 2, b: 6, speaker: null, rule: 'cue-after', conf: 0.8 };
    const ends = endCandidates(ctx, c, new Uint8Array(doc.tokens.length), new Float32Array(doc.tokens.length)).map((x) => x.e);
    expect(ends).toContain(6); // before the comma
    expect(ends).toContain(7); // before "and"
    expect(ends).toContain(12); // before the full stop
    expect(ends).toContain(16); // the next sentence, same paragraph
    expect(rankable(ctx, c)).toBe(true);
  });
  it('offers no end between two modifiers of one noun, but one between two noun phrases', async () => {
    const { endCandidates } = await import('../src/extract/quotes/ends.js');
    const doc = newDoc({ id: 't', text: 'Lee deplored the cruel and pointless siege of the port and the town. Then he left.' });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    // content "the cruel and pointless siege of the port and the town" [2, 13)
    const c = { a: 2, b: 13, speaker: null, rule: 'cue-belief', conf: 0.8 };
    const ends = endCandidates(ctx, c, new Uint8Array(doc.tokens.length), new Float32Array(doc.tokens.length)).map((x) => x.e);
    expect(ends).not.toContain(4); // "the cruel | and pointless siege"
    expect(ends).toContain(10); // "… of the port | and the town"
    expect(ends).toContain(13);
  });
  it('leaves a whole quotation’s end alone', async () => {
    const { rankable } = await import('../src/extract/quotes/ends.js');
    const doc = newDoc({ id: 't', text: 'He said: “We are done here.” Then he left.' });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    expect(rankable(ctx, { a: 4, b: 8, speaker: null, rule: 'cue-quote', conf: 0.9 })).toBe(false);
  });
});

describe('quotes: an attributed quotation the tagger left out', () => {
  const ctxOf = (text: string) => {
    const doc = newDoc({ id: 't', text });
    textStage.run(doc);
    return makeCtx(doc);
  };
  it('keeps the rules’ whole quotation with the attribution beside it', () => {
    const text = 'The council met late. “We will rebuild the pier before winter,” Mayor Ana Ruiz said.';
    const ctx = ctxOf(text);
    const rules = ruleCands(ctx);
    const lab = new Uint8Array(ctx.doc.tokens.length).fill(O);
    const out = fromTags(ctx, lab, new Float32Array(lab.length), rules);
    const t = ctx.doc.tokens;
    expect(out.map((c) => text.slice(t[c.a].start, t[c.b - 1].end))).toContain('We will rebuild the pier before winter,');
  });
  it('leaves out the rules’ unquoted clause the tagger did not take', () => {
    const text = 'The council met late. Mayor Ana Ruiz said the pier would be rebuilt before winter.';
    const ctx = ctxOf(text);
    const rules = ruleCands(ctx);
    expect(rules.length).toBeGreaterThan(0);
    const lab = new Uint8Array(ctx.doc.tokens.length).fill(O);
    expect(fromTags(ctx, lab, new Float32Array(lab.length), rules)).toHaveLength(0);
  });
});

describe('quotes: a tagger run that goes on into the next sentence’s quotation', () => {
  it('splits where the quotation’s sentence starts when its attribution follows it', () => {
    const text = 'Mayor Ana Ruiz said the pier would be rebuilt before winter.\n“We owe it to the fishermen,” Ruiz told the council.';
    const doc = newDoc({ id: 't', text });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    const rules = ruleCands(ctx);
    const t = ctx.doc.tokens;
    const from = ctx.low.indexOf('the');
    const to = ctx.low.indexOf('fishermen') + 2; // through the comma
    const lab = new Uint8Array(t.length).fill(O);
    lab[from] = BC;
    for (let i = from + 1; i < to; i++) lab[i] = IC;
    const out = fromTags(ctx, lab, new Float32Array(lab.length).fill(5), rules);
    const got = out.map((c) => [text.slice(t[c.a].start, t[c.b - 1].end), c.speaker?.name]);
    expect(got).toContainEqual(['We owe it to the fishermen,', 'Ruiz']);
    expect(got.some(([s]) => s!.includes('winter') && s!.includes('fishermen'))).toBe(false);
  });
});

describe('quotes: a second attribution inside the rules’ content', () => {
  it('keeps the tagger’s content after a cue of its own apart from the first one', () => {
    const text = 'The harbour master admitted that the lights had failed, but said the crews would mend them by Friday.';
    const doc = newDoc({ id: 't', text });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    const rules = ruleCands(ctx);
    const t = ctx.doc.tokens;
    const at = (w: string) => t.findIndex((x) => text.slice(x.start, x.end) === w);
    const lab = new Uint8Array(t.length).fill(O);
    const first = at('that');
    const comma = at(',');
    const said = at('said');
    const stop = at('.');
    lab[first] = BC;
    for (let i = first + 1; i < comma; i++) lab[i] = IC;
    for (let i = 0; i < at('admitted'); i++) lab[i] = SRC;
    lab[at('admitted')] = CUE;
    lab[said] = CUE;
    lab[said + 1] = BC;
    for (let i = said + 2; i < stop; i++) lab[i] = IC;
    const out = fromTags(ctx, lab, new Float32Array(lab.length).fill(1000), rules, undefined, SPK);
    const spans = out.map((c) => text.slice(t[c.a].start, t[c.b - 1].end));
    expect(spans).toContain('that the lights had failed');
    expect(spans).toContain('the crews would mend them by Friday');
  });
  it('finds both contents of "admitted that …, but said …"', () => {
    const text = 'The harbour master admitted that the lights had failed, but said the crews would mend them by Friday.';
    expect(quotes(text).map((q) => q.text)).toEqual(['that the lights had failed', 'the crews would mend them by Friday']);
  });
});
