/**
 * The Store contract: every implementation runs these same tests.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/store/store.js';
import type { Analysis, Article } from '../src/model/types.js';
import { contentHash } from '../src/ingest/records.js';

function article(id: string, text: string, published?: string, extra: Partial<Article> = {}): Article {
  return { id, text, hash: contentHash(text), published, title: `Title of ${id}`, source: 'Test Wire', ...extra };
}

/** A hand-made analysis: one speaker entity, one quote, one event. */
function analysisOf(a: Article, speaker: { name: string; alias: string }, quoteText: string): Analysis {
  const qs = a.text.indexOf(quoteText);
  const ns = a.text.indexOf(speaker.alias);
  return {
    id: a.id,
    version: 'test',
    paragraphs: [{ start: 0, end: a.text.length }],
    sentences: [{ start: 0, end: a.text.length, tokenStart: 0, tokenEnd: 0, paragraph: 0 }],
    tokens: [],
    entities: [{ start: ns, end: ns + speaker.alias.length, text: speaker.alias, type: 'PER', entity: 'e1', form: 'name', rule: 'test', confidence: 1 }],
    actors: [{ id: 'e1', name: speaker.name, type: 'PER', aliases: [speaker.alias], mentions: [0], country: 'RUS', role: 'GOV' }],
    times: [],
    quotes: [{ start: qs, end: qs + quoteText.length, text: quoteText, kind: 'direct', speaker: { name: speaker.name, entity: 'e1', start: ns, end: ns + speaker.alias.length }, rule: 'test', confidence: 1 }],
    events: [{ start: 0, end: a.text.length, code: '041', source: { name: speaker.name, entity: 'e1', cameo: 'RUSGOV' }, target: null, modality: 'asserted', rule: 'test', confidence: 1 }],
    claims: [],
    findings: [],
  };
}

/** Stores Ana Covaci's and Rui Matos's own quotes (ids PREFIX1, PREFIX2) and one of both named together (PREFIX3). */
async function putJoint(store: Store, prefix: string): Promise<void> {
  const a = article(`${prefix}1`, 'Ana Covaci spoke about the bridge.', '2024-05-01');
  await store.putArticle(a, analysisOf(a, { name: 'Ana Covaci', alias: 'Ana Covaci' }, 'the bridge'));
  const b = article(`${prefix}2`, 'Rui Matos spoke about the port.', '2024-05-01');
  await store.putArticle(b, analysisOf(b, { name: 'Rui Matos', alias: 'Rui Matos' }, 'the port'));
  await putUnlinked(store, article(`${prefix}3`, 'They agreed that the ferry should run daily.', '2024-05-02'), 'Ana Covaci and Rui Matos', 'the ferry should run daily');
}

/** Stores an article with one quote whose speaker is only a name (no entity), as the author's voice gives it. */
async function putUnlinked(store: Store, a: Article, speaker: string, quoteText: string): Promise<void> {
  const an = analysisOf(a, { name: speaker, alias: a.text.slice(0, 1) }, quoteText);
  an.actors = [];
  an.entities = [];
  an.events = [];
  an.quotes[0].speaker = { name: speaker, start: 0, end: 1 };
  await store.putArticle(a, an);
}

/**
 * `asOld`: makes the open store one written before joint speakers had their table (drops the
 * table and its migration's version), closes it and opens it again, as an upgrade would.
 */
