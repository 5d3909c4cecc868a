import { describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../src/model/types.js';
import { newDoc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { countsAsEvent, eventsStage } from '../src/extract/events/index.js';
import { toGdeltRows, GDELT_COLUMNS } from '../src/extract/events/gdelt.js';
import { analyze as analyzeAll } from '../src/analyze.js';

// text + events only, so these tests exercise this layer whatever the other layers do
function analyze(a: Article): Analysis {
  const doc = newDoc(a);
  textStage.run(doc);
  eventsStage.run(doc);
  return {
    id: a.id, version: 'test', paragraphs: doc.paragraphs, sentences: doc.sentences, tokens: doc.tokens,
    entities: doc.mentions, actors: doc.entities, times: doc.times, quotes: doc.quotes, events: doc.events,
    claims: doc.claims, findings: doc.findings,
  };
}

function events(text: string) {
  return analyze({ id: 't', text, published: '2025-07-03' }).events;
}
function first(text: string) {
  const e = events(text)[0];
  return e ? { code: e.code, src: e.source?.cameo, tgt: e.target?.cameo, modality: e.modality } : undefined;
}

describe('events: codes', () => {
  it('codes a visit and the host event', () => {
    const ev = events('The Chilean foreign minister visited Argentina on Monday.');
    expect(ev.map((e) => [e.code, e.source?.cameo, e.target?.cameo])).toEqual([
      ['042', 'CHLGOV', 'ARG'],
      ['043', 'ARG', 'CHLGOV'],
    ]);
    expect(ev[0].plover).toBe('CONSULT');
  });
  it('codes aid by its kind: budget support is economic, relief humanitarian', () => {
    expect(first('Norway provided budget support to Moldova.')).toMatchObject({ code: '071', src: 'NOR', tgt: 'MDA' });
    expect(first('Japan provided 300 million dollars in direct budget support to Ukraine.')).toMatchObject({ code: '071', tgt: 'UKR' });
    expect(first('Canada is helping Haiti with humanitarian aid.')).toMatchObject({ code: '073', tgt: 'HTI' });
    expect(first('Sweden announced an additional 40 million euros in humanitarian assistance to help Sudan.')).toMatchObject({ code: '073', tgt: 'SDN' });
  });
  it('codes a ban on investment in a country as economic sanctions, not curbs on its people', () => {
    expect(first('Chile banned new investment in Peru.')).toMatchObject({ code: '163', src: 'CHL', tgt: 'PER' });
  });
  it('codes a call from the side that asked for it', () => {
    expect(first('The Chilean president had a telephone conversation with the Peruvian president on the Peruvian side\'s initiative.')).toMatchObject({ code: '041', src: 'PERGOV', tgt: 'CHLGOV' });
    expect(first('The Chilean president had a telephone conversation with the Peruvian president at the initiative of the Chilean side.')).toMatchObject({ code: '041', src: 'CHLGOV', tgt: 'PERGOV' });
    // a call of both, coded both ways, stays so
    expect(events('The presidents of Chile and Peru held a telephone conversation at Peru\'s request.').map((e) => e.source?.cameo)).toEqual(['CHLGOV', 'PERGOV']);
  });
  it('codes a phone call', () => {
    expect(first('The Polish prime minister held a telephone conversation with the German chancellor.')?.code).toBe('041');
  });
  it('reads phrase alternatives written as separate lexicon lines', () => {
    expect(first('The Latvian government stepped up security around the airport.')?.code).toBe('151');
    expect(first('Brazil extended a loan to Bolivia.')).toMatchObject({ code: '071', src: 'BRA', tgt: 'BOL' });
    expect(first('Brazil extended debt relief to Bolivia.')).toMatchObject({ code: '071', src: 'BRA', tgt: 'BOL' });
    expect(first('The army scaled down its operations in the north.')?.code).toBe('087');
  });
  it('codes military aid and its suspension', () => {
    expect(first('Canada sent weapons to Ukrainian forces last year.')).toMatchObject({ code: '072', src: 'CAN', tgt: 'UKRMIL' });
    expect(first('Germany halted weapons deliveries to Kyiv.')?.code).toBe('1622');
  });
  it('codes the intent to meet and threats through frames', () => {
    expect(first('Japan is ready to hold talks with China.')?.code).toBe('036');
    expect(first('Turkey threatened to impose sanctions on Greece.')).toMatchObject({ code: '1312', src: 'TUR', tgt: 'GRC' });
  });
  it('codes demands and appeals', () => {
    expect(first('Kenyan protesters demanded the release of the detained journalists.')?.code).toBe('1053');
    expect(first('The Mexican government urged Guatemala to release the prisoners.')).toMatchObject({ code: '0253', src: 'MEXGOV', tgt: 'GTM' });
  });
  it('codes the passive with the by-phrase as source', () => {
    expect(first('A Nigerian village was attacked by Chadian troops.')).toMatchObject({ code: '190', src: 'TCDMIL', tgt: 'NGA' });
  });
  it('expands compound subjects of reciprocal events', () => {
    const ev = events('Peru and Ecuador signed a border agreement on Friday.');
    expect(ev.map((e) => [e.code, e.source?.cameo, e.target?.cameo])).toEqual([
      ['057', 'PER', 'ECU'],
      ['057', 'ECU', 'PER'],
    ]);
  });
  it('finds nothing in a sentence without an event', () => {
    expect(events('The weather in Lisbon was mild and the markets were calm.')).toEqual([]);
  });
});

describe('events: modality', () => {
  it('marks a denied event and does not count it', () => {
    const e = first('Norway has not expelled the Russian diplomats.');
    expect(e?.modality).toBe('denied');
    expect(countsAsEvent({ modality: 'denied' })).toBe(false);
    expect(countsAsEvent({ modality: 'asserted' })).toBe(true);
  });
  it('keeps an act the article recalls from years before with its date, not counted; not one dated back from the publication', () => {
    const all = (text: string) => analyzeAll({ id: 'r', text, published: '2022-02-24' }).events;
    const old = all('In 2014, Chile imposed sanctions on Peru over the border dispute.');
    expect(old.map((e) => [e.code, e.time, e.recalled, countsAsEvent(e)])).toEqual([['163', '2014', true, false]]);
    const now = all('On Monday, Chile imposed sanctions on Peru over the border dispute.');
    expect(now.map((e) => [e.code, e.recalled, countsAsEvent(e)])).toEqual([['163', undefined, true]]);
    // (a time counted back from the publication may belong to another clause's act)
    const ago = all('Chile imposed sanctions on Peru for the raid on the dam three years ago.');
    expect(ago.filter((e) => e.recalled)).toEqual([]);
  });
  it('keeps an act told in the past and dated to a month well before the article as recalled; not a future act, nor a month that dates a noun', () => {
    const all = (text: string) => analyzeAll({ id: 'm', text, published: '2022-06-20' }).events;
    const jan = all('In January, Chile imposed sanctions on Peru over the border dispute.');
    expect(jan.map((e) => [e.code, e.time, e.recalled, countsAsEvent(e)])).toEqual([['163', '2022-01', true, false]]);
    // (within weeks of the article: reported, not recalled)
    const may = all('Chile imposed sanctions on Peru on June 3 over the border dispute.');
    expect(may.map((e) => [e.code, e.recalled])).toEqual([['163', undefined]]);
    // (the month of the summit the leaders talked about, not of their talk)
    const noun = all('The Chilean president discussed the outcomes of the January summit with the Peruvian president.');
    expect(noun.length).toBeGreaterThan(0);
    expect(noun.filter((e) => e.recalled)).toEqual([]);
  });
  it('keeps an act told in the past perfect with "earlier", "previously" or "already" as recalled, with or without a publication date', () => {
    for (const text of ['Earlier, the Chilean president had invited the Peruvian president to visit Santiago.', 'The Chilean president had previously invited the Peruvian president to visit Santiago.']) {
      const ev = analyzeAll({ id: 'pp', text }).events;
      expect(ev.map((e) => [e.code, e.recalled, countsAsEvent(e)])).toEqual([['036', true, false]]);
    }
    const now = analyzeAll({ id: 'p', text: 'The Chilean president invited the Peruvian president to visit Santiago.' }).events;
    expect(now.map((e) => [e.code, e.recalled])).toEqual([['036', undefined]]);
  });
  it('keeps a standing policy ("has always supported") and a perfect that sums up a stretch of the past ("has provided … in the last year") as recalled', () => {
    const all = (text: string) => analyzeAll({ id: 'h', text, published: '2022-06-20' }).events;
    expect(all('Chile has always supported Peru in the border dispute.').map((e) => [e.code, e.recalled])).toEqual([['051', true]]);
    expect(all('Chile has provided Peru with over 20 million dollars in humanitarian aid over the past year.').map((e) => [e.code, e.recalled])).toEqual([['071', true]]);
    expect(all('Chile has provided Peru with 20 million dollars in humanitarian assistance.').map((e) => [e.code, e.recalled])).toEqual([['071', undefined]]);
  });
  it('counts an event the article tells again once, keeping the repeat as evidence', () => {
    const ev = events('The Chilean president spoke today with the Peruvian president. Later the Chilean president also spoke with the Peruvian president about water.');
    expect(ev.map((e) => [e.code, e.source?.cameo, e.target?.cameo, e.repeats])).toEqual([
      ['040', 'CHLGOV', 'PERGOV', undefined],
      ['040', 'CHLGOV', 'PERGOV', 0],
    ]);
    expect(ev.map((e) => countsAsEvent(e))).toEqual([true, false]);
  });
  it('folds a discussion into a call between the same two, either way round, and a call into a discussion before it', () => {
    const ev = events('The Chilean president held a telephone conversation with the Peruvian president. The Peruvian president discussed fishing with the Chilean president.');
    expect(ev.map((e) => [e.code, e.source?.cameo, e.repeats])).toEqual([
      ['041', 'CHLGOV', undefined],
      ['040', 'PERGOV', 0],
    ]);
    const back = events('The Chilean president discussed fishing with the Peruvian president. Later the Chilean president held a telephone conversation with the Peruvian president.');
    expect(back.map((e) => [e.code, e.repeats])).toEqual([
      ['040', undefined],
      ['041', 0],
    ]);
  });
  it('keeps both parties of one discussion and a visit after a discussion', () => {
    const both = events('The presidents of Chile and Peru discussed fishing. The presidents of Chile and Peru also discussed water.');
    expect(both.map((e) => [e.code, e.source?.cameo, e.repeats])).toEqual([
      ['040', 'CHLGOV', undefined],
      ['040', 'PERGOV', undefined],
      ['040', 'CHLGOV', 0],
      ['040', 'PERGOV', 1],
    ]);
    const visit = events('The Chilean president discussed fishing with the Peruvian president. The Chilean president visited Peru.');
    expect(visit.map((e) => [e.code, e.repeats])).toEqual([
      ['040', undefined],
      ['042', undefined],
      ['043', undefined],
    ]);
  });
  it('counts the same act on another sector of one country, or one set earlier, as another event', () => {
    const sectors = analyzeAll({ id: 't', text: 'Chile imposed restrictions on Russia\'s military. Chile also imposed restrictions on Russia\'s banks.', published: '2025-07-03' }).events;
    expect(sectors.map((e) => [e.target?.cameo, e.repeats])).toEqual([
      ['RUSMIL', undefined],
      ['RUSBUS', undefined],
    ]);
    const earlier = analyzeAll({ id: 't', text: 'The Chilean president agreed to meet the Peruvian president in May. Earlier, the Chilean president had invited the Peruvian president to visit Santiago.', published: '2025-03-05' }).events;
    expect(earlier.map((e) => [e.code, e.repeats])).toEqual([
      ['036', undefined],
      ['036', undefined],
    ]);
  });
  it('folds an act told of a country and then of its leader into one, but keeps two people of one government apart', () => {
    const side = analyzeAll({ id: 't', text: 'Chile severed diplomatic relations with Bolivia. President Gabriel Ortiz of Chile severed diplomatic relations with Bolivia to protect its citizens.', published: '2025-07-03' }).events;
    expect(side.filter((e) => e.code === '161').map((e) => [e.source?.cameo, e.target?.cameo, e.repeats === undefined])).toEqual([
      ['CHL', 'BOL', true],
      ['CHLGOV', 'BOL', false],
    ]);
    const two = analyzeAll({ id: 't', text: 'President Gabriel Ortiz of Chile spoke with President Luis Arce of Bolivia. Foreign Minister Ana Rojas of Chile also spoke with President Luis Arce of Bolivia.', published: '2025-07-03' }).events;
    expect(two.filter((e) => e.code === '040').map((e) => [e.source?.name, e.repeats])).toEqual([
      ['Gabriel Ortiz', undefined],
      ['Ana Rojas', undefined],
    ]);
  });
  it('folds a stance said again ("reiterated") into the first one of the same kind, whatever its sub-code', () => {
    const ev = analyzeAll({ id: 't', text: 'Chile and Peru agreed to continue their joint work on the fisheries. Both sides reiterated their readiness to keep working together on the fisheries.', published: '2025-07-03' }).events;
    const counted = ev.filter((e) => countsAsEvent(e) && e.repeats === undefined).map((e) => [e.code.slice(0, 2), e.source?.cameo, e.target?.cameo]);
    expect(counted).toEqual([
      ['03', 'CHL', 'PER'],
      ['03', 'PER', 'CHL'],
    ]);
    expect(ev.filter((e) => e.repeats !== undefined).length).toBe(2);
  });
  it('folds a discussion by the leaders of two countries, or one with no one named, into their call', () => {
    const ev = analyzeAll({ id: 't', text: 'President Gabriel Ortiz of Chile held a telephone conversation with President Luis Arce of Bolivia. The leaders of Chile and Bolivia discussed the lithium trade. We also discussed the border crossings, Ortiz said.', published: '2025-07-03' }).events;
    const talks = ev.filter((e) => e.code === '040');
    expect(talks.length).toBeGreaterThanOrEqual(2);
    expect(talks.every((e) => e.repeats !== undefined)).toBe(true);
    const partner = analyzeAll({ id: 't', text: 'President Gabriel Ortiz of Chile held a telephone conversation with President Luis Arce of Bolivia. Chilean officials also held consultations with their counterparts.', published: '2025-07-03' }).events;
    expect(partner.filter((e) => e.code === '040').map((e) => e.repeats)).toEqual([undefined]);
  });
  it('folds the other way round of a meeting planned in an earlier sentence, not of one in the same sentence', () => {
    const ev = analyzeAll({ id: 't', text: 'President Gabriel Ortiz of Chile will meet President Luis Arce of Bolivia in Lima on June 16. The leaders will discuss the lithium trade.', published: '2025-06-01' }).events;
    const plans = ev.filter((e) => e.code === '036');
    expect(plans.length).toBeGreaterThanOrEqual(2);
    expect(plans.map((e) => e.repeats !== undefined)).toEqual([false, ...plans.slice(1).map(() => true)]);
    const one = analyzeAll({ id: 't', text: 'The presidents of Chile and Bolivia agreed to hold talks on the lithium trade.', published: '2025-06-01' }).events;
    expect(one.filter((e) => e.code === '036').map((e) => e.repeats)).toEqual([undefined, undefined]);
  });
  it('dates an act by its own time, not by a deadline the sentence sets ("by February 5")', () => {
    const ev = analyzeAll({ id: 't', text: 'President Gabriel Ortiz of Chile spoke today with President Luis Arce of Bolivia. They discussed a new water treaty, agreeing to have their teams finish the text by February 5.', published: '2025-01-20' }).events;
    const talks = ev.filter((e) => e.code === '040');
    expect(talks.length).toBeGreaterThan(0);
    expect(talks.map((e) => e.time)).not.toContain('2025-02-05');
  });
  it('counts the same act at another date as another event', () => {
    // (the whole pipeline: the dates are the time stage's)
    const text = 'The Chilean foreign ministry criticized Peru on Monday. In 2019 the Chilean foreign ministry criticized Peru over a border dispute. The Chilean foreign ministry criticized Peru again.';
    const ev = analyzeAll({ id: 't', text, published: '2025-07-03' }).events;
    expect(ev.map((e) => [e.code, e.time, e.repeats])).toEqual([
      ['111', '2025-06-30', undefined],
      ['111', '2019', undefined],
      ['111', undefined, 0],
    ]);
  });
  it('marks may/might as hypothetical', () => {
    expect(first('Egyptian police might arrest the opposition leaders.')?.modality).toBe('hypothetical');
  });
  it('turns "will not provide" into a rejection', () => {
    expect(first('Austria said it would not provide aid to Serbia.')?.code.slice(0, 2)).toBe('12');
  });
});

describe('events: evidence', () => {
  it('ties the event to its trigger and sentence', () => {
    const text = 'Rain fell. Indian troops shelled Pakistani positions on Monday.';
    const [e] = events(text);
    expect(e.code).toBe('194');
    expect(text.slice(e.trigger!.start, e.trigger!.end)).toBe(e.trigger!.text);
    expect(text.slice(e.start, e.end)).toBe('Indian troops shelled Pakistani positions on Monday.');
    expect(e.rule).toMatch(/^events\/verbs\.tsv:\d+/);
  });
});

describe('gdelt export', () => {
  it('writes one row of 61 columns per counted event', () => {
    const article = { id: 'a1', text: 'Cuban troops attacked Haitian rebels.', published: '2025-07-03', url: 'https://example.org/a1' };
    const rows = toGdeltRows(article, analyze(article));
    expect(GDELT_COLUMNS.length).toBe(61);
    expect(rows.length).toBe(1);
    const row = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, rows[0][i]]));
    expect(row.Day).toBe('20250703');
    expect(row.Actor1Code).toBe('CUBMIL');
    expect(row.Actor1CountryCode).toBe('CUB');
    expect(row.Actor1Type1Code).toBe('MIL');
    expect(row.Actor2Code).toBe('HTIREB');
    expect(row.EventRootCode).toBe('19');
    expect(row.QuadClass).toBe('4');
    expect(row.GoldsteinScale).toBe('-10.0'); // 190 use conventional military force
    expect(row.SOURCEURL).toBe('https://example.org/a1');
  });
});

