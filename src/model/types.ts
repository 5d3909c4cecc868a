/**
 * The record's vocabulary. Every layer of Readout speaks these types.
 *
 * Everything extracted is standoff: `[start, end)` are JavaScript string indices
 * (UTF-16 code units) into `Article.text`; nothing is copied out of the text except
 * for convenience fields (`text`) that always equal `article.text.slice(start, end)`.
 */

export interface Span {
  start: number;
  end: number;
}

/** An article as ingested. `id` is stable: given by the input or derived from the content. */
export interface Article {
  id: string;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  /** ISO 8601 date or date-time, the reference for relative dates. */
  published?: string;
  byline?: string;
  license?: string;
  /** When Readout stored it (ISO 8601); set by the store. */
  ingested?: string;
  /** sha256 hex of the normalized text; set by ingest. */
  hash?: string;
}

// ---------------------------------------------------------------- text layer

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'quote' | 'space';

export interface Token extends Span {
  kind: TokenKind;
}

export interface Sentence extends Span {
  /** index of the first token of the sentence */
  tokenStart: number;
  /** index one past the last token */
  tokenEnd: number;
  /** index into `paragraphs` */
  paragraph: number;
}

// ---------------------------------------------------------------- entities

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Where a layer result came from: the rule or model name, and its confidence in [0, 1]. */
export interface Provenance {
  rule: string;
  confidence: number;
}

/** One occurrence of a name (or, for coreference, a pronoun or description) in the text. */
export interface Mention extends Span, Provenance {
  text: string;
  type: EntityType;
  /** id of the in-article entity this mention belongs to ("e1"), set by grouping/coref */
  entity?: string;
  /** 'name' for proper names, 'pronoun', 'nominal' ("the president") for coreferent mentions */
  form: 'name' | 'pronoun' | 'nominal';
  /** a title written before the name and kept apart from it ("President" in "President Trump") */
  title?: Span & { text: string };
}

/** One real-world person, body or place within one article. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** CAMEO/ISO-3166 alpha-3 country code where known ("RUS") */
  country?: string;
  /** CAMEO role code where known ("GOV", "MIL", "HLH") */
  role?: string;
  /** every other way the article refers to it */
  aliases: string[];
  /** titles or descriptions seen with it ("President", "the Russian leader") */
  titles?: string[];
  /** indices into `mentions` */
  mentions: number[];
}

// ---------------------------------------------------------------- time

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpr extends Span, Provenance {
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2025-07-03, 2025-W27, P3D, XXXX-WXX-4, PRESENT_REF … */
  value: string;
  mod?: string;
}

// ---------------------------------------------------------------- quotes

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface SpeakerRef {
  /** canonical name of the speaker ("Vladimir Putin"), or the description for unnamed sources */
  name: string;
  /** in-article entity id when resolved */
  entity?: string;
  /** the words in the text that name the speaker (may be a pronoun: the annotated mention) */
  start?: number;
  end?: number;
  /** unnamed source ("a senior administration official") */
  anonymous?: boolean;
}

export interface Quote extends Span, Provenance {
  text: string;
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  cue?: Span & { text: string };
  addressee?: Span & { name: string; entity?: string };
  /** TIMEX3 value of when it was said, when the text gives it */
  time?: string;
  /** pieces when the quote is split by its attribution ("A," he said, "B.") */
  fragments?: Span[];
  /** the person whose words these originally were, when relayed by the speaker */
  via?: SpeakerRef;
  /**
   * the content is a topic the speaker discussed or spoke about ("discussed the situation in the
   * region"), not words or a view of theirs (PolNeAR counts such attributions too)
   */
  topic?: boolean;
}

// ---------------------------------------------------------------- events

export type Modality = 'asserted' | 'denied' | 'planned' | 'demanded' | 'hypothetical' | 'conditional';

export interface EventActor {
  name: string;
  entity?: string;
  /** CAMEO actor code: country + role ("USAGOV") */
  cameo?: string;
}

export interface Event extends Span, Provenance {
  /** CAMEO event code, e.g. "041" */
  code: string;
  /** PLOVER category beside it */
  plover?: string;
  source: EventActor | null;
  target: EventActor | null;
  /** the trigger words */
  trigger?: Span & { text: string };
  time?: string;
  place?: string;
  modality: Modality;
  /** index into `quotes` when the event is known through a quote */
  quote?: number;
  /**
   * index into `events` of the event's first mention in the article, when this one tells the same
   * event again (same code, actors and date; a consultation folded into the call or meeting it
   * was part of): kept as evidence, not counted again
   */
  repeats?: number;
  /**
   * an act the article recalls from before its own story (a year more than a year before the
   * publication date, "In 2014, we supported …"; a month or day more than 45 days before, told in
   * the past, "when she called me in January"; a past perfect with "earlier", "previously" or
   * "already"): kept with its date, not counted among the article's events
   */
  recalled?: boolean;
}

// ---------------------------------------------------------------- claims and findings

export interface Claim extends Span, Provenance {
  text: string;
  kind: 'amount' | 'count' | 'date' | 'status' | 'percent' | 'other';
  holder?: { name: string; entity?: string };
  subject?: string;
  value?: string;
  unit?: string;
}

export interface Finding {
  kind: 'contradiction' | 'fact-check' | 'anachronism' | string;
  summary: string;
  evidence: Array<Span & { article?: string }>;
}

// ---------------------------------------------------------------- the analysis

/** Everything `analyze` finds in one article. */
export interface Analysis {
  id: string;
  /** version of the pipeline that produced it */
  version: string;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Mention[];
  actors: Entity[];
  times: TimeExpr[];
  quotes: Quote[];
  events: Event[];
  claims: Claim[];
  findings: Finding[];
  /** stages that failed on this article: their layers are left empty, the others are complete */
  errors?: StageError[];
}

export interface StageError {
  stage: string;
  message: string;
}
