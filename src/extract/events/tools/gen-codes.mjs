#!/usr/bin/env node
// Build-time helper: writes src/extract/events/codes.json (CAMEO event code → name, root,
// quad class, PLOVER category) from a CAMEO codebook JSON. The code numbers, their names and the
// PLOVER mapping are facts of the CAMEO/PLOVER standards; nothing else is carried over.
//   node src/extract/events/tools/gen-codes.mjs /work/shared/eval/events/cameo-codes.json
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const src = process.argv[2];
if (!src) throw new Error('usage: gen-codes.mjs CODEBOOK.json');
const book = JSON.parse(fs.readFileSync(src, 'utf8'));
const out = {};
for (const [code, v] of Object.entries(book.eventCodes)) {
  let plover = v.plover?.category ?? null;
  if (!plover && code.startsWith('02')) plover = 'REQUEST';
  if (!plover && code.startsWith('195')) plover = 'ASSAULT';
  out[code] = { name: v.name, root: v.root, quad: v.quadClass, ...(plover ? { plover } : {}) };
}
const here = path.dirname(fileURLToPath(import.meta.url));
const lines = Object.entries(out).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
fs.writeFileSync(path.join(here, '..', 'codes.json'), '{\n' + lines.join(',\n') + '\n}\n');
console.log(`wrote ${lines.length} codes`);
