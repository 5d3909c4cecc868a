/**
 * The JSON Lines form of an analysis (the output of `readout analyze`, see the eval FORMAT):
 * every per-article layer present, possibly empty.
 */
import type { Analysis, Event } from './types.js';

/**
 * Asserted and planned events count as events; denied, hypothetical and conditional ones are kept
 * but not counted, and so is a repeat of an event the article told before (one event per article,
 * as GDELT and ICEWS count them) and an act it recalls from years before (`recalled`: news of its
 * own date, not of the article's).
 */
export function countsAsEvent(e: Pick<Event, 'modality' | 'repeats' | 'recalled'>): boolean {
  return (e.modality === 'asserted' || e.modality === 'planned') && e.repeats === undefined && e.recalled !== true;
}

export interface RecordOptions {
  /** also write paragraphs, sentences and tokens */
  textLayers?: boolean;
}

export function toRecord(a: Analysis, opts: RecordOptions = {}): Record<string, unknown> {
  // names in `entities`; pronouns and descriptions that coreference links to entities in `coref`.
  // Objects are built key by key in the order of the output format (no spread of optional parts).
  const entities: Array<Record<string, unknown>> = [];
  const coref: Array<Record<string, unknown>> = [];
  for (const m of a.entities) {
    if (m.form === 'name') {
      const o: Record<string, unknown> = { start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, form: m.form };
      if (m.title) o.title = m.title;
      o.rule = m.rule;
      o.confidence = round(m.confidence);
      entities.push(o);
    } else coref.push({ start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, form: m.form, rule: m.rule, confidence: round(m.confidence) });
  }
  const actors = a.actors.map((e) => {
    const o: Record<string, unknown> = { id: e.id, name: e.name, type: e.type };
    if (e.country) o.country = e.country;
    if (e.role) o.role = e.role;
    o.aliases = e.aliases;
    if (e.titles && e.titles.length) o.titles = e.titles;
    o.mentions = e.mentions.length;
    return o;
  });
  const rec: Record<string, unknown> = {
    id: a.id,
    entities,
    coref,
    actors,
    times: a.times.map((t) => ({ ...t, confidence: round(t.confidence) })),
    quotes: a.quotes.map((q) => ({ ...q, confidence: round(q.confidence) })),
    events: a.events.map((e) => ({ ...e, counted: countsAsEvent(e), confidence: round(e.confidence) })),
    claims: a.claims.map((c) => ({ ...c, confidence: round(c.confidence) })),
    findings: a.findings,
  };
  if (a.errors?.length) rec.errors = a.errors;
  rec.version = a.version;
  if (opts.textLayers) {
    rec.paragraphs = a.paragraphs;
    rec.sentences = a.sentences;
    rec.tokens = a.tokens;
  }
  return rec;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
