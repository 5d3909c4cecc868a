#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (built by `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('readout: not built yet; run `npm run build` first\n');
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv);
