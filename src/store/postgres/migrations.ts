/**
 * The PostgreSQL schema, versioned: each migration runs once, in order, in its own transaction,
 * under an advisory lock so that two processes migrating at once apply it once.
 *
 * Text columns that are sorted or compared use the "C" collation so that ordering is byte order,
 * as in SQLite. Full-text search uses the `simple` configuration (no stemming, no stop words,
 * like FTS5's unicode61 tokenizer) over tsvectors the store computes from text it has folded
 * itself (lower case, accents and punctuation removed: `searchText` in `index.ts`).
 */

/** A migration; `backfill` names the rows written before it that its store fills in, in the same transaction. */
export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string; backfill?: 'joint-speakers' }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        seq bigserial NOT NULL UNIQUE,
        id text COLLATE "C" PRIMARY KEY,
        hash text COLLATE "C" NOT NULL UNIQUE,
        title text COLLATE "C", url text COLLATE "C", source text COLLATE "C", published text COLLATE "C",
        byline text, license text,
        ingested text COLLATE "C" NOT NULL,
        text text NOT NULL,
        analysis text NOT NULL,
        n_quotes integer NOT NULL DEFAULT 0, n_entities integer NOT NULL DEFAULT 0,
        n_times integer NOT NULL DEFAULT 0, n_events integer NOT NULL DEFAULT 0,
        -- title (weight A) and text (B), as words folded by the store (see searchText in index.ts)
        tsv tsvector NOT NULL
      );
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_order ON articles ((coalesce(published, ingested)) DESC, id);
      CREATE INDEX articles_source ON articles (source);
      CREATE INDEX articles_tsv ON articles USING gin (tsv);

      CREATE TABLE actors (
        key text COLLATE "C" PRIMARY KEY,
        name text COLLATE "C" NOT NULL,
        type text COLLATE "C" NOT NULL,
        country text COLLATE "C", role text COLLATE "C", surname text COLLATE "C",
        aliases text COLLATE "C" NOT NULL DEFAULT '[]'
      );
      CREATE INDEX actors_surname ON actors (type, surname);
      CREATE TABLE actor_mentions (
        seq bigserial NOT NULL,
        actor_key text COLLATE "C" NOT NULL REFERENCES actors (key),
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        entity_id text COLLATE "C" NOT NULL,
        mentions integer NOT NULL,
        names text NOT NULL, titles text NOT NULL,
        published text COLLATE "C",
        PRIMARY KEY (article_id, entity_id)
      );
      CREATE INDEX actor_mentions_actor ON actor_mentions (actor_key);

      CREATE TABLE quotes (
        seq bigserial PRIMARY KEY,
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx integer NOT NULL,
        start integer NOT NULL, "end" integer NOT NULL,
        kind text COLLATE "C" NOT NULL, text text COLLATE "C" NOT NULL,
        speaker_name text COLLATE "C", speaker_key text COLLATE "C", cue text, published text COLLATE "C",
        -- text and speaker name, folded words
        tsv tsvector NOT NULL,
        UNIQUE (article_id, idx)
      );
      CREATE INDEX quotes_speaker ON quotes (speaker_key);
      CREATE INDEX quotes_tsv ON quotes USING gin (tsv);

      CREATE TABLE events (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx integer NOT NULL,
        code text COLLATE "C" NOT NULL, root text COLLATE "C" NOT NULL, modality text COLLATE "C" NOT NULL,
        source_name text, source_cameo text, source_key text COLLATE "C",
        target_name text, target_cameo text, target_key text COLLATE "C",
        time text COLLATE "C",
        PRIMARY KEY (article_id, idx)
      );
      CREATE INDEX events_code ON events (code text_pattern_ops);
      CREATE INDEX events_source ON events (source_key);
      CREATE INDEX events_target ON events (target_key);
    `,
  },
  {
    version: 2,
    sql: `
      -- the job queue: articles waiting to be analyzed by \`readout worker\` processes
      CREATE TABLE jobs (
        id bigserial PRIMARY KEY,
        article jsonb NOT NULL,
        article_id text COLLATE "C" NOT NULL,
        hash text COLLATE "C" NOT NULL,
        source text,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        locked_by text,
        locked_at timestamptz,
        available_at timestamptz NOT NULL DEFAULT now(),
        error text,
        result text CHECK (result IN ('stored', 'duplicate')),
        duplicate_of text,
        created timestamptz NOT NULL DEFAULT now(),
        finished timestamptz
      );
      CREATE INDEX jobs_pending ON jobs (id) WHERE state = 'pending';
      CREATE INDEX jobs_due ON jobs (available_at) WHERE state = 'pending';
      CREATE INDEX jobs_running ON jobs (locked_at) WHERE state = 'running';
      CREATE INDEX jobs_hash ON jobs (hash);
    `,
  },
  {
    version: 3,
    sql: `
      -- other publications of a stored article's exact text (syndicated wire copies)
      CREATE TABLE copies (
        id text COLLATE "C" PRIMARY KEY,
        of_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        title text COLLATE "C", url text COLLATE "C", source text COLLATE "C", published text COLLATE "C",
        ingested text COLLATE "C" NOT NULL
      );
      CREATE INDEX copies_of ON copies (of_id);
    `,
  },
  {
    version: 4,
    // the same event reported by several articles shares a key; rows stored before are keyed by backfillEventKeys
    sql: `
      ALTER TABLE events ADD COLUMN event_key text COLLATE "C";
      CREATE INDEX events_key ON events (event_key);
    `,
  },
  {
    version: 5,
    // the people a joint speaker names ("Joseph Biden and Vladimir Putin"): each one's quotes include it
    // (the quotes stored before are filed by the store's backfillJointSpeakers)
    backfill: 'joint-speakers',
    sql: `
      CREATE TABLE quote_speakers (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx integer NOT NULL,
        actor_key text COLLATE "C" NOT NULL,
        PRIMARY KEY (article_id, idx, actor_key)
      );
      CREATE INDEX quote_speakers_actor ON quote_speakers (actor_key);
    `,
  },
  {
    version: 6,
    // ingest --queue asks, for each article id it is given, whether a job already holds that id
    sql: `CREATE INDEX IF NOT EXISTS jobs_article ON jobs (article_id);`,
  },
];
