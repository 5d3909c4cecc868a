/**
 * PostgreSQL for tests: the server named by READOUT_TEST_PG (default: the machine's, database
 * `test`), a fresh schema per test, dropped afterwards. When no server answers, `pgReachable`
 * is false and the PostgreSQL tests skip with a message.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';

export const PG_URL = process.env.READOUT_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';

async function probe(): Promise<string | undefined> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await c.end().catch(() => {});
  }
}

const problem = await probe();
export const pgReachable = problem === undefined;
if (problem !== undefined) {
  process.stderr.write(`PostgreSQL tests SKIPPED: no server at ${PG_URL.replace(/:[^:@/]*@/, ':***@')} (${problem}); set READOUT_TEST_PG to run them\n`);
}

/** Creates a uniquely named schema; returns a URL whose connections use it, and a function that drops it. */
export async function freshSchema(prefix = 'readout_test'): Promise<{ url: string; schema: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE SCHEMA ${schema}`);
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return { url: u.toString(), schema, drop: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}
