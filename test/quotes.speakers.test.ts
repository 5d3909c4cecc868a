import { describe, expect, it } from 'vitest';
import { analyze, analyzeDoc, STAGES } from '../src/analyze.js';
import { makeCtx } from '../src/extract/quotes/context.js';
import { BY_CUE_SUBJ, BY_MENTION, BY_RULE, BY_PREV, SBITS, SPK, chooseSpeaker, loadSpk, saveSpk, speakerCands } from '../src/extract/quotes/choose.js';
import { npLeft, skipLeft, speakerRef } from '../src/extract/quotes/speaker.js';
import { cand } from '../src/extract/quotes/build.js';
import { jointSubjects, purposeSubjects } from '../src/extract/quotes/rules/joint.js';

/** The speaker of the first quote of `text`, or of the first whose text holds `word`. */
function speakerOf(text: string, word?: string): string | undefined {
  const qs = analyze({ id: 'speaker-of', text }).quotes;
  return (word === undefined ? qs[0] : qs.find((q) => q.text.includes(word)))?.speaker?.name;
}

function ctxOf(text: string) {
  const before = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'));
  const doc = analyzeDoc({ id: 't', text }, before);
  return makeCtx(doc);
}

describe('quotes: learned speaker choice for tagger-only contents', () => {
  it('ships a trained ranker that round-trips through its file format', () => {
    expect(SPK).not.toBeNull();
    expect(SPK!.some((x) => x !== 0)).toBe(true);
    const w = new Float32Array(1 << SBITS);
    w[7] = 2.5;
    expect(loadSpk(saveSpk(w))[7]).toBe(2.5);
  });
  it('offers the cue subject, the sentence mentions and the previous speaker, once each', () => {
    const ctx = ctxOf('Maria Lopez insists the bridge will reopen in May, and Tom Reyes agrees.');
    const low = ctx.low;
    const cue = low.indexOf('insists');
    const a = cue + 1;
    const b = low.indexOf(',');
    const subj = npLeft(ctx, cue - 1, 0);
    expect(subj).not.toBeNull();
    const cs = speakerCands(ctx, a, b, new Uint8Array(low.length), { src: null, cueSubj: subj, cueInv: null, near: null, prev: { name: 'Someone Else' }, prevGap: 1 });
    const subjC = cs.find((c) => c.by & BY_CUE_SUBJ);
    expect(subjC?.ref.name).toContain('Lopez');
    expect(cs.filter((c) => c.by & BY_PREV)).toHaveLength(1);
    // a mention that is also the cue's subject is one candidate with both flags, not two
    const spans = cs.filter((c) => c.a >= 0).map((c) => `${c.a}:${c.b}`);
    expect(new Set(spans).size).toBe(spans.length);
    expect(cs.every((c) => c.f.length > 0)).toBe(true);
    expect(subjC!.by & BY_MENTION).toBe(BY_MENTION);
    expect(cs.some((c) => c.by === BY_MENTION && c.ref.name.includes('Reyes'))).toBe(true);
  });
  it('picks the highest-scoring candidate', () => {
    const ctx = ctxOf('Tom Reyes says the plan is dead.');
    const cue = ctx.low.indexOf('says');
    const subj = npLeft(ctx, cue - 1, 0);
    const cs = speakerCands(ctx, cue + 1, ctx.low.length - 1, new Uint8Array(ctx.low.length), { src: null, cueSubj: subj, cueInv: null, near: null, prev: { name: 'Ann Bell' }, prevGap: 0 });
    const prev = cs.find((c) => c.by & BY_PREV)!;
    const w = new Float32Array(1 << SBITS);
    for (const f of prev.f) w[f] += 10;
    expect(chooseSpeaker(w, cs)?.ref.name).toBe('Ann Bell');
    expect(chooseSpeaker(SPK!, cs)?.ref.name).toContain('Reyes');
  });
  it('offers the rules’ speaker as a candidate at its own words, merged with the mention there', () => {
    const text = 'The plan is dead, Tom Reyes said on Monday.';
    const ctx = ctxOf(text);
    const start = text.indexOf('Tom');
    const rule = { name: 'Tom Reyes', start, end: start + 'Tom Reyes'.length };
    const cs = speakerCands(ctx, 0, ctx.low.indexOf(','), new Uint8Array(ctx.low.length), { src: null, cueSubj: null, cueInv: null, near: null, prev: null, prevGap: 9, rule, ruleName: 'cue-after' });
    const r = cs.find((c) => c.by & BY_RULE)!;
    expect(r.ref).toBe(rule);
    expect(ctx.low.slice(r.a, r.b)).toEqual(['tom', 'reyes']);
    expect(cs.filter((c) => c.a === r.a && c.b === r.b)).toHaveLength(1);
    expect(chooseSpeaker(SPK!, cs)?.ref.name).toBe('Tom Reyes');
  });
});

describe('quotes: speakers are noun phrases', () => {
  it('takes the pronoun, not the auxiliary or "let", before a cue', () => {
    const ctx = ctxOf('That is why I am asking everyone to stay calm. Let me remind you that the talks were cancelled.');
    const low = ctx.low;
    const am = npLeft(ctx, skipLeft(ctx, low.indexOf('asking') - 1, 0), 0);
    expect(am && low.slice(am.a, am.b).join(' ')).toBe('i');
    const me = npLeft(ctx, skipLeft(ctx, low.indexOf('remind') - 1, 0), 0);
    expect(me && low.slice(me.a, me.b).join(' ')).toBe('me');
  });
  it('offers no candidate made only of function words, and moves to the pronoun before it', () => {
    const ctx = ctxOf('We will soon announce new measures against the network.');
    const low = ctx.low;
    const soon = low.indexOf('soon');
    const a = low.indexOf('announce') + 1;
    const b = low.indexOf('.');
    const cs = speakerCands(ctx, a, b, new Uint8Array(low.length), { src: { a: soon, b: soon + 1, head: soon }, cueSubj: null, cueInv: null, near: null, prev: null, prevGap: 0 });
    expect(cs.map((c) => c.ref.name)).not.toContain('soon');
    const ctx2 = ctxOf('They said the deal would hold, and the ministers agreed.');
    const the = ctx2.low.indexOf('the');
    const cs2 = speakerCands(ctx2, 2, 6, new Uint8Array(ctx2.low.length), { src: { a: the, b: the + 1, head: the }, cueSubj: null, cueInv: null, near: null, prev: null, prevGap: 0 });
    expect(cs2.map((c) => c.ref.name)).not.toContain('the');
  });
});

