/**
 * A small store for the web tests: two articles with hand-made analyses (one with hostile text
 * that must show as text), built over the real text stage for paragraphs and sentences.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { newDoc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { contentHash } from '../src/ingest/records.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import type { Analysis, Article, EntityType, Mention } from '../src/model/types.js';

export const HOSTILE_TEXT =
  'Prime Minister Anna Berg said: "Oslo will not pay <script>window.__xss=1</script> for this." ' +
  'The ministry posted <img src=x onerror="window.__xss=2"> on Monday.\n\n' +
  'Berg added that talks would resume in Oslo.';

export const CALM_TEXT = 'Lars Dahl, the finance minister, told reporters: "The budget is balanced." He spoke in Bergen on Tuesday.';

export function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return { start, end: start + needle.length };
}

function mention(text: string, needle: string, type: EntityType, entity: string, from = 0): Mention {
  return { ...at(text, needle, from), text: needle, type, entity, form: 'name', rule: 'test', confidence: 1 };
}

/** Paragraphs, sentences and tokens from the real text stage; every other layer empty (filled by hand). */
function base(a: Article): Analysis {
  const doc = newDoc(a);
  textStage.run(doc);
  return { id: a.id, version: 'test', paragraphs: doc.paragraphs, sentences: doc.sentences, tokens: doc.tokens, entities: [], actors: [], times: [], quotes: [], events: [], claims: [], findings: [] };
}

export const hostile: Article = {
  id: 'hostile-1',
  text: HOSTILE_TEXT,
  hash: contentHash(HOSTILE_TEXT),
  title: 'Berg <b>refuses</b> <img src=x onerror=alert(1)>',
  source: 'Test <Wire>',
  url: 'javascript:alert(1)',
  published: '2025-07-03',
};

export const calm: Article = {
  id: 'calm-1',
  text: CALM_TEXT,
  hash: contentHash(CALM_TEXT),
  title: 'Dahl says the budget is balanced',
  source: 'Test Wire',
  url: 'https://example.org/dahl',
  published: '2025-07-08',
};

export function hostileAnalysis(): Analysis {
  const t = HOSTILE_TEXT;
  const an = base(hostile);
  const quoteText = 'Oslo will not pay <script>window.__xss=1</script> for this.';
  an.entities = [
    mention(t, 'Anna Berg', 'PER', 'e1'),
    mention(t, 'Oslo', 'LOC', 'e2'), // inside the quote: nested spans
    mention(t, 'Berg', 'PER', 'e1', t.indexOf('Berg added')),
    mention(t, 'Oslo', 'LOC', 'e2', t.indexOf('in Oslo')),
  ];
  an.entities[0].title = { ...at(t, 'Prime Minister'), text: 'Prime Minister' };
  an.actors = [
    { id: 'e1', name: 'Anna Berg', type: 'PER', country: 'NOR', role: 'GOV', aliases: ['Berg'], titles: ['Prime Minister'], mentions: [0, 2] },
    { id: 'e2', name: 'Oslo', type: 'LOC', country: 'NOR', aliases: [], mentions: [1, 3] },
  ];
  an.times = [{ ...at(t, 'on Monday'), text: 'on Monday', type: 'DATE', value: '2025-06-30', rule: 'test', confidence: 1 }];
  an.quotes = [
    {
      ...at(t, quoteText),
      text: quoteText,
      kind: 'direct',
      speaker: { name: 'Anna Berg', entity: 'e1', ...at(t, 'Anna Berg') },
      cue: { ...at(t, 'said'), text: 'said' },
      time: '2025-07-03',
      rule: 'test',
      confidence: 1,
    },
    {
      ...at(t, 'talks would resume in Oslo'),
      text: 'talks would resume in Oslo',
      kind: 'indirect',
      speaker: { name: 'Anna Berg', entity: 'e1', ...at(t, 'Berg', t.indexOf('Berg added')) },
      cue: { ...at(t, 'added'), text: 'added' },
      rule: 'test',
      confidence: 1,
    },
  ];
  an.events = [
    {
      ...at(t, 'talks would resume'),
      code: '036',
      source: { name: 'Anna Berg', entity: 'e1', cameo: 'NORGOV' },
      target: { name: 'Oslo', entity: 'e2' },
      trigger: { ...at(t, 'resume'), text: 'resume' },
      modality: 'planned',
      quote: 1,
      rule: 'test',
      confidence: 1,
    },
  ];
  return an;
}

export function calmAnalysis(): Analysis {
  const t = CALM_TEXT;
  const an = base(calm);
  an.entities = [mention(t, 'Lars Dahl', 'PER', 'e1'), mention(t, 'Bergen', 'LOC', 'e2')];
  an.actors = [
    { id: 'e1', name: 'Lars Dahl', type: 'PER', country: 'NOR', role: 'GOV', aliases: [], titles: ['the finance minister'], mentions: [0] },
    { id: 'e2', name: 'Bergen', type: 'LOC', aliases: [], mentions: [1] },
  ];
  an.times = [{ ...at(t, 'on Tuesday'), text: 'on Tuesday', type: 'DATE', value: '2025-07-08', rule: 'test', confidence: 1 }];
  an.quotes = [
    {
      ...at(t, 'The budget is balanced.'),
      text: 'The budget is balanced.',
      kind: 'direct',
      speaker: { name: 'Lars Dahl', entity: 'e1', ...at(t, 'Lars Dahl') },
      cue: { ...at(t, 'told reporters'), text: 'told reporters' },
      rule: 'test',
      confidence: 1,
    },
  ];
  return an;
}

/** A temporary SQLite store holding both articles; `cleanup` closes and removes it. */
export async function fixtureStore(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-web-'));
  const store = await openStore(join(dir, 'web.db'));
  await store.putArticle(hostile, hostileAnalysis());
  await store.putArticle(calm, calmAnalysis());
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Bundles the UI into web/dist (esbuild, well under a second). */
export function buildWeb(): void {
  execFileSync(process.execPath, ['scripts/build-web.mjs'], { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' });
}
