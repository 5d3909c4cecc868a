/** The SQLite schema, versioned: each migration runs once, in order, in its own transaction. */
/** A migration; `backfill` names the rows written before it that its store fills in, in the same transaction. */
export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string; backfill?: 'joint-speakers' }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        title TEXT, url TEXT, source TEXT, published TEXT, byline TEXT, license TEXT,
        ingested TEXT NOT NULL,
        text TEXT NOT NULL,
        analysis TEXT NOT NULL,
        n_quotes INTEGER NOT NULL DEFAULT 0, n_entities INTEGER NOT NULL DEFAULT 0,
        n_times INTEGER NOT NULL DEFAULT 0, n_events INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX articles_published ON articles (published);
      CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;

      CREATE TABLE actors (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT, role TEXT, surname TEXT,
        aliases TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX actors_surname ON actors (type, surname);
      CREATE TABLE actor_mentions (
        actor_key TEXT NOT NULL REFERENCES actors (key),
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        names TEXT NOT NULL, titles TEXT NOT NULL,
        published TEXT,
        PRIMARY KEY (article_id, entity_id)
      );
      CREATE INDEX actor_mentions_actor ON actor_mentions (actor_key);

      CREATE TABLE quotes (
        rowid INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        kind TEXT NOT NULL, text TEXT NOT NULL,
        speaker_name TEXT, speaker_key TEXT, cue TEXT, published TEXT,
        UNIQUE (article_id, idx)
      );
      CREATE INDEX quotes_speaker ON quotes (speaker_key);
      CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, speaker_name, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (new.rowid, new.text, new.speaker_name);
      END;
      CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.rowid, old.text, old.speaker_name);
      END;

      CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        code TEXT NOT NULL, root TEXT NOT NULL, modality TEXT NOT NULL,
        source_name TEXT, source_cameo TEXT, source_key TEXT,
        target_name TEXT, target_cameo TEXT, target_key TEXT,
        time TEXT,
        PRIMARY KEY (article_id, idx)
      );
      CREATE INDEX events_code ON events (code);
      CREATE INDEX events_source ON events (source_key);
      CREATE INDEX events_target ON events (target_key);
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE copies (
        id TEXT PRIMARY KEY,
        of_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        title TEXT, url TEXT, source TEXT, published TEXT,
        ingested TEXT NOT NULL
      );
      CREATE INDEX copies_of ON copies (of_id);
    `,
  },
  {
    version: 3,
    // the same event reported by several articles shares a key; rows stored before are keyed by backfillEventKeys
    sql: `
      ALTER TABLE events ADD COLUMN event_key TEXT;
      CREATE INDEX events_key ON events (event_key);
    `,
  },
  {
    version: 4,
    // the people a joint speaker names ("Joseph Biden and Vladimir Putin"): each one's quotes include it
    // (the quotes stored before are filed by the store's backfillJointSpeakers)
    backfill: 'joint-speakers',
    sql: `
      CREATE TABLE quote_speakers (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        actor_key TEXT NOT NULL,
        PRIMARY KEY (article_id, idx, actor_key)
      );
      CREATE INDEX quote_speakers_actor ON quote_speakers (actor_key);
    `,
  },
];