describe("quotes: a lawmaker's party tag is no speaker", () => {
  it('takes the name before the tag and its apposition', () => {
    const r = analyze({
      id: 'p',
      text: 'Sen. Lindsey Marsh, R-S.C., a long-shot candidate, said the coalition is overselling its gains. Rep. Jim Corrow, D-Mass., told reporters the bill was dead.',
    });
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['the coalition is overselling its gains', 'Lindsey Marsh'],
      ['the bill was dead', 'Jim Corrow'],
    ]);
  });
});

describe('quotes: offices of places as speakers', () => {
  it('gives "the President of X" to the person who holds the office in the article, not to the place', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text =
      'President of Moldova Ana Covaci spoke by phone to President of the United States Tom Brennan. ' +
      'The President of Moldova thanked Tom Brennan for the support of her country. The President of the United States assured her of further help.';
    const r = analyze({ id: 'office', text });
    const byText = (s: string) => r.quotes.find((q) => q.text.includes(s))?.speaker;
    expect(byText('support')?.name).toBe('Ana Covaci');
    expect(byText('further help')?.name).toBe('Tom Brennan');
    for (const q of r.quotes) expect(['Moldova', 'United States']).not.toContain(q.speaker?.name);
  });
});

describe('quotes: both parties of a call as speakers', () => {
  it('names the two people of a call for "the two leaders" and "both presidents"', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text =
      'President of Moldova Ana Covaci held a phone call with President of Portugal Rui Matos. The two leaders agreed that the energy link should open next year. Both presidents stressed that trade must grow. The interlocutors noted that the port would reopen.';
    const r = analyze({ id: 'pair', text });
    const byText = (s: string) => r.quotes.find((q) => q.text.includes(s))?.speaker?.name;
    expect(byText('energy link')).toBe('Ana Covaci and Rui Matos');
    expect(byText('trade must grow')).toBe('Ana Covaci and Rui Matos');
    expect(byText('port would reopen')).toBe('Ana Covaci and Rui Matos');
    // a judgement made the subject in place of the people who voiced it
    const r2 = analyze({ id: 'pair2', text: 'Ana Covaci spoke by phone with Rui Matos. The two presidents rated the talks positively and noted the importance of the energy link.' });
    expect(r2.quotes.find((q) => q.text.includes('energy link'))?.speaker?.name).toBe('Ana Covaci and Rui Matos');
  });
  it('names two countries for "both sides" when the people named last are no two leaders of two countries', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'Secretary Anna Lind of Chile and her team met the delegation of Peru in Lima on Monday. President Tomas Ruiz welcomed the talks. Both sides stressed that the border must stay open.';
    const r = analyze({ id: 'sides', text });
    expect(r.quotes.find((q) => q.text.includes('border must stay open'))?.speaker?.name).toBe('Chile and Peru');
    // two leaders of a call stay the two sides
    const r2 = analyze({ id: 'sides2', text: 'President Tomas Ruiz of Chile spoke with President Ana Varga of Peru. Both sides stressed the need for calm.' });
    expect(r2.quotes.find((q) => q.text.includes('need for calm'))?.speaker?.name).toBe('Tomas Ruiz and Ana Varga');
  });
});

describe('quotes: the two presidents of a readout', () => {
  it('names the two leaders named most, not the last two named', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text =
      'President Joseph Biden spoke by phone with President Vladimir Putin on Monday. Putin had asked for the call. Biden briefed President Ana Varga of Peru in Lima the day before. ' +
      'The two presidents agreed that their teams would meet again in January.';
    const r = analyze({ id: 'pres', text });
    expect(r.quotes.find((q) => q.text.includes('meet again'))?.speaker?.name).toBe('Joseph Biden and Vladimir Putin');
  });
  it('counts a known leader whose only title is a courtesy one', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'Vladimir Putin held phone talks with Peru’s President Ana Varga. Mr Putin spoke of the grain deal. The Presidents agreed that the ministers would meet in Lima.';
    const r = analyze({ id: 'mr', text });
    expect(r.quotes.find((q) => q.text.includes('ministers would meet'))?.speaker?.name).toBe('Vladimir Putin and Ana Varga');
  });
  it('leaves "the leaders" unresolved after a group of leaders was named', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'President Ana Varga of Peru met the G7 Leaders in Rome. President Tomas Ruiz of Chile joined them later. The Leaders agreed that food aid must grow.';
    const r = analyze({ id: 'g7', text });
    const q = r.quotes.find((x) => x.text.includes('food aid'));
    expect(q).toBeDefined();
    expect(q?.speaker?.name).not.toContain('Varga');
  });
  it('takes the publishing government\'s own leader as one of "the two presidents"', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text =
      'President Biden held a call with President Vladimir Putin. Putin raised the drills. Before that, President Zelenskyy of Ukraine had asked for the call. ' +
      'The two presidents agreed that the talks in Geneva would go ahead.';
    const r = analyze({ id: 'home', source: 'White House', text });
    expect(r.quotes.find((q) => q.text.includes('Geneva'))?.speaker?.name).toMatch(/^(Biden and Vladimir Putin|Vladimir Putin and Biden)$/);
  });
});

