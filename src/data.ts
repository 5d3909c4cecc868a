/**
 * Data files (lexicons, model weights) live beside their code under `src/`, so a reviewer reads
 * them where they are used. Compiled code finds them from wherever it was built to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The project's root folder (the one holding readout's package.json). */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && existsSync(join(dir, 'src', 'data.ts'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('readout: cannot find the project folder (package.json with src/)');
    dir = up;
  }
}

/** Path of a data file given relative to `src/`, e.g. `extract/quotes/cues.txt`. */
export function dataPath(rel: string): string {
  return join(projectRoot(), 'src', rel);
}

export function readData(rel: string): string {
  return readFileSync(dataPath(rel), 'utf8');
}

export function readDataJson<T>(rel: string): T {
  return JSON.parse(readData(rel)) as T;
}

/** A line-based lexicon: one entry per line, `#` comments and blank lines ignored. */
export function readLexicon(rel: string): string[] {
  return readData(rel)
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** The package version. */
export function version(): string {
  return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
