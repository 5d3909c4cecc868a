/** Shared by the events tests: analyze a sentence with hand-made entities and mentions. */
import { newDoc, type Doc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { eventsStage } from '../src/extract/events/index.js';
import type { Entity, Mention } from '../src/model/types.js';

export function run(text: string, ents: Array<{ entity: Omit<Entity, 'mentions'>; spans: Array<[string, Mention['form'], number?]> }> = []): Doc {
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
export const triples = (d: Doc) => d.events.map((e) => [e.code, e.source?.cameo ?? null, e.target?.cameo ?? null]);
