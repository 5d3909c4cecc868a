/**
 * The CLI end to end (built code, as a user runs it): bad input gets one clear line naming the
 * file and line, the rest is still processed, nothing half-written is stored, exit status 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';

const BIN = join(import.meta.dirname, '..', 'bin', 'readout.js');
let dir: string;

function readout(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const GOOD = (id: string, text = 'Vladimir Putin said on Thursday that talks would go on.') => JSON.stringify({ id, text, published: '2025-07-04' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readout analyze', () => {
  it('writes one record per article with every layer, in input order', () => {
    const f = file('ok.jsonl', [GOOD('a'), GOOD('b', 'Second story.'), ''].join('\n'));
    const r = readout(['analyze', '-w', '0', f]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    for (const k of ['entities', 'coref', 'actors', 'times', 'quotes', 'events', 'claims', 'findings']) expect(Array.isArray(lines[0][k])).toBe(true);
  });

  it('reads stdin and keeps order on worker threads', () => {
    const input = Array.from({ length: 30 }, (_, i) => GOOD(`n${i}`)).join('\n');
    const r = readout(['analyze', '-w', '2'], input);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(Array.from({ length: 30 }, (_, i) => `n${i}`));
  });

  it('names the file and line of a line that is not JSON and goes on', () => {
    const f = file('notjson.jsonl', [GOOD('a'), '{"id": "b", "text": ', GOOD('c')].join('\n'));
    const r = readout(['analyze', '-w', '0', f]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`readout analyze: ${f}:2: not valid JSON`));
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('rejects a record without text', () => {
    const f = file('notext.jsonl', [JSON.stringify({ id: 'x', title: 'no body' }), JSON.stringify({ id: 'y', text: '   ' }), GOOD('z')].join('\n'));
    const r = readout(['analyze', '-w', '0', f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${f}:1: record has no "text"`);
    expect(r.err).toContain(`${f}:2: "text" is empty`);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['z']);
  });

  it('reports invalid UTF-8 with its line', () => {
    const bad = Buffer.concat([Buffer.from(GOOD('a') + '\n{"id":"b","text":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n' + GOOD('c') + '\n')]);
    const f = file('latin.jsonl', bad);
    const r = readout(['analyze', '-w', '0', f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${f}:2: invalid UTF-8`);
    expect(r.out.trim().split('\n')).toHaveLength(2);
  });

  it('reports binary data, an empty file and a missing file, and still analyzes the good one', () => {
    const bin = file('blob.jsonl', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x0a]));
    const empty = file('empty.jsonl', '');
    const good = file('good.jsonl', GOOD('g'));
    const r = readout(['analyze', '-w', '0', bin, empty, join(dir, 'missing.jsonl'), good]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bin}:1: binary data`);
    expect(r.err).toContain(`${empty}: empty file`);
    expect(r.err).toContain('missing.jsonl: no such file');
    expect(JSON.parse(r.out.trim()).id).toBe('g');
  });

  it('reports a binary file once, not once for each of its "lines", and a URL as a URL', () => {
    // 40 "lines" of binary data, as an archive or a PDF named .jsonl has
    const blob = Buffer.concat(Array.from({ length: 40 }, (_, i) => Buffer.from([0x50, 0x4b, 0x03, 0x04, i, 0x00, 0xff, 0x0a])));
    const bin = file('archive.jsonl', blob);
    const good = file('after-archive.jsonl', GOOD('g2'));
    for (const cmd of [['analyze', '-w', '0', bin, 'https://example.org/wire.jsonl', good], ['ingest', '-w', '0', bin, 'https://example.org/wire.jsonl', good, '--db', join(dir, 'blob.db')]]) {
      const r = readout(cmd);
      expect(r.code).toBe(1);
      const lines = r.err.trim().split('\n').filter((l) => !/stored,/.test(l));
      // before: 40 lines of "binary data (NUL bytes), not text", and "https://example.org/wire.jsonl: no such file (or folder)"
      expect(lines).toEqual([
        `readout ${cmd[0]}: ${bin}:1: binary data (NUL bytes) in the first line: not a text file (nothing more read from it)`,
        `readout ${cmd[0]}: https://example.org/wire.jsonl: is a URL: Readout reads files and folders (save the page or feed first, e.g. curl -o page.html URL)`,
      ]);
    }
    expect(readout(['ingest', '-w', '0', bin, good, '--db', join(dir, 'blob2.db')]).err).toMatch(/1 stored, 0 already stored, 1 failed/);
  });

  it('skips a 100 MB line without holding it, and goes on', () => {
    const p = join(dir, 'huge.jsonl');
    const fd = openSync(p, 'w');
    writeSync(fd, GOOD('before') + '\n{"id":"huge","text":"');
    const chunk = Buffer.alloc(1 << 20, 'a');
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    writeSync(fd, '"}\n' + GOOD('after') + '\n');
    closeSync(fd);
    const r = readout(['analyze', '-w', '0', p]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`${p}:2: line is 100\\.0 MiB, over the 32 MiB limit`));
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['before', 'after']);
  });
});

describe('readout ingest', () => {
  const count = (db: string, table: string) => {
    const d = new Database(db, { readonly: true });
    const n = (d.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    d.close();
    return n;
  };

  it('reads gzipped JSON Lines (.jsonl.gz), and names one that is not gzip', () => {
    const db = join(dir, 'gz.db');
    const gz = file('wire.jsonl.gz', gzipSync([GOOD('gz1', 'Port director Aino Kell said the cranes would be replaced.'), GOOD('gz2', 'Port director Aino Kell said the quay would be widened.')].join('\n') + '\n'));
    const fake = file('fake.jsonl.gz', GOOD('gz3'));
    const r = readout(['ingest', '-w', '0', gz, fake, '--db', db]);
    // before: both refused as 'unknown file type ".gz"'
    expect(r.code).toBe(1);
    expect(r.err).toContain(`readout ingest: ${fake}: cannot read: incorrect header check`);
    expect(r.err).toMatch(/2 stored, 0 already stored, 1 failed/);
    expect(count(db, 'articles')).toBe(2);
    // analyze reads them the same way (before: "binary data (NUL bytes) in the first line")
    const a = readout(['analyze', '-w', '0', gz]);
    expect(a.code).toBe(0);
    expect(a.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['gz1', 'gz2']);
    const b = readout(['analyze', '-w', '0', fake]);
    expect(b.err).toContain(`${fake}: cannot read: incorrect header check`);
  });

  it('stores good articles, reports each bad input by name, stores nothing of the bad ones, exits 1', () => {
    const db = join(dir, 'mixed.db');
    const folder = join(dir, 'inbox');
    rmSync(folder, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', folder]);
    writeFileSync(join(folder, 'a.jsonl'), [GOOD('a1'), 'oops', GOOD('a2', 'Another story about Kyiv.')].join('\n'));
    writeFileSync(join(folder, 'story.txt'), 'A plain headline\n\nThe minister said the talks ended.');
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0]));
    writeFileSync(join(folder, 'nav.html'), '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>');
    writeFileSync(join(folder, 'page.html.gz'), gzipSync('<html><head><title>Talks resume</title></head><body><nav>Home | World</nav><article><h1>Talks resume</h1>' + '<p>Negotiators from both sides met again in Istanbul on Monday, officials said, and agreed to continue the discussions next week.</p>'.repeat(4) + '</article><footer>Copyright</footer></body></html>'));
    const r = readout(['ingest', folder, '--db', db, '-w', '0']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(folder, 'a.jsonl')}:2: not valid JSON`);
    expect(r.err).toContain(`${join(folder, 'empty.txt')}: empty file`);
    expect(r.err).toContain(`${join(folder, 'binary.txt')}: binary data`);
    expect(r.err).toMatch(new RegExp(`${join(folder, 'nav.html')}: .*no article`));
    expect(r.err).toMatch(/4 stored, 0 already stored, 4 failed/);
    expect(count(db, 'articles')).toBe(4);
    // the second run stores nothing new and counts the copies
    const again = readout(['ingest', join(folder, 'a.jsonl'), join(folder, 'story.txt'), '--db', db, '-w', '0']);
    expect(again.err).toMatch(/0 stored, 3 already stored, 1 failed/);
    expect(count(db, 'articles')).toBe(4);
  });

  it('reports a JSON Lines file it cannot open as one error line and stores the readable one', () => {
    const db = join(dir, 'locked.db');
    const good = file('readable.jsonl', [GOOD('r1'), GOOD('r2', 'Another story about Kyiv.')].join('\n'));
    const locked = file('locked.jsonl', GOOD('l1'));
    chmodSync(locked, 0o000);
    // as root, permissions do not stop reading: the same refusal, from the file system, for that one path
    const deny = file('deny.mjs', `import fs from 'node:fs';
      const open = fs.open;
      fs.open = (p, ...rest) => String(p).endsWith('locked.jsonl')
        ? process.nextTick(() => rest[rest.length - 1](Object.assign(new Error("EACCES: permission denied, open '" + p + "'"), { code: 'EACCES' })))
        : open(p, ...rest);`);
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(deny).href, BIN, 'ingest', good, locked, '--db', db, '-w', '0'], { encoding: 'utf8' });
    chmodSync(locked, 0o644);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`readout ingest: ${locked}: cannot read: EACCES: permission denied`);
    expect(r.stderr).toMatch(/2 stored, 0 already stored, 1 failed/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(count(db, 'articles')).toBe(2);
  });

  it.skipIf(!existsSync('/usr/bin/script') || !existsSync('/usr/bin/timeout'))('on Ctrl-C in a terminal gives the cursor and line wrap back and says how many were stored', () => {
    const db = join(dir, 'interrupted.db');
    const lines = Array.from({ length: 20000 }, (_, i) => GOOD(`s${i}`, `Minister Anna Berg said on Monday that talks number ${i} would go on in Oslo.`));
    const input = file('many.jsonl', lines.join('\n'));
    // a terminal (script's pty), and Ctrl-C's signal after a few seconds
    const cmd = `timeout --foreground -s INT 6 ${process.execPath} ${BIN} ingest ${input} --db ${db} -w 0`;
    const r = spawnSync('/usr/bin/script', ['-qfec', cmd, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    const out = r.stdout;
    expect(out).toContain('\x1b[?25l'); // the bar hid the cursor …
    const summary = /readout ingest: interrupted: (\d+) stored, /.exec(out);
    expect(summary, out.slice(-400)).not.toBeNull();
    const end = out.slice(out.lastIndexOf('\x1b[?25l'));
    expect(end).toContain('\x1b[?25h'); // … and showed it again
    expect(end).toContain('\x1b[?7h'); // line wrap back on
    expect(count(db, 'articles')).toBe(Number(summary![1]));
    expect(Number(summary![1])).toBeLessThan(lines.length);
  });

  it('refuses a 100 MB text file by name', () => {
    const p = join(dir, 'big.txt');
    const fd = openSync(p, 'w');
    const chunk = Buffer.alloc(1 << 20, 'word ');
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    closeSync(fd);
    const r = readout(['ingest', p, '--db', join(dir, 'big.db'), '-w', '0']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${p}: file is 100.0 MiB, over the 64 MiB limit`);
  });

  it('stores an RSS feed item by item', () => {
    const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Wire</title>
      <item><title>One</title><link>https://example.org/1</link><pubDate>Thu, 03 Jul 2025 10:00:00 GMT</pubDate><guid>1</guid>
      <content:encoded><![CDATA[<p>The first story &amp; its text.</p><p>Second paragraph.</p>]]></content:encoded></item>
      <item><title>Two</title><link>https://example.org/2</link><guid>2</guid><description>Only a description here.</description></item>
      <item><title>Empty</title><guid>3</guid></item></channel></rss>`;
    const p = file('feed.rss', feed);
    const db = join(dir, 'feed.db');
    const r = readout(['ingest', p, '--db', db, '-w', '0']);
    expect(r.err).toContain(`${p}: item 3: item has no text`);
    const d = new Database(db, { readonly: true });
    const rows = d.prepare('SELECT title, text, published, source FROM articles ORDER BY title').all() as Array<Record<string, string>>;
    d.close();
    expect(rows.map((x) => x.title)).toEqual(['One', 'Two']);
    expect(rows[0].text).toBe('The first story & its text.\n\nSecond paragraph.');
    expect(rows[0].published).toBe('2025-07-03T10:00:00Z');
    expect(rows[0].source).toBe('Test Wire');
  });
});

describe('how far ingest has read', () => {
  it('counts the bytes of input behind each article, up to the files\' sizes, bad lines included', async () => {
    const { readSources, inputBytes } = await import('../src/ingest/readers.js');
    writeFileSync(join(dir, 'progress-a.jsonl'), `${GOOD('p1')}\n{not json\n\n${GOOD('p2', 'Émile Zola wrote a letter.')}\n`);
    writeFileSync(join(dir, 'progress-b.txt'), 'A short note about the port of Gdańsk.');
    const paths = [join(dir, 'progress-a.jsonl'), join(dir, 'progress-b.txt')];
    const read = { bytes: 0 };
    const seen: number[] = [];
    for await (const item of readSources(paths, read)) if ('article' in item) seen.push(read.bytes);
    const total = inputBytes(paths);
    expect(read.bytes).toBe(total);
    expect(seen).toHaveLength(3);
    expect(seen[0]).toBe(Buffer.byteLength(GOOD('p1')) + 1);
    expect(seen[0] < seen[1] && seen[1] < seen[2]).toBe(true);
  });
});

describe('readout quotes and --help', () => {
  it('every command has --help, and --version prints the version', () => {
    for (const c of ['analyze', 'extract', 'ingest', 'serve', 'quotes']) {
      const r = readout([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: readout ${c}`);
    }
    expect(readout(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("every command's --help says --db takes a SQLite file or a postgres:// URL", () => {
    for (const c of ['ingest', 'serve', 'quotes', 'export']) {
      const flat = readout([c, '--help']).out.replace(/\s+/g, ' ');
      const db = /--db <([^>]+)> (.*?)(?= -[a-zA-Z-]|$)/.exec(flat);
      expect(db, c).not.toBeNull();
      expect(db![1], c).toMatch(/url/i);
      expect(db![2], c).toMatch(/SQLite/);
      expect(db![2], c).toMatch(/postgres:\/\//);
    }
  });

  it('prints a quote split by its attribution as its pieces, without the attribution', () => {
    const p = file('split.txt', 'Harbour talks stall\n\n"We will not sign this week," Mayor Ilse Vahl said on Tuesday. "The dredging plan still has gaps."\n');
    const db = join(dir, 'split.db');
    expect(readout(['ingest', p, '--db', db, '-w', '0']).code).toBe(0);
    const r = readout(['quotes', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('“We will not sign this week, … The dredging plan still has gaps.”');
    expect(r.out).not.toContain('Vahl said on Tuesday. "The');
  });

  it('refuses an empty --speaker or --q instead of listing every quote', () => {
    const db = join(dir, 'split.db');
    for (const opt of ['--speaker', '--q']) {
      const r = readout(['quotes', '--db', db, opt, ' ']);
      // before: every quote, as if they were the answer
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err.trim()).toMatch(new RegExp(`^readout: ${opt} is empty \\(`));
    }
  });

  it('says clearly when the database does not exist', () => {
    const r = readout(['quotes', '--db', join(dir, 'nope.db')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nope\.db: no such database/);
  });
});

describe('readout ingest into a store it cannot write', () => {
  it('says once, naming the database, when another writer holds it locked, and analyzes nothing', () => {
    const db = join(dir, 'locked.db');
    expect(readout(['ingest', '-q', '-w', '0', file('first.jsonl', GOOD('first')), '--db', db]).code).toBe(0);
    const input = file('three.jsonl', [GOOD('l1', 'Mayor Ines Varga said the tram would run.'), GOOD('l2', 'Mayor Ines Varga said the bus would run.'), GOOD('l3', 'Mayor Ines Varga said the ferry would run.')].join('\n'));
    // another Readout writing to it (in WAL mode, as Readout keeps a store while it has it open)
    const holder = new Database(db);
    holder.pragma('journal_mode = WAL');
    holder.exec('BEGIN EXCLUSIVE');
    let r: ReturnType<typeof readout>;
    try {
      r = readout(['ingest', '-w', '0', input, '--db', db]);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(r.code).toBe(1);
    // before: "readout: database is locked", naming no database
    expect(r.err.trim().split('\n')).toEqual([`readout: ${db}: cannot write to the database: database is locked`]);
  });

  it("refuses another program's SQLite database instead of adding Readout's tables to it", () => {
    const db = join(dir, 'bookmarks.sqlite');
    const other = new Database(db);
    other.pragma('journal_mode = WAL');
    other.exec("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org/')");
    other.close();
    const header = readFileSync(db).subarray(0, 100);
    for (const args of [['ingest', '-q', '-w', '0', file('three-more.jsonl', GOOD('t1')), '--db', db], ['quotes', '--db', db], ['export', '--db', db]]) {
      const r = readout(args);
      expect(r.code, args[0]).toBe(1);
      // before: Readout's tables were created in it (and ingest stored the article there)
      expect(r.err.trim(), args[0]).toBe(`readout: ${db}: cannot open the database: not a Readout database: it holds other tables (bookmarks); give a new file or a database Readout made`);
    }
    const d = new Database(db, { readonly: true });
    const tables = (d.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    d.close();
    expect(tables).toEqual(['bookmarks']);
    // and the file itself is left as it was (its journal mode too: header bytes 18 and 19)
    expect(readFileSync(db).subarray(0, 100).equals(header)).toBe(true);
  });

  it('names the database a file that is not one', () => {
    const db = file('notes.db', 'these are my notes, not a database\n');
    const r = readout(['ingest', '-q', '-w', '0', file('one.jsonl', GOOD('one')), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(`readout: ${db}: cannot open the database: file is not a database`);
  });

  it('names the database in a folder that does not exist', () => {
    const db = join(dir, 'no-such-folder', 'x.db');
    const r = readout(['ingest', '-q', '-w', '0', file('two.jsonl', GOOD('two')), '--db', db]);
    expect(r.code).toBe(1);
    // before: "Cannot open database because the directory does not exist"
    expect(r.err.trim()).toBe(`readout: ${db}: cannot open the database: no such folder ${join(dir, 'no-such-folder')}`);
  });
});

describe('a database in a read-only folder', () => {
  // as root, permissions stop nothing: the commands run as "nobody", for whom the folder is read-only
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const RO_STORY = GOOD('ro1', 'Harbour master Elin Sorvik said on Monday that the pier would reopen.');

  /** A store ingested into `folder`, which is then made read-only (and, with the folders above it, open to all for reading). */
  function readOnlyStore(name: string): { folder: string; db: string } {
    const folder = join(dir, name);
    mkdirSync(folder);
    const db = join(folder, 'store.db');
    expect(readout(['ingest', '-q', '-w', '0', file(`${name}.jsonl`, RO_STORY), '--db', db]).code).toBe(0);
    chmodSync(dir, 0o755);
    chmodSync(folder, 0o555);
    return { folder, db };
  }

  function runAs(args: string[]) {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', ...asUser });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('is served read-only, with one line saying so, and answers', async () => {
    const { folder, db } = readOnlyStore('ro-serve');
    try {
      const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { ...asUser });
      let out = '';
      let err = '';
      child.stderr.on('data', (d) => (err += String(d)));
      try {
        const url = await new Promise<string>((resolve, reject) => {
          child.stdout.on('data', (d) => {
            out += String(d);
            const m = /UI at (http:\/\/\S+)/.exec(out);
            if (m) resolve(m[1]);
          });
          child.on('exit', () => reject(new Error(`serve exited: ${err}`)));
        });
        // before: "readout: …: cannot open the database: attempt to write a readonly database", exit 1
        expect(err).toBe(`readout serve: ${db} cannot be written here: serving it read-only\n`);
        const health = (await (await fetch(`${url}/api/health`)).json()) as { articles: number; quotes: number };
        expect(health.articles).toBe(1);
        expect(health.quotes).toBe(1);
      } finally {
        child.kill();
      }
      // quotes and export read it too
      const q = runAs(['quotes', '--db', db]);
      expect(q.code).toBe(0);
      expect(q.out).toContain('Elin Sorvik');
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it('says what is wrong with one in WAL mode, which SQLite cannot read there', () => {
    const { folder, db } = readOnlyStore('ro-wal');
    try {
      // as an older Readout left it: in WAL mode when closed
      chmodSync(folder, 0o755);
      const d = new Database(db);
      d.pragma('journal_mode = WAL');
      d.close();
      chmodSync(folder, 0o555);
      const r = runAs(['serve', '--db', db, '--port', '0']);
      expect(r.code).toBe(1);
      expect(r.err.trim()).toMatch(new RegExp(`^readout: ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot open the database, even for reading only: its folder is read-only, and the database is in WAL mode, for which SQLite must create store.db-shm beside it`));
      expect(r.err).not.toMatch(/\n\s+at /);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it('is refused by ingest, naming the file', () => {
    const { folder, db } = readOnlyStore('ro-ingest');
    try {
      const r = runAs(['ingest', '-q', '-w', '0', join(dir, 'ro-ingest.jsonl'), '--db', db]);
      expect(r.code).toBe(1);
      expect(r.err.trim()).toMatch(/^readout: .*store\.db: cannot (open|write to) the database: /);
    } finally {
      chmodSync(folder, 0o755);
    }
  });
});

describe('readout ingest of files with the same name in different folders', () => {
  it('stores each as its own article, and finds them all stored when the folder is ingested again', () => {
    const root = join(dir, 'pages');
    for (const sub of ['march', 'april']) mkdirSync(join(root, sub), { recursive: true });
    writeFileSync(join(root, 'march', 'briefing.txt'), 'Bridge talks\n\nMayor Lena Ortiz said the bridge would reopen in June.\n');
    writeFileSync(join(root, 'april', 'briefing.txt'), 'Ferry strike\n\nUnion leader Sam Okafor said the ferry crews would strike on Friday.\n');
    const page = (who: string) => `<html><head><title>${who}</title></head><body><article><h1>${who} speaks</h1><p>${who} said on Monday that the harbour would be dredged before the winter storms arrived, and that the council had agreed to pay for it.</p><p>"We cannot wait another year," ${who} said.</p></article></body></html>`;
    writeFileSync(join(root, 'march', 'index.html'), page('Councillor Rosa Lind'));
    writeFileSync(join(root, 'april', 'index.html'), page('Councillor Piet Haas'));
    const db = join(dir, 'pages.db');
    const r = readout(['ingest', '-w', '0', root, '--db', db]);
    // before: the april files were refused, "another article with id briefing but different text is already stored"
    expect(r.err).not.toMatch(/not stored/);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/4 stored, 0 already stored, 0 failed/);
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare('SELECT id, title FROM articles ORDER BY title').all() as Array<{ id: string; title: string }>;
    conn.close();
    expect(rows.map((x) => x.title)).toEqual(['Bridge talks', 'Councillor Piet Haas speaks', 'Councillor Rosa Lind speaks', 'Ferry strike']);
    expect(new Set(rows.map((x) => x.id)).size).toBe(4);
    // again, whole or one folder: everything already stored, nothing recorded as a copy of itself
    expect(readout(['ingest', '-w', '0', root, '--db', db]).err).toMatch(/0 stored, 4 already stored, 0 failed/);
    const again = readout(['ingest', '-w', '0', join(root, 'april'), '--db', db]).err;
    expect(again).toMatch(/0 stored, 2 already stored, 0 failed/);
    expect(again).not.toMatch(/copies/);
  });
  it('names an article after its whole file name, less only its type', () => {
    const page = (who: string) => `<html><head><title>${who}</title></head><body><article><h1>${who} speaks</h1><p>${who} said on Monday that the harbour would be dredged before the winter storms arrived, and that the council had agreed to pay for it.</p></article></body></html>`;
    const db = join(dir, 'dotted.db');
    const r = readout(['ingest', '-q', '-w', '0', file('minutes.2025.html', page('Mayor Lena Ortiz')), file('minutes.2026.html', page('Mayor Ivo Brandt')), '--db', db]);
    expect(r.code).toBe(0);
    const conn = new Database(db, { readonly: true });
    const ids = (conn.prepare('SELECT id FROM articles ORDER BY id').all() as Array<{ id: string }>).map((x) => x.id);
    conn.close();
    // before: both "minutes" (the second under "minutes-" and a hash), where extract says "minutes.2025"
    expect(ids).toEqual(['minutes.2025', 'minutes.2026']);
  });

  it('keeps a same-named file apart when its text is already stored under another id', () => {
    const root = join(dir, 'pages2');
    for (const sub of ['a', 'b']) mkdirSync(join(root, sub), { recursive: true });
    const a = 'Bridge talks\n\nMayor Lena Ortiz said the bridge would reopen in June.\n';
    const b = 'Ferry strike\n\nUnion leader Sam Okafor said the ferry crews would strike on Friday.\n';
    writeFileSync(join(root, 'a', 'briefing.txt'), a);
    writeFileSync(join(root, 'b', 'briefing.txt'), b);
    const db = join(dir, 'pages2.db');
    // text b stored first under an id of its own, then the folder
    expect(readout(['ingest', '-q', '-w', '0', file('other.jsonl', JSON.stringify({ id: 'x', text: b }) + '\n'), '--db', db]).code).toBe(0);
    const r = readout(['ingest', '-w', '0', join(root, 'a'), join(root, 'b'), '--db', db]);
    // before: "another article with id briefing but different text" stopped the run
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/1 stored, 1 already stored \(1 as copies from another source\), 0 failed/);
  });
});