describe('quotes: "they" after the parties are named', () => {
  it('carries the pair of the quote before, or the two people of the sentence before, to "They"', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text =
      'President of Moldova Ana Covaci held a phone call with President of Portugal Rui Matos. The two leaders agreed that the energy link should open next year. They also discussed plans to widen the rail corridor.';
    const r = analyze({ id: 'they1', text });
    const q = r.quotes.find((x) => x.text.includes('rail corridor'));
    expect(q?.speaker?.name).toBe('Ana Covaci and Rui Matos');
    // the span stays the pronoun's
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toBe('They');
    const first = analyze({ id: 'they2', text: 'Governor Tomas Berg spoke today with Mayor Ilse Vahl. They agreed that the harbour must be dredged before winter.' });
    expect(first.quotes[0]?.speaker?.name).toBe('Tomas Berg and Ilse Vahl');
  });
  it('passes over a group that is only to meet ("teams will meet … to discuss"): "They agreed" is the parties before it', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'The two leaders agreed on a pause in strikes on power plants. Technical teams will meet in Oslo next week to discuss extending the pause to shipping. They agreed this could be a first step toward peace.';
    const r = analyze({ id: 'they5', text });
    expect(r.quotes.find((q) => q.text.includes('first step'))?.speaker?.name).toBe('two leaders');
  });
  it('leaves "they" alone when the sentence before names one person or three', async () => {
    const { analyze } = await import('../src/analyze.js');
    const three = analyze({ id: 'they3', text: 'Governor Tomas Berg met Mayor Ilse Vahl and Senator Olaf Dunn. They agreed that the harbour must be dredged before winter.' });
    expect(three.quotes[0]?.speaker?.name).toBe('They');
    const one = analyze({ id: 'they4', text: 'Governor Tomas Berg visited the port on Monday. They agreed that the harbour must be dredged before winter.' });
    expect(one.quotes[0]?.speaker?.name).toBe('They');
  });
  it('takes "it" for the body or country that opens the sentence before, and not an impersonal "it seems"', async () => {
    const { analyze } = await import('../src/analyze.js');
    const r2 = analyze({ id: 'it2', text: 'Portugal has not altered its position. It does not think a deal is needed.' });
    expect(r2.quotes.find((q) => q.text.includes('deal'))?.speaker?.name).toBe('Portugal');
    const r3 = analyze({ id: 'it3', text: 'Portugal has not changed its position. It seems that a deal is needed.' });
    expect(r3.quotes.some((q) => q.text.includes('deal'))).toBe(false);
  });
  it('takes "they" in the account of a call for the two people its first sentence names, and not in other texts', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text =
      'President of Moldova Ana Covaci held a phone call with President of Portugal Rui Matos. The port of Giurgiulesti will be dredged this year. The rail line will reopen in May. They also discussed plans to widen the rail corridor.';
    const speaker = (title: string) => analyze({ id: 'call', title, text }).quotes.find((x) => x.text.includes('rail corridor'))?.speaker?.name;
    expect(speaker('Readout of President Covaci\'s Call with President Matos')).toBe('Ana Covaci and Rui Matos');
    expect(speaker('Moldova dredges its port')).toBe('They');
  });
});

describe('quotes: a relative "who" as the speaker', () => {
  it('names the whole phrase before it, "of" and all, and not "those" or "anyone"', async () => {
    const { analyze } = await import('../src/analyze.js');
    const speakers = (text: string) => analyze({ id: 'rel', text }).quotes.map((q) => q.speaker?.name);
    expect(speakers('The mayor visited the nurses of the clinic, who said that the new wing would open in May.')).toEqual(['nurses of the clinic']);
    expect(speakers('Reporters spoke to Tomas Berg, who said that the harbour must be dredged.')).toEqual(['Tomas Berg']);
    expect(speakers('Those who said that the harbour must be dredged were ignored.')).toEqual(['who']);
  });
});

describe('quotes: the subject of a sentence ends before its verb', () => {
  it('gives the second verb of "X congratulated Y on …, and emphasized …" to X', async () => {
    const { analyze } = await import('../src/analyze.js');
    const r = analyze({ id: 'subj', text: 'President Tomas Berg congratulated Mayor Ilse Vahl on her re-election, and emphasized the importance of dredging the harbour.' });
    expect(r.quotes.find((q) => q.text.includes('dredging'))?.speaker?.name).toBe('Tomas Berg');
  });
});

describe('quotes: an attribution at the end of a report\'s first sentence', () => {
  it('gives the whole clause to "officials from both sides", never to the dateline or to a "without" clause', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text =
      'GENEVA — Negotiators from both countries ended two days of talks on Friday without agreeing on a new schedule, settling instead for a joint statement, officials from both sides said.';
    const r = analyze({ id: 'dateline', text });
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].speaker?.name).toBe('officials from both sides');
    expect(r.quotes[0].text.startsWith('Negotiators from both countries ended')).toBe(true);
    const q2 = analyze({ id: 'dateline2', text: 'KYIV, Ukraine (Reuters) — The ferry service will resume in May, a spokesman for the port authority said.' }).quotes;
    expect(q2.map((q) => q.speaker?.name)).toEqual(['spokesman for the port authority']);
  });
});

describe('quotes: the verbs of official readouts', () => {
  it('reads "affirmed", "reaffirmed", "underscored" and "emphasised" as attributions, with an adverb between subject and verb', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text =
      'The Moldovan delegation affirmed that its concerns had been addressed. Ana Covaci further underscored that the bridge must reopen. The ministers reaffirmed that trade would grow. Rui Matos emphasised that the port stays open.';
    const r = analyze({ id: 'readout', text });
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Moldovan delegation', 'Ana Covaci', 'ministers', 'Rui Matos']);
    expect(r.quotes.map((q) => q.cue?.text)).toEqual(['affirmed', 'underscored', 'reaffirmed', 'emphasised']);
  });
});

describe('quotes: where a reported clause ends', () => {
  it('runs past a phrase set off by commas right after "that"', async () => {
    const { chooseEnds, EBITS } = await import('../src/extract/quotes/ends.js');
    const ctx = ctxOf('Negotiators stated that, based on the changes offered today, they believe the text is fair.');
    const a = ctx.low.indexOf('that');
    const comma = ctx.low.indexOf(',', a + 2);
    // the tagger ended the content at the comma closing "based on …"; with no preference among
    // the ends (zero weights) the nearest allowed end wins, and that comma is not allowed
    const c = { a, b: comma, speaker: null, rule: 'tag+cue-after', conf: 1 };
    const n = ctx.low.length;
    chooseEnds(ctx, [c], new Uint8Array(n), new Float32Array(n), new Float32Array(1 << EBITS));
    expect(c.b).toBeGreaterThan(comma + 1);
  });
  it('does not end inside a pair of dashes, nor at the first', async () => {
    const { chooseEnds, EBITS } = await import('../src/extract/quotes/ends.js');
    const ctx = ctxOf('The delegation affirmed that its concerns—security, trade and energy—were addressed at the meeting.');
    const a = ctx.low.indexOf('that');
    const d1 = ctx.low.indexOf('—');
    const d2 = ctx.low.indexOf('—', d1 + 1);
    const n = ctx.low.length;
    for (const b of [d1, ctx.low.indexOf(',')]) {
      const c = { a, b, speaker: null, rule: 'tag+cue-after', conf: 1 };
      chooseEnds(ctx, [c], new Uint8Array(n), new Float32Array(n), new Float32Array(1 << EBITS));
      expect(c.b).toBeGreaterThan(d2);
    }
  });
});

