/**
 * The quotes layer's word lists, loaded once at module load from the data files beside this code.
 */
import { readData, readLexicon } from '../../data.js';

/** How a cue word ties its content to its source. */
export type CueClass = 'S' | 'T' | 'B';

export interface CueWord {
  lemma: string;
  cls: CueClass;
  /** words that belong to the cue when they follow it ("out" in "pointed out") */
  particles: ReadonlySet<string>;
  /** the word is a cue only with one of its particles ("spoke about", not "spoke with") */
  needsParticle: boolean;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Regular inflections of an English verb: 3rd person singular, past, -ing. */
export function inflect(lemma: string): string[] {
  const last = lemma[lemma.length - 1];
  const prev = lemma[lemma.length - 2] ?? '';
  let s: string;
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) s = lemma + 'es';
  else if (last === 'y' && !VOWELS.has(prev)) s = lemma.slice(0, -1) + 'ies';
  else s = lemma + 's';
  let ed: string;
  if (last === 'e') ed = lemma + 'd';
  else if (last === 'y' && !VOWELS.has(prev)) ed = lemma.slice(0, -1) + 'ied';
  else ed = lemma + 'ed';
  let ing: string;
  if (lemma.endsWith('ie')) ing = lemma.slice(0, -2) + 'ying';
  else if (last === 'e' && prev !== 'e') ing = lemma.slice(0, -1) + 'ing';
  else ing = lemma + 'ing';
  return [s, ed, ing];
}

function loadCues(): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  for (const raw of readData('extract/quotes/data/cues.tsv').split('\n')) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    const [rawLemma, cls, forms = '-', parts = ''] = line.split('\t');
    const only = rawLemma.startsWith('=');
    const lemma = only ? rawLemma.slice(1) : rawLemma;
    const cue: CueWord = {
      lemma,
      cls: cls as CueClass,
      particles: new Set(parts.replace(/!/g, '').split(/\s+/).filter(Boolean)),
      needsParticle: parts.startsWith('!'),
    };
    const listed = forms === '-' ? inflect(lemma) : forms.split(/\s+/).filter(Boolean);
    const all = only ? listed : [lemma, ...listed];
    for (const f of all) if (!map.has(f)) map.set(f, cue);
  }
  return map;
}

function words(rel: string): ReadonlySet<string> {
  return new Set(readLexicon(`extract/quotes/data/${rel}`).flatMap((l) => l.toLowerCase().split(/\s+/)));
}

export const CUES: ReadonlyMap<string, CueWord> = loadCues();
export const SKIP_LEFT = words('skip-left.txt');
export const PRONOUNS = words('pronouns.txt');
/** Object pronouns: the one told, called or addressed ("told her.", "called them …", "seems to me"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Forms of "call" (a telephone call, a naming, or a call for something). */
export const CALL_FORMS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);
export const DETERMINERS = words('determiners.txt');
export const STOP_NP = words('stop-np.txt');
/** Auxiliaries and modals: the main verb after a subject that holds a content ("Ruiz's promises to … have alarmed"). */
export const MAIN_AUX: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might']);
/** Prepositions of place that open a setting before a clause's subject ("Outside the hall, …", "Amid the storm, …") and never a speaker. */
export const SPATIAL_PREPS: readonly string[] = ['outside', 'inside', 'alongside', 'beside', 'amid', 'among', 'across', 'throughout', 'near', 'beyond', 'behind', 'within', 'around', 'between'];
export const TITLES = words('titles.txt');
export const ANONYMOUS_HEADS = words('anonymous.txt');
export const TIME_WORDS = words('time-words.txt');
export const NOUN_CUES = words('noun-cues.txt');
export const CUE_NOUNS = words('cue-nouns.txt');
export const SPEAKER_NOUNS = words('speaker-nouns.txt');
export const SPEAKING_HEADS = words('speaking-heads.txt');
export const NOT_SPEAKERS = words('not-speakers.txt');
export const TITLE_SMALL_WORDS = words('title-small-words.txt');
/** Times written between a subject and its verb: "Trump on Tuesday said", "he at the time said". */
export const DAY_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later morning afternoon evening night week month year time weekend'.split(' '),
);

/** Months and weekdays, lower-cased (the entities layer's calendar words): a time, not a speaker. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(readLexicon('extract/entities/calendar.txt').map((w) => w.trim().toLowerCase()));

/** Irregular verbs in the past, which end a subject or open a second predicate ("The ministers met on Monday and agreed …", "The Leaders built on …"). */
export const IRREGULAR_PAST = new Set([
  'met', 'built', 'held', 'made', 'took', 'gave', 'sent', 'spoke', 'came', 'went', 'left', 'won', 'lost', 'led', 'saw', 'found',
  'kept', 'began', 'sought', 'brought', 'set', 'paid', 'ran', 'stood', 'wrote', 'chose', 'drew', 'fell', 'felt', 'got', 'grew',
  'heard', 'knew', 'laid', 'meant', 'rose', 'sat', 'sold', 'spent', 'struck', 'swore', 'threw', 'understood', 'became', 'bought',
  'caught', 'fought', 'forgot', 'hung', 'overcame', 'withdrew', 'upheld', 'undertook', 'oversaw', 'broke', 'shook', 'drove',
]);
