/** `readout serve [--db FILE|URL] [--port N] [--host H]`: the JSON API and the UI. */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { parseIntOption } from './common.js';

interface Opts {
  db: string;
  port: number;
  host: string;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API and the web UI over a store')
    .option('--db <file|url>', 'SQLite database file, or a postgres:// URL', './readout.db')
    .option('-p, --port <n>', 'port (0 = any free port)', parseIntOption('--port', 0, 65535), 5178)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (opts: Opts, cmd: Command) => {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(opts.db) && !existsSync(opts.db)) throw new Error(`${opts.db}: no such database (run \`readout ingest PATH --db ${opts.db}\` first)`);
      // heavy modules load only when the command runs, so `readout --help` stays quick
      const { openStore, displayLocation } = await import('../store/open.js');
      const { buildApp } = await import('../server/app.js');
      const store = await openStore(opts.db, { forReading: true });
      if (store.readOnly) process.stderr.write(`readout serve: ${opts.db} cannot be written here: serving it read-only\n`);
      const app = await buildApp({ store });
      const close = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      let address: string;
      try {
        address = await listen(app, opts, cmd.getOptionValueSource('port') === 'default');
      } catch (e) {
        await store.close();
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EADDRINUSE') throw new Error(`port ${opts.port} on ${opts.host} is in use (try --port 0 or another port)`, { cause: e });
        throw e;
      }
      const st = await store.stats();
      process.stdout.write(`Readout: ${st.articles} articles, ${st.quotes} quotes, ${st.actors} actors in ${displayLocation(opts.db)}\nReadout UI at ${address.replace('[::1]', 'localhost')}\n`);
    });
}

/** Listens on the port asked for; when that is only the default and it is taken, on a free one. */
async function listen(app: import('fastify').FastifyInstance, opts: Opts, portIsDefault: boolean): Promise<string> {
  try {
    return await app.listen({ port: opts.port, host: opts.host });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !portIsDefault) throw e;
    process.stderr.write(`readout serve: port ${opts.port} is in use; using a free port instead\n`);
    return app.listen({ port: 0, host: opts.host });
  }
}