describe('quotes: "she" after an unnamed source', () => {
  it('is the spokeswoman the quote before named, unless a person is named between', async () => {
    const { analyze } = await import('../src/analyze.js');
    const r = analyze({ id: 'she', text: 'A port authority spokeswoman said the ferries would sail again on Monday. She said the harbour had been dredged overnight.' });
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['port authority spokeswoman', 'port authority spokeswoman']);
    expect(r.quotes[1].speaker?.anonymous).toBe(true);
    const r2 = analyze({ id: 'she2', text: 'A port authority spokeswoman said the ferries would sail again on Monday. Mayor Ilse Vahl disagreed. She said the harbour was still closed.' });
    expect(r2.quotes.at(-1)?.speaker?.name).not.toBe('port authority spokeswoman');
  });
});

describe('quotes: a statement published under its author\'s name', () => {
  it('is the author\'s words paragraph by paragraph, beside the attributions inside it', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'Today the Minister of Transport Ana Covaci met the mayors of the river towns to review the repairs to the old bridge.\n\nThe mayors told the Minister that the bridge must reopen before the harvest begins in the autumn.\n\n###';
    const r = analyze({ id: 'st', source: 'Government of Moldova', title: 'Statement by Press Secretary Ion Rusu on the Bridge Repairs', text });
    const own = r.quotes.filter((q) => q.rule === 'authored');
    expect(own.map((q) => [q.speaker?.name, q.text.slice(0, 24)])).toEqual([
      ['Ion Rusu', 'Today the Minister of Tr'],
      ['Ion Rusu', 'The mayors told the Mini'],
    ]);
    // the mayors' words inside it stay theirs
    expect(r.quotes.find((q) => q.rule !== 'authored' && q.text.includes('must reopen'))?.speaker?.name).toMatch(/mayors/);
    // a paragraph that is someone else's quotation is theirs alone; one in marks no one claims is the author's
    const marked = '“The repairs to the old bridge over the river will begin in the first week of May and end before the harvest.”\n\n“We have waited for this bridge for many years and we are grateful,” the mayor of Orhei said.';
    const m = analyze({ id: 'st2', source: 'Government of Moldova', title: 'Statement by Press Secretary Ion Rusu on the Bridge Repairs', text: marked });
    expect(m.quotes.filter((q) => q.rule === 'authored').map((q) => q.text.slice(0, 16))).toEqual(['“The repairs to ']);
  });
  it('names both authors of a joint statement, and leaves a text no one signs alone', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'Secretary Ruiz and Adviser Lind spoke today with the President of Moldova about the repairs to the old bridge over the river.';
    const joint = analyze({ id: 'j', source: 'Government of Moldova', title: 'Statement from Secretary Ruiz and Adviser Lind on the Bridge', text });
    expect(joint.quotes.filter((q) => q.rule === 'authored').map((q) => q.speaker?.name)).toEqual(['Ruiz and Lind']);
    const readout = analyze({ id: 'r', source: 'Government of Moldova', title: 'Readout of the Call on the Bridge', text });
    expect(readout.quotes.filter((q) => q.rule === 'authored')).toEqual([]);
  });
});

