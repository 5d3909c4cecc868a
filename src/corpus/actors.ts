/**
 * Actors across the corpus: one key per real person or body, whatever spelling or form of the
 * name an article uses. Keys are `type:normalized name`; spelling variants come from
 * `variants.tsv` beside this file.
 */
import { readData } from '../data.js';
import type { Entity } from '../model/types.js';

const VARIANT: Map<string, string> = loadVariants();

function loadVariants(): Map<string, string> {
  const map = new Map<string, string>();
  for (const raw of readData('corpus/variants.tsv').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const forms = line.split('\t').map((f) => f.trim()).filter(Boolean);
    for (const f of forms) map.set(f, forms[0]);
  }
  return map;
}

/** Lower case, accents and punctuation removed, possessive dropped, spelling variants unified. */
export function normalizeName(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}\s.&-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const whole = VARIANT.get(s) ?? VARIANT.get(s.replace(/\./g, ''));
  if (whole) return whole;
  s = s.replace(/\./g, '');
  const words = s.split(' ');
  // word by word, but a first-name variant (vladimir → volodymyr) only applies before a listed surname
  const last = words[words.length - 1];
  const lastIsListed = VARIANT.has(last);
  return words
    .map((w, i) => {
      const v = VARIANT.get(w);
      if (!v) return w;
      if (i < words.length - 1 && !lastIsListed) return w;
      return v;
    })
    .join(' ');
}

export function actorKey(type: string, name: string): string {
  return `${type.toLowerCase()}:${normalizeName(name)}`;
}

export function entityKey(e: Entity): string {
  return actorKey(e.type, e.name);
}
