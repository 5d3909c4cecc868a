/**
 * The JSON Lines form of an analysis (the output of `readout analyze`, see the eval FORMAT):
 * every per-article layer present, possibly empty.
 */
import type { Analysis, Event } from './types.js';

/** Asserted and planned events count as events; denied, hypothetical and conditional ones are kept but not counted. */
export function countsAsEvent(e: Pick<Event, 'modality'>): boolean {
  return e.modality === 'asserted' || e.modality === 'planned';
}

export interface RecordOptions {
  /** also write paragraphs, sentences and tokens */
  textLayers?: boolean;
}

export function toRecord(a: Analysis, opts: RecordOptions = {}): Record<string, unknown> {
  const rec: Record<string, unknown> = {
    id: a.id,
    // names only: pronouns and descriptions that coreference links to entities are in `coref`
    entities: a.entities.filter((m) => m.form === 'name').map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      type: m.type,
      entity: m.entity,
      form: m.form,
      ...(m.title ? { title: m.title } : {}),
      rule: m.rule,
      confidence: round(m.confidence),
    })),
    coref: a.entities
      .filter((m) => m.form !== 'name')
      .map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, form: m.form, rule: m.rule, confidence: round(m.confidence) })),
    actors: a.actors.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      ...(e.country ? { country: e.country } : {}),
      ...(e.role ? { role: e.role } : {}),
      aliases: e.aliases,
      ...(e.titles && e.titles.length ? { titles: e.titles } : {}),
      mentions: e.mentions.length,
    })),
    times: a.times.map((t) => ({ ...t, confidence: round(t.confidence) })),
    quotes: a.quotes.map((q) => ({ ...q, confidence: round(q.confidence) })),
    events: a.events.map((e) => ({ ...e, counted: countsAsEvent(e), confidence: round(e.confidence) })),
    claims: a.claims.map((c) => ({ ...c, confidence: round(c.confidence) })),
    findings: a.findings,
    ...(a.errors?.length ? { errors: a.errors } : {}),
    version: a.version,
  };
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
