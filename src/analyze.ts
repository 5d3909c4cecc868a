/**
 * The pipeline: `analyze(article) → Analysis`. Pure and deterministic: no I/O, no global
 * state. The stages run in the one order listed here.
 */
import type { Analysis, Article } from './model/types.js';
import { newDoc, type Doc, type Stage } from './model/doc.js';
import { textStage } from './text/stage.js';
import { entitiesStage } from './extract/entities/index.js';
import { corefStage } from './extract/coref/index.js';
import { timeStage } from './extract/time/index.js';
import { quotesStage } from './extract/quotes/index.js';
import { eventsStage } from './extract/events/index.js';
import { claimsStage } from './extract/claims/index.js';

export const PIPELINE_VERSION = '0.1.0';

/** The stages, in order. */
export const STAGES: readonly Stage[] = [
  textStage, // paragraphs, sentences, tokens
  entitiesStage, // mentions (PER/ORG/LOC/MISC) grouped into in-article entities
  corefStage, // pronouns and descriptions → entities
  timeStage, // time expressions normalized against `published`
  quotesStage, // direct, mixed and indirect quotes with speakers
  eventsStage, // CAMEO events
  claimsStage, // checkable statements
];

const LAYERS = ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities', 'times', 'quotes', 'events', 'claims', 'findings'] as const;

/**
 * Runs the stages over an article and returns the document with every layer filled. A stage that
 * fails leaves the layers as they were before it (no half-filled layer), is named in
 * `doc.errors`, and the later stages still run.
 */
export function analyzeDoc(article: Article, stages: readonly Stage[] = STAGES): Doc {
  const doc = newDoc(article);
  for (const stage of stages) {
    const before = LAYERS.map((k) => [doc[k], doc[k].length] as const);
    try {
      stage.run(doc);
    } catch (e) {
      LAYERS.forEach((k, i) => {
        const [arr, len] = before[i];
        arr.length = len;
        (doc as unknown as Record<string, unknown>)[k] = arr;
      });
      doc.errors.push({ stage: stage.name, message: e instanceof Error ? e.message : String(e) });
      if (stage.name === 'text') break; // nothing can run without tokens and sentences
    }
  }
  return doc;
}

export function analyze(article: Article, stages: readonly Stage[] = STAGES): Analysis {
  return toAnalysis(analyzeDoc(article, stages));
}

export function toAnalysis(doc: Doc): Analysis {
  return {
    id: doc.article.id,
    version: PIPELINE_VERSION,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    tokens: doc.tokens,
    entities: doc.mentions,
    actors: doc.entities,
    times: doc.times,
    quotes: doc.quotes,
    events: doc.events,
    claims: doc.claims,
    findings: doc.findings,
    ...(doc.errors.length ? { errors: doc.errors } : {}),
  };
}