describe('events: coverage pass (round 4)', () => {
  it('codes lifting sanctions as easing economic sanctions, criticism as 111', () => {
    expect(first('The European Union lifted sanctions on Belarus on Monday.')?.code).toBe('085');
    expect(first('The Canadian prime minister criticized Venezuela.')?.code).toBe('111');
  });
  it('lets a frame govern a noun in its object, not one a verb governs', () => {
    expect(first('Chilean students called for democratic reforms.')?.code).toBe('0244');
    expect(first('Kenyan rebels rejected an offer from Uganda of talks.')?.code).toBe('125');
    expect(events('Georgians will never give up their liberty and sovereignty.').map((e) => e.code)).not.toContain('0344');
  });
  it('codes renouncing a programme as yielding, and demanding it', () => {
    expect(first('Libya abandoned its nuclear weapons program.')?.code).toBe('080');
    expect(first('The United States demanded that Libya abandon its nuclear weapons program.')?.code).toBe('105');
  });
  it('finds the purpose of a protest further on after a cue', () => {
    expect(first('Inmates rioted at a prison in the Bolivian capital on Friday, joining hundreds of miners in the streets in demanding a referendum on the mining law.')?.code).toBe('1454');
  });
  it('makes the people of a place the target of coercion there', () => {
    const e = first('The Algerian president imposed a curfew in Algiers.');
    expect([e?.code, e?.tgt]).toEqual(['1723', 'DZACVL']);
    expect(first('Iran is conducting military exercises in Nevada.')?.tgt).toBe('USA');
  });
  it('codes an ethnic group as civilians of the country they live in', () => {
    expect(first('Georgian troops killed two ethnic Armenians in a firefight in southern Georgia.')?.tgt).toBe('GEOCVL');
    expect(first('The Albanians of southern Serbia demanded autonomy from the Serbian government.')?.src).toBe('SRBCVL');
  });
  it('falls back to a hostile pattern without a target when the longer one finds nobody', () => {
    const e = first('Chilean troops fired three shells at targets near the harbour on Sunday.');
    expect([e?.code, e?.src]).toEqual(['194', 'CHLMIL']);
    // talking verbs do not fall back: "meeting the challenge" is no meeting
    expect(events('The plan is aimed at meeting the challenge of rising prices.')).toEqual([]);
  });
  it('keeps the main act and its target over a participle of the same kind that names none', () => {
    const e = first('Chilean prisoners rioted on Friday at a jail in northern Peru, setting fire to mattresses.');
    expect([e?.code.slice(0, 2), e?.tgt]).toEqual(['14', 'PER']);
  });
  it('targets what a complaint is about rather than whom it is made to', () => {
    const e = first('Chile complained to the United Nations on Monday over two Peruvian air raids.');
    expect([e?.code, e?.src, e?.tgt]).toEqual(['114', 'CHL', 'PER']);
    expect(first('Chile complained to the United Nations on Monday.')?.tgt).toBe('IGOUNO');
  });
  it("reads 's after a name as a possessive in the subject", () => {
    expect(first("Chile's cabinet rejected the Peruvian proposal.")?.src).toBe('CHLGOV');
  });
  it('reads a short gloss in brackets as part of the name before it', () => {
    expect(first('The pro-Iranian Hizbollah group, the Party of God, announced a unilateral ceasefire late on Wednesday.')?.src).toBe('LBNREB');
  });
  it('does not give a visitor named by a role the country of the place visited', () => {
    const e = first('The foreign minister arrived in Berlin on Monday.');
    expect([e?.code, e?.src, e?.tgt]).toEqual(['042', '---GOV', 'DEU']);
  });
});

describe('codebook: Goldstein scale', () => {
  it('gives every CAMEO code a value between -10 and +10, conflict below cooperation', async () => {
    const { CODES } = await import('../src/extract/events/lexicon.js');
    for (const [code, info] of CODES) {
      expect(Number.isFinite(info.goldstein), code).toBe(true);
      expect(Math.abs(info.goldstein), code).toBeLessThanOrEqual(10);
    }
    expect(CODES.get('057')?.goldstein).toBe(8); // sign formal agreement
    expect(CODES.get('1823')?.goldstein).toBe(-10); // kill by physical assault
    // material conflict (quad 4) always weighs below material cooperation (quad 2)
    const q = (n: number) => [...CODES.values()].filter((i) => i.quad === n).map((i) => i.goldstein);
    expect(Math.max(...q(4))).toBeLessThan(Math.min(...q(2)));
  });
});