describe('quotes: a transcript\'s office label', () => {
  it('is the transcript\'s own speaker, not the president coreference met last', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'Earlier today I spoke with President Ana Covaci of Moldova.\n\nQ Will you visit Chisinau, Mr. President?\n\nTHE PRESIDENT: The bridge is a complicated issue for our allies. I have backed it for a long time.\n\nQ Thank you.\n\nTHE PRESIDENT: Thank you.';
    const r = analyze({ id: 'label', source: 'White House', text });
    const turn = r.quotes.find((q) => q.text.includes('complicated issue'));
    expect(turn?.speaker?.name).toBe('THE PRESIDENT');
    expect(turn?.speaker?.entity).toBeUndefined();
  });
  it('is the author the title names by that office, and each turn is whole', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'THE PRESIDENT: Good afternoon. Earlier this week, I spoke with President Rui Matos of Portugal about the bridge.\n\nQ Mr. President, did President Matos give you any sign that he is willing to change his plans for the bridge this year?\n\nTHE PRESIDENT: We will talk about it.';
    const r = analyze({ id: 'remarks', source: 'Presidency of Moldova', title: 'Remarks by President Ana Covaci on Portugal', text });
    const turns = r.quotes.filter((q) => q.rule.includes('speaker-label'));
    expect(turns.map((q) => q.speaker?.name)).toEqual(['Ana Covaci', 'Q', 'Ana Covaci']);
    expect(turns[1].text).toBe('Mr. President, did President Matos give you any sign that he is willing to change his plans for the bridge this year?');
    // a title naming two people by their offices: each label keeps to its own office
    const two = 'THE PRESIDENT: Good afternoon. We spoke about the bridge.\n\nTHE PRIME MINISTER: Thank you. The bridge will open in May.\n\nQ Will it open on time?\n\nTHE PRESIDENT: It will.';
    const r3 = analyze({ id: 'remarks3', source: 'Presidency of Moldova', title: 'Remarks by President Ana Covaci and Prime Minister Rui Matos of Portugal', text: two });
    expect(r3.quotes.find((q) => q.text.includes('open in May'))?.speaker?.name).toBe('THE PRIME MINISTER');
    // an office the title does not name stays the label
    const r2 = analyze({ id: 'remarks2', source: 'Presidency of Moldova', title: 'Remarks by Foreign Minister Ion Rusu on Portugal', text });
    expect(r2.quotes.find((q) => q.text.includes('talk about it'))?.speaker?.name).toBe('THE PRESIDENT');
  });
  it('is the person who holds the office the title names, in other words for the same country', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'President of Moldova Ana Covaci: Friends, good evening.\n\nI believe that the bridge over the river will open this spring. We have spoken about it many times.';
    const r = analyze({ id: 'office', source: 'Presidency of Moldova', title: 'Speech by the President of the Republic of Moldova', text });
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(r.quotes.map(() => 'Ana Covaci'));
    expect(r.quotes.length).toBeGreaterThan(0);
  });
  it('drops a tagger-only content whose speaker is an unresolved "which", "who" or "you", and nothing else', async () => {
    const { dropFillers } = await import('../src/extract/quotes/index.js');
    const ctx = ctxOf('The plan, which critics call reckless, will pass, and the mayor says the port reopens.');
    const c = (name: string, rule: string, entity?: string) => ({ a: 1, b: 3, speaker: { name, ...(entity ? { entity } : {}) }, rule, conf: 0.5 });
    const kept = dropFillers(ctx, [c('which', 'tagger'), c('you', 'tagger'), c('which', 'tag+cue-after'), c('mayor', 'tagger'), c('who', 'tagger', 'e1')]);
    expect(kept.map((x) => `${x.speaker?.name}/${x.rule}`)).toEqual(['which/tag+cue-after', 'mayor/tagger', 'who/tagger']);
  });
  it('quotes no one for an impersonal "it seems", "it is known" or "it was confirmed", but keeps "it said"', async () => {
    const { dropFillers } = await import('../src/extract/quotes/index.js');
    const cases: Array<[string, boolean]> = [
      ['It seems that the talks will go on.', false],
      ['It is known that the talks will go on.', false],
      ['It was confirmed that the talks will go on.', false],
      ['It said that the talks will go on.', true],
    ];
    for (const [text, kept] of cases) {
      const ctx = ctxOf(text);
      const cue = ctx.low.indexOf('that') - 1;
      const c = { a: cue + 2, b: ctx.low.length - 1, speaker: { name: 'It', start: 0, end: 2 }, cue: [cue, cue + 1] as [number, number], rule: 'tag+cue-after', conf: 0.5 };
      expect(dropFillers(ctx, [c]).length, text).toBe(kept ? 1 : 0);
    }
  });
  it('finds the subject of a second verb past a fronted place, a count and a verb with its particle', () => {
    expect(speakerOf('Outside the town hall in central Lisbon, about 300 fishermen gathered in two groups, waving flags and chanting "Save the harbor."')).toBe('300 fishermen');
    expect(speakerOf('Between Monday and Friday, the harbor board fired off a string of letters: "The port stays shut until the crews are paid in full."')).toBe('harbor board');
  });
  it('skips a word of time between the speaker and the cue, and reads "now called X" as a name given', () => {
    const r = analyze({ id: 'now', text: 'The port was expected to lose money after 2030. The harbor office now says the losses will arrive sooner.' });
    expect(r.quotes.find((q) => q.text.includes('losses'))?.speaker?.name).toBe('harbor office');
    const named = analyze({ id: 'called', text: 'On May 3, at the old hotel, now called Grand Vista Lisbon, the candidate boasted of his skill in cutting its price.' });
    expect(named.quotes.filter((q) => q.cue?.text === 'called')).toEqual([]);
  });
  it('stops a subject before a verb with its object and skips a phrase of time before the cue', () => {
    expect(speakerOf('In town after town, Costa lobbies for a higher wage: "No one who works full time should be poor."', 'poor')).toBe('Costa');
    expect(speakerOf('Harbor-X keeps its ledgers private but claims its freight trade doubled after 2019.', 'doubled')).toBe('Harbor-X');
    expect(speakerOf('The dockers have for years argued that the port was badly run.', 'badly')).toBe('dockers');
    expect(speakerOf('The pilots have in the past said the channel was too shallow.', 'shallow')).toBe('pilots');
  });
  it('finds the subject after an opening participle ("Asked …, X smiled and said"), and ends the question at its comma', () => {
    const r = analyze({ id: 'asked', text: "Asked on Monday whether her brother would run the port, Ana Costa smiled at the crowd and said, ''No.''" });
    expect(r.quotes.find((q) => q.text === 'No.')?.speaker?.name).toBe('Ana Costa');
    const r2 = analyze({ id: 'asked2', text: "Asked on Monday whether her brother would run the port, Ana Costa shook her head and said, ''Not this year.''" });
    const question = r2.quotes.find((q) => q.text.startsWith('whether'));
    expect(question?.text).toBe('whether her brother would run the port');
    expect(question?.speaker).toBeNull();
  });
  it('reads a noun-like cue closing a list of words as a noun, and talks as no speaker', () => {
    expect(analyze({ id: 'list', text: 'The levy comes on top of any other duties, fees, taxes, and charges applicable to such shipments.' }).quotes).toEqual([]);
    const talks = analyze({ id: 'talks', text: 'The talks were calm and frank, underscoring a shared wish for a lasting truce on the river.' });
    expect(talks.quotes.filter((q) => q.speaker?.name === 'talks')).toEqual([]);
  });
  it('reads "as … as it may seem," as no attribution, leaving the clause after it to its own cue', () => {
    const r = analyze({ id: 'seem', text: 'As odd as it may seem, Mayor Tomas Berg said the ferry plan had paid off.' });
    expect(r.quotes.map((q) => [q.text, q.speaker?.name, q.cue?.text])).toEqual([['the ferry plan had paid off', 'Tomas Berg', 'said']]);
  });
  it('gives a question to the one who asks it after an apposition, and to no one after "X, asked whether"', () => {
    const asks = analyze({ id: 'asks', text: 'Ana Ruiz, head of the Harbor Fund, asked the mayor whether he had thoughts on the ferry.' });
    expect(asks.quotes.find((q) => q.text.startsWith('whether'))?.speaker?.name).toBe('Ana Ruiz');
    const asked = analyze({ id: 'asked3', text: 'The mayor, asked whether he would run again, said he had not decided.' });
    expect(asked.quotes.find((q) => q.text.startsWith('whether'))?.speaker).toBeNull();
  });
  it('finds the subject before an aside set off by dashes', () => {
    const r = analyze({ id: 'dash', text: 'In her memoir, Costa — who kept the harbor logs for three years — argues that the ferry job was a punishment.' });
    expect(r.quotes.find((q) => q.text.includes('punishment'))?.speaker?.name).toBe('Costa');
  });
  it('gives a question or a message passed on in the passive to the one after "by"', () => {
    expect(speakerOf('Costa was asked by harbor board chair Tomas Berg whether the ferry plan would cut costs.')).toBe('Tomas Berg');
    expect(speakerOf('The pilots were told by port officials that the channel would stay shut.')).toBe('port officials');
  });
  it('gives "Of X: “…”" to the one quoted just before, not to X', () => {
    const r = analyze({ id: 'of', text: '"I do not trust the port board," Ana Ruiz says. Of Tomas Berg: "I just do not believe a word he says."' });
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
  it('reads "went on to say, “…”" as a report, and keeps "goes on" out of the speaker', () => {
    const r = analyze({ id: 'went', text: 'Costa joked that Lisbon was his choice, but went on to say, "Several towns in this country are far rougher."' });
    expect(r.quotes.find((q) => q.text.startsWith('Several towns'))?.speaker?.name).toBe('Costa');
    const letter = analyze({ id: 'goes', text: 'Her email goes on to say, "Because the crews have been paid, the pier can open next week."' });
    expect(letter.quotes[0]?.speaker?.name).toBe('Her email');
  });
  it('takes the phrase after "by" that follows a cue for an agent or a means, not the words said', async () => {
    const { dropFillers } = await import('../src/extract/quotes/index.js');
    const cases: Array<[string, string, boolean]> = [
      ['The ferry plan was first reported by the Harbor Gazette on Monday.', 'reported', false],
      ['The mayor was asked repeatedly by the council about the ferry plan.', 'asked', false],
      ['The mayor responded by closing the old ferry pier.', 'responded', false],
      ['The mayor said the ferry would run by the end of May.', 'said', true],
    ];
    for (const [text, verb, kept] of cases) {
      const ctx = ctxOf(text);
      const cue = ctx.low.indexOf(verb);
      const a = verb === 'said' ? cue + 1 : ctx.low.indexOf('by') + 1;
      const c = { a, b: ctx.low.length - 1, speaker: { name: 'The mayor', start: 0, end: 9 }, cue: [cue, cue + 1] as [number, number], rule: 'tag+cue-after', conf: 0.5 };
      expect(dropFillers(ctx, [c]).length, text).toBe(kept ? 1 : 0);
    }
  });
  it('takes "You know," and "I mean," for fillers, not attributions', async () => {
    const { analyze } = await import('../src/analyze.js');
    for (const text of ['You know, the United Kingdom is not acting alone, to state the obvious.']) {
      expect(analyze({ id: 'filler', text }).quotes).toEqual([]);
    }
  });
  it('ends a turn at a question drowned out ("Q (Cross-talk.)")', async () => {
    const { analyze } = await import('../src/analyze.js');
    const r = analyze({ id: 'crosstalk', text: 'Q Will you go to Chisinau?\n\nTHE PRESIDENT: I will go.\n\nThanks, everyone.\n\nQ (Cross-talk.)\n\nTHE PRESIDENT: Sorry, say again?' });
    expect(r.quotes.some((q) => q.text.includes('Cross-talk'))).toBe(false);
  });
});

