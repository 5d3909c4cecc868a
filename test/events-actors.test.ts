import { describe, expect, it } from 'vitest';
import { newDoc, type Doc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { eventsStage } from '../src/extract/events/index.js';
import type { Entity, Mention } from '../src/model/types.js';

function run(text: string, ents: Array<{ entity: Omit<Entity, 'mentions'>; spans: Array<[string, Mention['form'], number?]> }> = []): Doc {
  const doc = newDoc({ id: 't', text, published: '2025-07-03' });
  textStage.run(doc);
  for (const { entity, spans } of ents) {
    const e: Entity = { ...entity, mentions: [] };
    for (const [s, form, nth = 0] of spans) {
      let at = -1;
      for (let k = 0; k <= nth; k++) at = text.indexOf(s, at + 1);
      e.mentions.push(doc.mentions.length);
      doc.mentions.push({ start: at, end: at + s.length, text: s, type: e.type, entity: e.id, form, rule: 'test', confidence: 1 });
    }
    doc.entities.push(e);
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  eventsStage.run(doc);
  return doc;
}
const triples = (d: Doc) => d.events.map((e) => [e.code, e.source?.cameo ?? null, e.target?.cameo ?? null]);

describe('events: actors through entities and coreference', () => {
  it('gives a bare surname the country and role of its entity', () => {
    const d = run('Ivan Petrov spoke on Monday. Petrov met the Chilean foreign minister in Santiago.', [
      { entity: { id: 'e1', name: 'Ivan Petrov', type: 'PER', country: 'BGR', role: 'GOV', aliases: ['Petrov'] }, spans: [['Ivan Petrov', 'name'], ['Petrov', 'name', 1]] },
    ]);
    expect(triples(d)).toEqual([['040', 'BGRGOV', 'CHLGOV']]);
  });
  it('codes a pronoun subject through coreference', () => {
    const d = run('Ivan Petrov arrived. He accused Chile of spying.', [
      { entity: { id: 'e1', name: 'Ivan Petrov', type: 'PER', country: 'BGR', role: 'GOV', aliases: [] }, spans: [['Ivan Petrov', 'name'], ['He', 'pronoun']] },
    ]);
    expect(d.events.find((e) => e.code.startsWith('11'))?.source?.cameo).toBe('BGRGOV');
  });
  it('knows well-known figures without a title', () => {
    expect(triples(run('Obama met Putin on Monday.'))).toContainEqual(['040', 'USAGOV', 'RUSGOV']);
  });
});

describe('events: what a reader would not accept', () => {
  it('does not take the topic of a discussion as its target', () => {
    const d = run('The leaders of Peru and Chile discussed the situation in Bolivia.');
    expect(d.events.every((e) => e.target?.cameo !== 'BOL')).toBe(true);
  });
  it('does not code a verb inside the complement of a noun', () => {
    const d = run('Ecuador criticised the decision made by Peru to impose sanctions on Chile.');
    expect(d.events.some((e) => e.code.startsWith('16'))).toBe(false);
  });
  it('does not read "demonstrated that" as a protest', () => {
    expect(run('Norway and Sweden have demonstrated that cooperation works.').events.some((e) => e.code.startsWith('14'))).toBe(false);
  });
  it('does not make a government talk to its own country', () => {
    const d = run('The Peruvian government praised Peru.');
    expect(d.events.every((e) => e.target?.cameo !== 'PER')).toBe(true);
  });
});

describe('events: names and nouns are not triggers', () => {
  it('skips capitalised words inside a name', () => {
    expect(run('Zelenskyy praised the Armed Forces of Ukraine to the press.').events.some((e) => e.code.startsWith('17'))).toBe(false);
  });
  it('does not code an event noun governed by a preposition', () => {
    const d = run('Peru noted the possibility of harsh sanctions against Chile.');
    expect(d.events.some((e) => e.code.startsWith('16'))).toBe(false);
  });
  it('does not code a light verb inside a noun complement', () => {
    expect(run('Peru updated Chile on our plan to impose sanctions.').events.some((e) => e.code.startsWith('16'))).toBe(false);
  });
});
