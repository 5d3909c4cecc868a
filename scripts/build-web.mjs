// Bundles the web UI (web/src) into web/dist with esbuild.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';

const root = new URL('../web/', import.meta.url);
if (!existsSync(new URL('src/main.ts', root))) process.exit(0);
mkdirSync(new URL('dist/', root), { recursive: true });
await build({
  entryPoints: [new URL('src/main.ts', root).pathname],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  outfile: new URL('dist/app.js', root).pathname,
  logLevel: 'warning',
});
cpSync(new URL('static/', root), new URL('dist/', root), { recursive: true });