export function storeContract(name: string, open: () => Promise<Store>, cleanup: () => Promise<void>, asOld: (store: Store) => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
      await cleanup?.();
    });

    const a1 = article('call-1', 'Vladimir Putin said: "We are ready for talks about Kyiv." The call lasted an hour.', '2025-07-03');
    const a2 = article('call-2', 'Putin told reporters the sanctions were "illegal". Kiev did not reply.', '2025-07-05');

    it('migrates twice without harm and starts empty', async () => {
      await store.migrate();
      // the check that a run can store anything writes nothing
      await store.checkWritable();
      expect(await store.stats()).toEqual({ articles: 0, quotes: 0, actors: 0, events: 0 });
    });

    it('stores an article with its analysis and gives both back', async () => {
      const r = await store.putArticle(a1, analysisOf(a1, { name: 'Vladimir Putin', alias: 'Vladimir Putin' }, 'We are ready for talks about Kyiv.'));
      expect(r.stored).toBe(true);
      const got = await store.getArticle('call-1');
      expect(got?.article.text).toBe(a1.text);
      expect(got?.article.published).toBe('2025-07-03');
      expect(got?.analysis.quotes[0].text).toBe('We are ready for talks about Kyiv.');
      expect(got?.analysis).not.toHaveProperty('tokens');
      expect(got?.actorKeys).toEqual({ e1: 'per:vladimir putin' });
      expect(got?.actorNames).toEqual({ 'per:vladimir putin': 'Vladimir Putin' });
      expect(await store.getArticle('nope')).toBeUndefined();
    });

    it('skips an article whose content is already stored and names the first copy', async () => {
      await store.putArticle(a1, analysisOf(a1, { name: 'Vladimir Putin', alias: 'Vladimir Putin' }, 'We are ready for talks about Kyiv.'));
      const copy = { ...a1, id: 'syndicated-copy', title: 'Copy' };
      const r = await store.putArticle(copy, analysisOf(copy, { name: 'Vladimir Putin', alias: 'Vladimir Putin' }, 'We are ready for talks about Kyiv.'));
      expect(r).toEqual({ stored: false, duplicateOf: 'call-1', copy: true });
      expect((await store.stats()).articles).toBe(1);
      expect(await store.hasContent(a1.hash!)).toBe('call-1');
      // the copy is recorded once, with its own source; re-ingesting the original is not a copy
      expect(await store.addCopy(copy)).toEqual({ stored: false, duplicateOf: 'call-1', copy: false });
      expect(await store.addCopy({ ...a1 })).toEqual({ stored: false, duplicateOf: 'call-1', copy: false });
      const got = await store.getArticle('call-1');
      expect(got?.copies.map((c) => [c.id, c.title])).toEqual([['syndicated-copy', 'Copy']]);
      expect(await store.addCopy(article('new', 'A text nobody stored.'))).toEqual({ stored: false });
    });

    it('refuses a different text under an id already used, and stores nothing of it', async () => {
      await store.putArticle(a1, analysisOf(a1, { name: 'Vladimir Putin', alias: 'Vladimir Putin' }, 'We are ready for talks about Kyiv.'));
      const other = article('call-1', 'Putin told reporters the sanctions were "illegal". Kiev did not reply.');
      await expect(store.putArticle(other, analysisOf(other, { name: 'Vladimir Putin', alias: 'Putin' }, 'illegal'))).rejects.toThrow(/call-1/);
      expect(await store.stats()).toMatchObject({ articles: 1, quotes: 1 });
    });

    it('lists articles newest first with layer counts', async () => {
      await store.putArticle(a1, analysisOf(a1, { name: 'Vladimir Putin', alias: 'Vladimir Putin' }, 'We are ready for talks about Kyiv.'));
      await store.putArticle(a2, analysisOf(a2, { name: 'Putin', alias: 'Putin' }, 'illegal'));
      const page = await store.listArticles({ limit: 10 });
      expect(page.total).toBe(2);
      expect(page.items.map((i) => i.id)).toEqual(['call-2', 'call-1']);
      expect(page.items[0].counts).toEqual({ quotes: 1, entities: 1, times: 0, events: 1 });
      expect((await store.listArticles({ limit: 1, offset: 1 })).items.map((i) => i.id)).toEqual(['call-1']);
    });

    it('links a bare surname in a later article to the one full name known, and filters quotes by speaker', async () => {
      await store.putArticle(a1, analysisOf(a1, { name: 'Vladimir Putin', alias: 'Vladimir Putin' }, 'We are ready for talks about Kyiv.'));
      await store.putArticle(a2, analysisOf(a2, { name: 'Putin', alias: 'Putin' }, 'illegal'));
      const actors = await store.actors({ q: 'putin' });
      expect(actors.items).toHaveLength(1);
      expect(actors.items[0]).toMatchObject({ key: 'per:vladimir putin', articles: 2, country: 'RUS', role: 'GOV' });
      const quotes = await store.quotes({ speaker: 'per:vladimir putin' });
      expect(quotes.total).toBe(2);
      expect(quotes.items[0].article.id).toBe('call-2');
      expect(quotes.items[0].context.text).toContain('sanctions');
      expect((await store.quotes({ speaker: 'Putin' })).total).toBe(2);
      expect((await store.quotes({ speaker: 'Zelenskyy' })).total).toBe(0);
      const speakers = await store.speakers();
      expect(speakers[0]).toMatchObject({ key: 'per:vladimir putin', quotes: 2, articles: 2, first: '2025-07-03', last: '2025-07-05' });
      const detail = await store.actor('per:vladimir putin');
      expect(detail?.appearances.map((a) => a.article)).toEqual(['call-1', 'call-2']);
    });

    it('files the forms of one person\'s name under one actor and keeps two people of one surname apart', async () => {
      const put = async (id: string, name: string, day: string) => {
        const a = article(id, `${name} spoke to the press about the budget on ${day}.`, `2024-05-${day}`);
        await store.putArticle(a, analysisOf(a, { name, alias: name }, 'the budget'));
      };
      await put('p1', 'Joseph R. Biden', '01');
      await put('p2', 'Joseph Biden', '02');
      await put('p3', 'Joe Biden', '03');
      await put('p4', 'Biden', '04');
      await put('p5', 'Joseph R. Biden Jr.', '05');
      let people = (await store.actors({ q: 'biden' })).items;
      expect(people).toHaveLength(1);
      expect(people[0]).toMatchObject({ key: 'per:joseph r biden', name: 'Joseph R. Biden', articles: 5 });
      expect(people[0].aliases).toEqual(expect.arrayContaining(['Joseph Biden', 'Joe Biden', 'Biden']));
      // a query by any form of the name finds the person's quotes
      expect((await store.quotes({ speaker: 'Joe Biden' })).total).toBe(5);
      expect((await store.quotes({ speaker: 'Joseph Biden' })).total).toBe(5);
      // another Biden: filed apart, and a bare "Biden" no longer says which one
      await put('p6', 'Hunter Biden', '06');
      await put('p7', 'Biden', '07');
      people = (await store.actors({ q: 'biden' })).items;
      expect(people.map((p) => p.key).sort()).toEqual(['per:biden', 'per:hunter biden', 'per:joseph r biden']);
      // middle names that disagree are two people; a name that could be either joins neither
      await put('b1', 'George W. Bush', '08');
      await put('b2', 'George H. W. Bush', '09');
      await put('b3', 'George Bush', '10');
      expect((await store.actors({ q: 'bush' })).items.map((p) => p.key).sort()).toEqual(['per:george bush', 'per:george h w bush', 'per:george w bush']);
    });

    it('files a bare surname seen before the full name under the person once the full name comes', async () => {
      const put = async (id: string, name: string, day: string) => {
        const a = article(id, `${name} met the delegation in Riyadh on ${day}.`, `2025-03-${day}`);
        await store.putArticle(a, analysisOf(a, { name, alias: name }, 'the delegation'));
      };
      await put('r1', 'Rubio', '10');
      await put('r2', 'Rubio', '11');
      await put('r3', 'Marco Rubio', '12');
      await put('r4', 'Rubio', '13');
      const people = (await store.actors({ q: 'rubio' })).items;
      expect(people).toHaveLength(1);
      expect(people[0]).toMatchObject({ key: 'per:marco rubio', name: 'Marco Rubio', articles: 4 });
      expect((await store.quotes({ speaker: 'per:marco rubio' })).total).toBe(4);
      expect((await store.getArticle('r1'))?.actorKeys).toEqual({ e1: 'per:marco rubio' });
      const events = await store.events({ actor: 'per:marco rubio' });
      expect(events.total).toBe(4);
      expect(new Set(events.items.map((e) => e.key.split('|')[1]))).toEqual(new Set(['marco rubio']));
      expect(await store.actor('per:rubio')).toBeUndefined();
    });

    it('files an unlinked speaker written as a person\'s name under the one known person it can be', async () => {
      const a = article('s1', 'Joseph R. Biden spoke about the budget on Monday.', '2024-05-01');
      await store.putArticle(a, analysisOf(a, { name: 'Joseph R. Biden', alias: 'Joseph R. Biden' }, 'the budget'));
      await putUnlinked(store, article('s2', 'I am proud of what we have done for the country, the statement reads.', '2024-05-02'), 'Joe Biden', 'proud of what we have done');
      const qs = await store.quotes({ speaker: 'per:joseph r biden' });
      expect(qs.items.map((q) => q.article.id).sort()).toEqual(['s1', 's2']);
      // a pronoun or a label in capitals is no one's name
      await putUnlinked(store, article('s3', 'We will respond, the office said.', '2024-05-03'), 'We', 'will respond');
      expect((await store.quotes({ speaker: 'per:joseph r biden' })).total).toBe(2);
      // a title before the name is no part of it
      await putUnlinked(store, article('s4', 'I signed the bill today, the president wrote.', '2024-05-04'), 'President Biden', 'signed the bill today');
      expect((await store.quotes({ speaker: 'per:joseph r biden' })).total).toBe(3);
    });

    it('counts a quote of two people named together as each one\'s', async () => {
      await putJoint(store, 'j');
      await putUnlinked(store, article('j4', 'They agreed that the road should be rebuilt.', '2024-05-03'), 'Ana Covaci and Someone Unknown', 'the road should be rebuilt');
      const of = async (key: string) => (await store.quotes({ speaker: key })).items.map((q) => q.article.id).sort();
      expect(await of('per:ana covaci')).toEqual(['j1', 'j3', 'j4']);
      expect(await of('per:rui matos')).toEqual(['j2', 'j3']);
      // the speaker list counts them too
      const list = await store.speakers();
      expect(list.find((x) => x.key === 'per:ana covaci')).toMatchObject({ quotes: 3, articles: 3 });
      expect(list.find((x) => x.key === 'per:rui matos')).toMatchObject({ quotes: 2, articles: 2 });
      // a later, fuller name of one of them keeps the joint quote
      const c = article('j5', 'Rui Alberto Matos spoke about the harbour.', '2024-05-04');
      await store.putArticle(c, analysisOf(c, { name: 'Rui Alberto Matos', alias: 'Rui Alberto Matos' }, 'the harbour'));
      const keys = (await store.actors({ q: 'matos' })).items.map((x) => x.key);
      expect(keys).toHaveLength(1);
      expect(await of(keys[0])).toEqual(['j2', 'j3', 'j5']);
    });

    it('files words relayed by an aide under the one whose words they were too', async () => {
      const a = article('v1', 'Ana Covaci spoke about the harbour.', '2024-05-01');
      await store.putArticle(a, analysisOf(a, { name: 'Ana Covaci', alias: 'Ana Covaci' }, 'the harbour'));
      const b = article('v2', 'The aide said Ana Covaci told the mayor that the port would reopen.', '2024-05-02');
      const an = analysisOf(b, { name: 'Dan Oprea', alias: 'The aide' }, 'the port would reopen');
      an.quotes[0].via = { name: 'Ana Covaci', start: 14, end: 24 };
      await store.putArticle(b, an);
      const of = async (key: string) => (await store.quotes({ speaker: key })).items.map((q) => q.article.id).sort();
      expect(await of('per:ana covaci')).toEqual(['v1', 'v2']);
      // still the aide's quote, relaying hers
      const hit = (await store.quotes({ speaker: 'per:ana covaci' })).items.find((q) => q.article.id === 'v2');
      expect(hit?.quote.speaker?.name).toBe('Dan Oprea');
      expect(hit?.quote.via?.name).toBe('Ana Covaci');
    });

    it('matches a speaker asked for by whole name or whole words of one, and filters by every key the speaker list gives', async () => {
      const put = async (id: string, name: string, q: string) => {
        const a = article(id, `${name} spoke about ${q}.`, '2024-05-01');
        await store.putArticle(a, analysisOf(a, { name, alias: name }, q));
      };
      await put('k1', 'Tom Kim', 'the bridge');
      await put('k2', 'Tom Kimball', 'the port');
      await put('k3', 'Kimberly Adams', 'the school');
      await putUnlinked(store, article('k4', 'They said the ferry should run daily.', '2024-05-02'), 'they', 'the ferry should run daily');
      await putUnlinked(store, article('k5', 'They said the tram should run daily.', '2024-05-03'), 'They', 'the tram should run daily');
      const of = async (speaker: string) => (await store.quotes({ speaker })).items.map((q) => q.article.id).sort();
      expect(await of('Tom Kim')).toEqual(['k1']);
      expect(await of('tom kim')).toEqual(['k1']);
      expect(await of('Kim')).toEqual(['k1']);
      expect(await of('Kimball')).toEqual(['k2']);
      expect(await of('Adams')).toEqual(['k3']);
      expect(await of('Kimberly')).toEqual(['k3']);
      expect(await of('Ki')).toEqual([]);
      expect(await of('name:they')).toEqual(['k4', 'k5']);
      // every speaker the list gives, filtered by its key, has as many quotes as the list says
      for (const sp of await store.speakers()) expect((await store.quotes({ speaker: sp.key })).total, sp.key).toBe(sp.quotes);
    });

    it('filters the speaker list by the words of names, the last one begun, and counts each speaker\'s every quote', async () => {
      const put = async (id: string, name: string, q: string) => {
        const a = article(id, `${name} spoke about ${q}.`, '2024-05-01');
        await store.putArticle(a, analysisOf(a, { name, alias: name }, q));
      };
      await put('f1', 'Marta Quintin', 'the harbour');
      await put('f2', 'Quintin', 'the market');
      await put('f3', 'Lina Marquez', 'the school');
      await putJoint(store, 'fj');
      const names = async (q: string) => (await store.speakers({ q })).map((sp) => `${sp.name} ${sp.quotes}`);
      // the bare surname is filed under the full name: the filter gives her two quotes, not the one under "Quintin"
      expect(await names('quintin')).toEqual(['Marta Quintin 2']);
      expect(await names('Quin')).toEqual(['Marta Quintin 2']);
      expect(await names('marta quin')).toEqual(['Marta Quintin 2']);
      // letters inside a word are no match
      expect(await names('in')).toEqual([]);
      expect(await names('arquez')).toEqual([]);
      expect(await names('mar')).toEqual(['Marta Quintin 2', 'Lina Marquez 1']);
      // a joint speaker's quote is listed under the joint name and counted under each person, and only the person the filter names is listed
      const covaci = (await store.speakers()).find((sp) => sp.key === 'per:ana covaci')!;
      const got = await store.speakers({ q: 'covaci' });
      expect(got.find((sp) => sp.key === 'per:ana covaci')).toMatchObject({ quotes: covaci.quotes, articles: covaci.articles });
      expect(got.some((sp) => sp.key === 'per:rui matos')).toBe(false);
    });

    it('files the joint quotes of a store written before joint speakers were filed, when it is opened again', async () => {
      await putJoint(store, 'o');
      store = await asOld(store);
      const of = async (key: string) => (await store.quotes({ speaker: key })).items.map((q) => q.article.id).sort();
      expect(await of('per:ana covaci')).toEqual(['o1', 'o3']);
      expect(await of('per:rui matos')).toEqual(['o2', 'o3']);
    });

    it('files a speaker named only by an office under the person who held it nearest in time', async () => {
      // two presidents of one country, years apart
      const put = async (id: string, name: string, title: string, published: string) => {
        const a = article(id, `${title} ${name} spoke with reporters about the harvest.`, published);
        const an = analysisOf(a, { name, alias: name }, 'about the harvest');
        an.actors[0].titles = [title];
        await store.putArticle(a, an);
      };
      await put('o1', 'Anton Vesk', 'President', '2015-03-01');
      await put('o2', 'Mira Sol', 'President', '2023-03-01');
      const address = (id: string, speaker: string, published: string, source: string) =>
        putUnlinked(store, article(id, `I am certain that the harvest will be good this year (${id}).`, published, { source }), speaker, 'the harvest will be good');
      // "President of the Russian Federation": the office after "of" names the country
      await address('o3', 'President of the Russian Federation', '2023-05-01', 'Test Wire');
      // a bare office in a publisher's transcript is of the publisher's country
      await address('o4', 'THE PRESIDENT', '2015-06-01', 'Kremlin');
      // another country's office, or an office nobody held near the time, is no one
      await address('o5', 'President of Portugal', '2023-05-01', 'Test Wire');
      await address('o6', 'President of Russia', '2019-03-01', 'Test Wire');
      const of = async (key: string) => (await store.quotes({ speaker: key })).items.map((q) => q.article.id).sort();
      expect(await of('per:mira sol')).toEqual(['o2', 'o3']);
      // each hit names the person the speaker is filed under
      expect((await store.quotes({ speaker: 'per:mira sol' })).items.map((h) => h.speakerActor)).toEqual(['Mira Sol', 'Mira Sol']);
      expect(await of('per:anton vesk')).toEqual(['o1', 'o4']);
      // an office stored before anyone held it is filed once someone is titled with it
      await address('o7', 'Prime Minister of Russia', '2030-01-01', 'Test Wire');
      expect(await of('per:lev orlov')).toEqual([]);
      await put('o8', 'Lev Orlov', 'Prime Minister', '2030-02-01');
      expect(await of('per:lev orlov')).toEqual(['o7', 'o8']);
      // the article gives each quote's filed speaker, for links to the person
      expect((await store.getArticle('o3'))?.speakerKeys).toEqual({ '0': 'per:mira sol' });
      expect((await store.getArticle('o5'))?.speakerKeys).toEqual({});
    });

    it('files a country\'s name tagged as a nationality or body under the country', async () => {
      const a = article('c1', 'The United States sent aid. US officials said more would follow.', '2024-06-01');
      const an = analysisOf(a, { name: 'United States', alias: 'United States' }, 'more would follow');
      an.actors = [
        { id: 'e1', name: 'United States', type: 'LOC', aliases: ['United States'], mentions: [0], country: 'USA' },
        { id: 'e2', name: 'US', type: 'MISC', aliases: ['US'], mentions: [0], country: 'USA' },
        { id: 'e3', name: 'Russian', type: 'MISC', aliases: ['Russian'], mentions: [0], country: 'RUS' },
      ];
      await store.putArticle(a, an);
      const keys = (await store.actors()).items.map((x) => x.key).sort();
      expect(keys).toEqual(['loc:us', 'misc:russian']);
    });

    it('searches with "phrases", OR and -exclusions as typed into a search box, and no syntax error on any input', async () => {
      const g1 = article('wheat-1', 'The ministers spoke about grain exports through the Black Sea.', '2024-02-01');
      const g2 = article('wheat-2', 'Exports of grain fell; the sea route through the Black Sea stayed closed.', '2024-02-02');
      const g3 = article('wheat-3', 'Talks on the Danube port and fertilizer shipments ended.', '2024-02-03');
      await store.putArticle(g1, analysisOf(g1, { name: 'Ana Covaci', alias: 'ministers' }, 'grain exports through the Black Sea'));
      await store.putArticle(g2, analysisOf(g2, { name: 'Rui Matos', alias: 'Exports' }, 'the sea route'));
      await store.putArticle(g3, analysisOf(g3, { name: 'Ana Covaci', alias: 'Talks' }, 'fertilizer shipments'));
      const ids = async (q: string): Promise<string[]> => [...new Set((await store.search(q)).filter((h) => h.kind === 'article').map((h) => h.article.id))].sort();
      expect(await ids('grain exports')).toEqual(['wheat-1', 'wheat-2']);
      expect(await ids('"grain exports"')).toEqual(['wheat-1']);
      expect(await ids('“grain exports”')).toEqual(['wheat-1']); // typographic marks too
      expect(await ids('grain -"sea route"')).toEqual(['wheat-1']);
      expect(await ids('grain -fell')).toEqual(['wheat-1']);
      expect(await ids('fertilizer OR fell')).toEqual(['wheat-2', 'wheat-3']);
      expect(await ids('Danube fertilizer OR fell')).toEqual(['wheat-3']);
      expect(await ids('-grain')).toEqual([]); // nothing required: nothing found
      for (const q of ['"unclosed phrase', 'OR', 'grain OR', '- -', 'a AND (b', 'NOT grain', '"" grain', ':* <-> !']) {
        await expect(store.search(q)).resolves.toBeInstanceOf(Array);
        await expect(store.quotes({ q })).resolves.toHaveProperty('total');
      }
      expect(await ids('"unclosed phrase grain')).toEqual([]);
      expect((await store.quotes({ q: '"black sea" -route' })).items.map((q) => q.article.id)).toEqual(['wheat-1']);
      const hit = (await store.search('"black sea" -fell')).find((h) => h.kind === 'article')!;
      expect(hit.highlights.map(([a, b]) => hit.snippet.slice(a, b).toLowerCase())).toEqual(['black sea']);
    });

    it('searches article text and quotes; unbalanced syntax finds nothing rather than failing', async () => {
      await store.putArticle(a1, analysisOf(a1, { name: 'Vladimir Putin', alias: 'Vladimir Putin' }, 'We are ready for talks about Kyiv.'));
      await store.putArticle(a2, analysisOf(a2, { name: 'Putin', alias: 'Putin' }, 'illegal'));
      const hits = await store.search('talks');
      expect(hits.some((h) => h.kind === 'article' && h.article.id === 'call-1')).toBe(true);
      expect(hits.some((h) => h.kind === 'quote' && h.article.id === 'call-1')).toBe(true);
      const h = hits.find((x) => x.kind === 'article')!;
      expect(h.snippet.slice(h.highlights[0][0], h.highlights[0][1]).toLowerCase()).toBe('talks');
      expect(await store.search('"unbalanced AND (')).toEqual([]);
      expect((await store.quotes({ q: 'illegal' })).items.map((q) => q.article.id)).toEqual(['call-2']);
    });

    it('counts the reports of one event across articles and copies, and groups them on request', async () => {
      const b1 = article('kremlin-call', 'Vladimir Putin had a telephone conversation with Donald Trump.', '2025-07-03', { source: 'Kremlin' });
      const b2 = article('wh-call', 'President Putin spoke with the President by phone, the White House said.', '2025-07-03', { source: 'White House' });
      await store.putArticle(b1, analysisOf(b1, { name: 'Vladimir Putin', alias: 'Vladimir Putin' }, 'Donald Trump'));
      await store.putArticle(b2, analysisOf(b2, { name: 'Putin', alias: 'Putin' }, 'by phone'));
      await store.putArticle({ ...b1, id: 'kremlin-call-copy', source: 'Courier' }, analysisOf(b1, { name: 'Vladimir Putin', alias: 'Vladimir Putin' }, 'Donald Trump'));
      const all = await store.events();
      expect(all.total).toBe(2);
      expect(all.items[0].key).toBe(all.items[1].key);
      expect(all.items[0].reports).toEqual({ mentions: 3, articles: 3, sources: 3 });
      // "Vladimir Putin" in one article and "Putin" in the other are one filed actor
      expect(all.items.map((h) => h.actors.source)).toEqual([
        { key: 'per:vladimir putin', name: 'Vladimir Putin' },
        { key: 'per:vladimir putin', name: 'Vladimir Putin' },
      ]);
      const grouped = await store.events({ grouped: true });
      expect(grouped.total).toBe(1);
      expect(grouped.items[0].article.id).toBe('kremlin-call');
      expect(grouped.items[0].reports).toEqual({ mentions: 3, articles: 3, sources: 3 });
    });

    it('files an event\'s actor that no entity stands for under the known person its name or office can only be', async () => {
      const a = article('u1', 'Joseph R. Biden spoke with Ana Covaci on Monday.', '2024-05-01', { source: 'White House' });
      const an = analysisOf(a, { name: 'Joseph R. Biden', alias: 'Joseph R. Biden' }, 'on Monday');
      an.actors[0].titles = ['President'];
      an.actors[0].country = 'USA';
      await store.putArticle(a, an);
      // a statement's author, named only in its title: "I spoke with …"
      const authored = async (id: string, source: string, name: string, published = '2024-05-03') => {
        const b = article(id, `Today I spoke with the leaders of our allies (${id}).`, published, { source });
        const bn = analysisOf(b, { name, alias: 'I' }, 'the leaders');
        bn.actors = [];
        bn.entities = [];
        bn.events = [{ start: 0, end: b.text.length, code: '040', source: { name, cameo: 'USAGOV' }, target: null, modality: 'asserted', rule: 'test', confidence: 1 }];
        await store.putArticle(b, bn);
      };
      await authored('u2', 'White House', 'Joe Biden');
      await authored('u3', 'White House', 'President Biden');
      await authored('u4', 'White House', 'President');
      // no one it can be: a name nobody known bears, a pronoun, an office nobody held then
      await authored('u5', 'White House', 'Maria Oduya');
      await authored('u6', 'White House', 'We');
      await authored('u7', 'White House', 'President', '2031-01-01');
      const of = async (id: string) => (await store.events()).items.find((h) => h.article.id === id)?.actors.source;
      const biden = { key: 'per:joseph r biden', name: 'Joseph R. Biden' };
      expect(await of('u2')).toEqual(biden);
      expect(await of('u3')).toEqual(biden);
      expect(await of('u4')).toEqual(biden);
      for (const id of ['u5', 'u6', 'u7']) expect(await of(id), id).toBeUndefined();
      expect((await store.events({ actor: 'per:joseph r biden' })).items.map((h) => h.article.id).sort()).toEqual(['u1', 'u2', 'u3', 'u4']);
    });

    it('finds events by actor and code', async () => {
      await store.putArticle(a1, analysisOf(a1, { name: 'Vladimir Putin', alias: 'Vladimir Putin' }, 'We are ready for talks about Kyiv.'));
      expect((await store.events({ code: '04' })).total).toBe(1);
      expect((await store.events({ actor: 'per:vladimir putin' })).items[0].event.code).toBe('041');
      expect((await store.events({ code: '19' })).total).toBe(0);
    });
  });
}