describe('readout ingest and analyze of UTF-16 files', () => {
  // Windows PowerShell's `>` writes UTF-16 with a byte order mark
  const utf16 = (s: string, be = false) => {
    const le = Buffer.from('\ufeff' + s, 'utf16le');
    if (!be) return le;
    for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return le;
  };

  it('reads JSON Lines and text in UTF-16 (little or big endian) as their characters, not as binary data', () => {
    const lines = [JSON.stringify({ id: 'w1', text: 'Café owner José Ruiz said the harbour road would reopen.' }), JSON.stringify({ id: 'w2', text: 'Mayor Lena Ortiz said the bridge would reopen in June.' })].join('\r\n') + '\r\n';
    const le = file('ps.jsonl', utf16(lines));
    const be = file('be.jsonl', utf16(JSON.stringify({ id: 'w3', text: 'Union leader Sam Okafor said the crews would strike.' }) + '\n', true));
    const txt = file('note.txt', utf16('Harbour works\r\n\r\nThe council said the dredging would start in May.\r\n'));
    const r = readout(['analyze', '-w', '0', le, be]);
    expect(r.err).toBe('');
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['w1', 'w2', 'w3']);
    const db = join(dir, 'utf16.db');
    const s = readout(['ingest', '-w', '0', le, be, txt, '--db', db]);
    // before: "binary data (NUL bytes), not text" for every line and for the text file
    expect(s.err).not.toMatch(/binary/);
    expect(s.code).toBe(0);
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare('SELECT id, title, text FROM articles ORDER BY id').all() as Array<{ id: string; title: string | null; text: string }>;
    conn.close();
    expect(rows.map((x) => [x.id, x.title, x.text.slice(0, 20)])).toEqual([
      ['note', 'Harbour works', 'Harbour works\n\nThe c'],
      ['w1', null, 'Café owner José Ruiz'],
      ['w2', null, 'Mayor Lena Ortiz sai'],
      ['w3', null, 'Union leader Sam Oka'],
    ]);
  });

  it('stores a file whose name is the id of another text read in the same run under its name and hash', () => {
    const rec = file('records.jsonl', JSON.stringify({ id: 'memo', text: 'Minister Ada Novak said the ferry subsidy would end.' }) + '\n');
    const txt = file('memo.txt', 'Memo\n\nThe port authority said the cranes would be replaced.\n');
    const db = join(dir, 'memo.db');
    const r = readout(['ingest', '-w', '0', rec, txt, '--db', db]);
    expect(r.err).not.toMatch(/not stored/);
    expect(r.err).toMatch(/2 stored, 0 already stored, 0 failed/);
  });
});

describe('readout ingest of a JSON Lines file with no good line', () => {
  it('reports each bad line once and counts the file no further; a file of blank lines is "no articles found"', () => {
    const bad = file('allbad.jsonl', ['{"id": "q1", "text": ', '{"id": "q2"}'].join('\n') + '\n');
    const blank = file('blank.jsonl', '\n\n  \n');
    const db = join(dir, 'allbad.db');
    const r = readout(['ingest', '-w', '0', bad, blank, '--db', db]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    // before: also "allbad.jsonl: no articles found", and 3 failed for two bad lines
    expect(lines.filter((l) => l.includes('allbad.jsonl'))).toEqual([`readout ingest: ${bad}:1: not valid JSON (Unexpected end of JSON input)`, `readout ingest: ${bad}:2: record has no "text"`]);
    expect(lines).toContain(`readout ingest: ${blank}: no articles found`);
    expect(r.err).toMatch(/0 stored, 0 already stored, 3 failed/);
  });
});