describe('quotes: when a statement was made', () => {
  it('takes a time next to the verb or the speaker, not one dating something else in the sentence', async () => {
    const { analyze } = await import('../src/analyze.js');
    const at = (text: string) => analyze({ id: 'when', text, published: '2025-07-03' }).quotes.find((q) => q.text.includes('bridge'))?.time;
    expect(at('On Tuesday, Ana Covaci said that the bridge would reopen.')).toBe('2025-07-01');
    expect(at('The talks held in the Portuguese capital last June went well overall after many long weeks of preparation, and Ana Covaci said that the bridge would reopen.')).toBeUndefined();
  });
});

describe('quotes: possessors are not speakers', () => {
  it('gives "Putin\'s spokesman Dmitry Peskov said" to the spokesman', async () => {
    const { analyze } = await import('../src/analyze.js');
    for (const text of ["Putin's spokesman Dmitry Peskov said the Kremlin was satisfied.", "Putin's spokesman Dmitry Peskov said that the Kremlin was satisfied."]) {
      const r = analyze({ id: 'poss', text });
      expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Dmitry Peskov']);
    }
  });
});

describe('quotes: a generational suffix is part of the name before it', () => {
  it('gives a quote whose speaker phrase ends in "Jr." to the person, not to "Jr."', async () => {
    const { analyze } = await import('../src/analyze.js');
    for (const text of ['Governor Samuel T. Okafor, Jr. said the bridge would reopen in May.', 'Samuel Okafor Jr. said the bridge would reopen in May.']) {
      const r = analyze({ id: 'jr', text });
      const q = r.quotes.find((x) => x.text.includes('bridge'));
      expect(q?.speaker?.name).toMatch(/^Samuel .*Okafor/);
      expect(text.slice(q!.speaker!.start!, q!.speaker!.end!)).toMatch(/^(?:Governor )?Samuel/);
    }
  });
});

describe('quotes: quotation paragraphs under a heading that names the speaker', () => {
  it('gives a round-up’s unattributed quotation paragraphs to the person their heading names, until other text', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = [
      'Here is what you missed this weekend:',
      'Foreign Minister Ana Covaci on Radio Chisinau',
      '“The bridge will reopen in May, and the ferries will run until then.”',
      '“We have asked the builders to work through the winter.”',
      'Mayor Tomas Berg on Morning Report',
      '“The city is ready for the crowds that will come back.”',
      'The ministry published the timetable on Sunday.',
      '“Nobody expected the repairs to take this long.”',
    ].join('\n\n');
    const r = analyze({ id: 'roundup', text });
    const by = (s: string) => r.quotes.find((q) => q.text.includes(s));
    expect(by('ferries')).toMatchObject({ kind: 'direct', speaker: { name: 'Ana Covaci' }, text: 'The bridge will reopen in May, and the ferries will run until then.' });
    expect(by('through the winter')?.speaker?.name).toBe('Ana Covaci');
    expect(by('crowds')?.speaker?.name).toBe('Tomas Berg');
    // after a paragraph of other text, a quotation has no heading to take a speaker from
    expect(by('Nobody expected')?.speaker?.name).not.toBe('Tomas Berg');
  });
});

describe('unnamed sources', () => {
  const anon = (text: string) => analyze({ id: 'u', text, published: '2024-05-10' }).quotes.map((q) => [q.speaker?.name, q.speaker?.anonymous]);
  it('are marked when the phrase opens the sentence, names a place or body, or is a witness or resident', () => {
    expect(anon('Sources said the deal was close.')).toEqual([['Sources', true]]);
    expect(anon('Two U.S. officials said the strike was planned.')).toEqual([['Two U.S. officials', true]]);
    expect(anon('"It was loud," a witness said.')).toEqual([['witness', true]]);
  });
});

describe('quotes: coordinated speakers', () => {
  it('names both conjuncts of "A and B said", not the last one alone', async () => {
    const { analyze } = await import('../src/analyze.js');
    const sp = (text: string) => analyze({ id: 'coord', text }).quotes.map((q) => q.speaker?.name);
    expect(sp('Dana Whitfield and Omar Castell said in a joint letter that the pier would be rebuilt.')).toEqual(['Dana Whitfield and Omar Castell']);
    expect(sp('Dana Whitfield met Omar Castell on Monday. "We will not back down," Whitfield and Castell said after the vote.')).toEqual(['Dana Whitfield and Omar Castell']);
    expect(sp('Gov. Dana Whitfield and Mayor Omar Castell said the pier would be rebuilt.')).toEqual(['Dana Whitfield and Omar Castell']);
    expect(sp('Peter Lund and his wife, Ingrid, told reporters that they had never met the buyer.')).toEqual(['Peter Lund and Ingrid']);
    // one name with "&" or a single company is one speaker
    expect(sp('Procter & Gamble said profits rose.')).toEqual(['Procter & Gamble']);
  });
});

describe('quotes: unnamed sources described by what they know or whom they serve', () => {
  it('takes the source, not the matter or the person served, and marks it unnamed', async () => {
    const { analyze } = await import('../src/analyze.js');
    const sp = (text: string) => analyze({ id: 'anon', text }).quotes.map((q) => [q.speaker?.name, q.speaker?.anonymous === true]);
    expect(sp('The harbour will reopen in May, a person familiar with the negotiations said.')).toEqual([['person familiar with the negotiations', true]]);
    expect(sp('"No date has been set," a person familiar with the negotiations said.')).toEqual([['person familiar with the negotiations', true]]);
    expect(sp('Four people with knowledge of the talks said the mill would close.')).toEqual([['Four people with knowledge of the talks', true]]);
    expect(sp('The mill will close, according to two people briefed on the talks.')).toEqual([['two people', true]]);
    expect(sp('An aide to Senator Willa Brant said the vote would slip.')[0]).toEqual(['aide to Senator Willa Brant', true]);
    expect(sp('A spokeswoman for Omar Castell said the pier would be rebuilt.')[0]).toEqual(['spokeswoman for Omar Castell', true]);
    expect(sp('The mayor will resign, a person close to Omar Castell said.')).toEqual([['person close to Omar Castell', true]]);
    // a name after "of the victim" is the victim's
    expect(sp('The family of the miner, Jo Brandt, said they wanted answers.')[0][0]).toBe('family of the miner');
  });
});

describe('quotes: a person named with the place they are of', () => {
  const speakers = (text: string) => analyze({ id: 'of', text, published: '2024-05-01' }).quotes.map((q) => q.speaker?.name);
  it('is the person, not the place: "President Ana Rojas of Chile said", "said Prime Minister Ravi Menon of Malta"', () => {
    expect(speakers('President Ana Rojas of Chile said: “The border will stay open.”')).toEqual(['Ana Rojas']);
    expect(speakers('“The border will stay open,” said Prime Minister Ravi Menon of Malta.')).toEqual(['Ravi Menon']);
    expect(speakers('Senator Tom Ruiz of Ohio said the bill would pass.')).toEqual(['Tom Ruiz']);
    // an office of a place is still an office
    expect(speakers('The President of Chile said: “The border will stay open.”')).toEqual(['President of Chile']);
  });
});

describe('quotes: an office named as the speaker, its holder named before without the title', () => {
  it('is the person coreference took the office for', async () => {
    const { analyze } = await import('../src/analyze.js');
    const qs = analyze({ id: 'office', text: 'On Friday Vladimir Putin had a long call with Barack Obama about the harvest. The President of Russia stressed how much the grain trade mattered to both nations.', published: '2024-05-02' }).quotes;
    const q = qs.find((x) => x.text.includes('grain trade'));
    expect(q?.speaker?.name).toBe('Vladimir Putin');
  });
});

describe('quotes: a speaker that is one side of a coordinated subject', () => {
  const spk = (text: string) => {
    const ctx = makeCtx(analyzeDoc({ id: 'j', text, published: '2024-05-02' }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
    const v = ctx.low.indexOf('agreed');
    const np = npLeft(ctx, v - 1, 0)!;
    const c = cand(v + 1, ctx.low.length - 1, speakerRef(ctx, np), 'tag', 0.6, [v, v + 1]);
    jointSubjects(ctx, [c]);
    return c.speaker?.name;
  };
  it('is the whole subject', () => {
    expect(spk('Chile and the Republic of Peru agreed to reopen the border.')).toBe('Chile and Republic of Peru');
    expect(spk('Minister Ana Ruiz and her team agreed to reopen the border.')).toBe('Minister Ana Ruiz and her team');
  });
  it('is the group whose "of" names the sides', () => {
    expect(spk('The ministers of Chile and the Republic of Peru agreed to reopen the border.')).toBe('ministers');
  });
  it('leaves a side alone when the other names no one ("raise and spend money")', () => {
    expect(spk('Tariffs and the Republic of Peru agreed to reopen the border.')).toBe('Republic of Peru');
  });
});

describe('quotes: a purpose infinitive after a talk with someone', () => {
  const ctxOf2 = (text: string) => makeCtx(analyzeDoc({ id: 'p', text, published: '2024-05-02' }, STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'))));
  it('is the subject’s, not the one talked with or one who joined', () => {
    let ctx = ctxOf2('Minister Ana Ruiz spoke with Minister Tomas Varga to discuss the floods.');
    let to = ctx.low.indexOf('to');
    let v = ctx.low.indexOf('varga');
    let c = cand(to + 2, ctx.low.length - 1, speakerRef(ctx, { a: v - 1, b: v + 1, head: v }), 'tag', 0.6, [to, to + 2]);
    purposeSubjects(ctx, [c]);
    expect(c.speaker?.name).toContain('Ana Ruiz');
    ctx = ctxOf2('Minister Ana Ruiz, joined by Minister Tomas Varga, spoke today to underscore that the bridge stays open.');
    to = ctx.low.indexOf('to');
    v = ctx.low.indexOf('varga');
    c = cand(to + 2, ctx.low.length - 1, speakerRef(ctx, { a: v - 1, b: v + 1, head: v }), 'tag', 0.6);
    purposeSubjects(ctx, [c]);
    expect(c.speaker?.name).toContain('Ana Ruiz');
  });
  it('is the subject’s, not the place of the meeting', () => {
    const ctx = ctxOf2('Harbour engineers will meet in Valparaiso next week to discuss the new breakwater.');
    const to = ctx.low.indexOf('to');
    const p = ctx.low.indexOf('valparaiso');
    const c = cand(to + 2, ctx.low.length - 1, speakerRef(ctx, { a: p, b: p + 1, head: p }), 'tag', 0.6, [to, to + 2]);
    purposeSubjects(ctx, [c]);
    expect(c.speaker?.name).toBe('Harbour engineers');
  });
});

describe('quotes: an office of a country held by a well-known official', () => {
  it('gives "the President of Ukraine said" to the president the article named, though it gave no country', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'President Volodymyr Zelenskyy addressed the nation on Monday. "The border will stay closed tonight," the President of Ukraine said.';
    const r = analyze({ id: 'office2', text });
    expect(r.quotes.find((q) => q.text.includes('border'))?.speaker?.name).toBe('Volodymyr Zelenskyy');
  });
});

describe('quotes: the subject of a second verb', () => {
  const spk = (text: string) => analyze({ id: 'sv', text }).quotes.map((q) => q.speaker?.name);
  it('ends before the first verb when it is irregular ("The ministers met … and agreed")', () => {
    expect(spk('The ministers met on Monday and agreed to open the harbour in June.')).toEqual(['ministers']);
    expect(spk('The Mayors built on a year of planning and agreed to open the harbour in June.')).toEqual(['Mayors']);
  });
  it('is the pair of leaders for "the presidents of the two countries"', () => {
    expect(spk('President Ana Varga of Peru had a call with President Tomas Ruiz of Chile. The presidents of the two countries agreed that their envoys will meet in May.')).toEqual(['Ana Varga and Tomas Ruiz']);
  });
});

describe('quotes: a speaker phrase that took in a verb or a time', () => {
  it('ends before a first verb that is not right before the cue, and keeps a participle that is', () => {
    const sp = (text: string) => analyze({ id: 'v', text }).quotes.find((q) => q.cue?.text === 'said')?.speaker?.name;
    expect(sp('The appeals court ruled against the port and said the levy was void.')).toBe('appeals court');
    expect(sp('Those polled said the levy was unfair.')).toBe('Those polled');
  });
  it('takes the source before a month or a day the tagger took for the speaker', () => {
    const sp = (text: string) => analyze({ id: 't', text }).quotes[0]?.speaker?.name;
    expect(sp('Growth slowed in the spring, according to figures the harbour board released Friday.')).toBe('harbour board');
    expect(sp('A survey by the guild in March found that dockers were tired.')).toBe('guild');
  });
});

describe('quotes: a report inside a reported clause, split at the inner verb of saying', () => {
  it('runs the outer content over the inner one, whose words are the inner subject’s, relayed', () => {
    const text = 'Ruiz noted that the harbour master responded by saying that the port would open.';
    const qs = analyze({ id: 'n', text }).quotes;
    const outer = qs.find((q) => q.speaker?.name === 'Ruiz');
    expect(outer?.text).toBe('that the harbour master responded by saying that the port would open');
    const inner = qs.find((q) => q.text === 'that the port would open');
    expect(inner?.speaker?.name).toBe('harbour master');
    expect(inner?.via?.name).toBe('Ruiz');
  });
});

describe('quotes: what someone heard or learned from a source', () => {
  it('is the source’s, with "heard from" for its cue', () => {
    const q = analyze({ id: 'h', text: 'We learned from the harbour master that the port would reopen.' }).quotes[0];
    expect(q?.text).toBe('that the port would reopen');
    expect(q?.speaker?.name).toBe('harbour master');
    expect(q?.cue?.text).toBe('learned from');
  });
});

describe('quotes: a list of speakers before the cue', () => {
  it('is all its sides, with or without a serial comma; not a setting before it, nor a clause joined by ", and"', () => {
    const sp = (text: string) => analyze({ id: 'l', text }).quotes.find((q) => q.cue?.text === 'said')?.speaker?.name;
    expect(sp('Peru, Bolivia and Ecuador said they will also take forceful steps.')).toBe('Peru, Bolivia and Ecuador');
    expect(sp('Peru, Bolivia, and Ecuador said they will also take forceful steps.')).toBe('Peru, Bolivia, and Ecuador');
    expect(sp('On Friday, Peru and Ecuador said they would act.')).toBe('Peru and Ecuador');
    expect(sp('The port closed in May, and its owners said the ferry would run again.')).toBe('its owners');
  });
});

describe('quotes: a that-clause after a noun of saying and its "by" phrase', () => {
  it('is the source’s, all of a list, with the noun for its cue', () => {
    const q = analyze({ id: 'b', text: 'Chile welcomes the commitments by Peru, Bolivia, the Andean Council, and Ecuador that they will also take forceful steps.' }).quotes.find((x) => x.text.startsWith('that they'));
    expect(q?.speaker?.name).toBe('Peru, Bolivia, the Andean Council, and Ecuador');
    expect(q?.cue?.text).toBe('commitments');
  });
});
