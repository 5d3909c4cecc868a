/**
 * Speaker labels in transcripts: "THE PRESIDENT: …", "MS. PSAKI: …", "Q …", "MODERATOR: …".
 * The label's turn runs over the following unlabelled paragraphs until the next label.
 */
import type { SpeakerRef } from '../../../model/types.js';
import { cand, type Cand } from '../build.js';
import { tokenIndexAt } from '../../../model/doc.js';
import { isCap, isWord, wordsIn, type Ctx } from '../context.js';
import { ANONYMOUS_HEADS, TITLES } from '../lexicon.js';
import { spokenAt } from '../speaker.js';
import { titleAuthor } from './author.js';

const MAX_LABEL = 6;
const HEADING_WORDS = new Set(['the', 'a', 'an', 'for', 'of', 'to', 'and', 'both', 'in', 'on', 'with', 'by', 'our', 'new', 'first', 'more', 'support', 'putting', 'addressing', 'returns', 'partnership']);

/** [label start, label end, content start, 1 when written in ordinary case] of a labelled paragraph, or null. */
function label(ctx: Ctx, first: number, last: number): [number, number, number, number?] | null {
  const { doc, text, low } = ctx;
  const t0 = doc.tokens[first];
  if (!t0) return null;
  // "A: …" answers a "Q" (an interview's answer label)
  if (text.slice(t0.start, t0.end) === 'A' && (low[first + 1] === ':' || low[first + 1] === '.') && first + 2 < last) return [first, first + 1, first + 2];
  // "Q. …" / "A. …" read as one token with its full stop
  if ((text.slice(t0.start, t0.end) === 'Q.' || text.slice(t0.start, t0.end) === 'A.') && first + 1 < last && isWord(ctx, first + 1)) return [first, first + 1, first + 1];
  if (text.slice(t0.start, t0.end) === 'Q') {
    if (low[first + 1] === ':' || low[first + 1] === '.') return [first, first + 1, first + 2];
    if (first + 1 < last && isWord(ctx, first + 1)) return [first, first + 1, first + 1];
    // "Q (Cross-talk.)": a question drowned out is still a turn; it ends the one before
    if (low[first + 1] === '(' || low[first + 1] === '[') return [first, first + 1, first + 1];
    return null;
  }
  for (let k = first; k < last && k - first <= MAX_LABEL; k++) {
    if (low[k] === ':') {
      if (k === first) return null;
      // (a label alone on its line: "Warren:" with the words on the lines after it)
      if (k + 1 >= last && !(labelWords(ctx, first, k) && text.slice(doc.tokens[first].start, doc.tokens[k - 1].end) !== text.slice(doc.tokens[first].start, doc.tokens[k - 1].end).toUpperCase())) return null;
      // a person's name as written ("Yury Ushakov: …"), or a question or answer label
      if (k === first + 1 && (low[first] === 'question' || low[first] === 'answer')) return [first, k, k + 1, 1];
      if (personLabel(ctx, first, k)) return [first, k, k + 1, 1];
      // a name or a role in ordinary case ("Sefcovic: …", "FT: …", "Host: …"): a speaker only in
      // a text laid out as a transcript (see labelRule)
      if (labelWords(ctx, first, k) && text.slice(doc.tokens[first].start, doc.tokens[k - 1].end) !== text.slice(doc.tokens[first].start, doc.tokens[k - 1].end).toUpperCase()) return [first, k, k + 1, 2];
      for (let x = first; x < k; x++) {
        const s = text.slice(doc.tokens[x].start, doc.tokens[x].end);
        if (doc.tokens[x].kind === 'word' && (s !== s.toUpperCase() || !/\p{L}/u.test(s))) return null;
        if (doc.tokens[x].kind !== 'word' && s !== '.') return null;
      }
      // a speaker, not a section heading ("LONG TERM RETURNS FOR BOTH COUNTRIES:", "UPDATE:")
      if (HEADING_LABELS.has(low[first]) && low[first] !== 'the') return null;
      let words = 0;
      for (let x = first; x < k; x++) {
        if (doc.tokens[x].kind !== 'word') continue;
        words++;
        if (HEADING_WORDS.has(low[x]) && !(x === first && low[x] === 'the')) return null;
      }
      if (words > 4) return null;
      // a single letter ("B: Housing (30 percent)") lists options; only Q and A are speakers
      if (k === first + 1 && doc.tokens[first].end - doc.tokens[first].start === 1) return null;
      return [first, k, k + 1];
    }
  }
  return null;
}

/** Words before a colon that head a note or a section, not a turn ("Note:", "Update:", "Read more:"). */
const HEADING_LABELS = new Set(['note', 'notes', 'update', 'updated', 'previously', 'earlier', 'originally', 'name', 'age', 'city', 'job', 'pay', 'occupation', 'correction', 'clarification', 'editor', "editor's", 'editors', 'source', 'sources', 'photo', 'photos', 'image', 'video', 'watch', 'read', 'related', 'see', 'disclaimer', 'warning', 'tags', 'topics', 'category', 'by', 'posted', 'published', 'contact', 'email', 'tel', 'phone', 'fax', 'address', 'location', 'date', 'time', 'when', 'where', 'what', 'why', 'how', 'who', 'price', 'cost', 'tickets', 'venue', 'subject', 'to', 'from', 'cc', 're', 'summary', 'background', 'context', 'analysis', 'verdict', 'pros', 'cons', 'ingredients', 'method', 'step', 'rating', 'score', 'result', 'results', 'total', 'opinion', 'exclusive', 'breaking', 'live', 'advertisement', 'credit', 'credits', 'caption', 'file', 'chart', 'graphic', 'map', 'table', 'figure', 'the', 'a', 'an', 'this', 'here', 'also', 'plus', 'bonus', 'tip', 'tips', 'fact', 'facts', 'key', 'bottom', 'example', 'part', 'chapter', 'section', 'episode', 'season', 'day', 'week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Whether tokens [first, k) can label a turn in ordinary case: one to three capitalized words
 * (a title's abbreviation with its full stop among them: "Mr. Wang"), not a heading's word.
 */
function labelWords(ctx: Ctx, first: number, k: number): boolean {
  const { doc, text, low } = ctx;
  let words = 0;
  for (let x = first; x < k; x++) {
    const t = doc.tokens[x];
    if (t.kind !== 'word') {
      if (low[x] === '.' && x > first && TITLES.has(low[x - 1] + '.')) continue;
      if (low[x] === '.' && x > first && TITLES.has(low[x - 1])) continue;
      return false;
    }
    if (!/^\p{Lu}/u.test(text.slice(t.start, t.end))) return false;
    words++;
  }
  return words >= 1 && words <= 3 && !HEADING_LABELS.has(low[first]);
}

/** Whether tokens [first, k) are one person's name (a name mention, with its title) and nothing else. */
function personLabel(ctx: Ctx, first: number, k: number): boolean {
  const mi = ctx.mentionAt[k - 1];
  if (mi < 0) return false;
  const m = ctx.doc.mentions[mi];
  if (m.type !== 'PER' || m.form !== 'name' || m.end !== ctx.doc.tokens[k - 1].end) return false;
  const from = m.title && m.title.start < m.start ? m.title.start : m.start;
  return from === ctx.doc.tokens[first].start;
}

/**
 * Whether `title` names the person `name` by `office`: the office's words, then (after any given
 * names) the surname ("Remarks by President Joe Biden" for office "president", "Joseph R. Biden").
 */
export function titleNamesBy(title: string, office: string, name: string): boolean {
  const words = title.toLowerCase().replace(/[.,’']/g, ' ').split(/\s+/).filter(Boolean);
  const parts = name.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  // (a title's words naming two people, "President A and Prime Minister B", are no one person)
  if (!parts.length || parts.length > 4 || parts.includes('and')) return false;
  const surname = parts[parts.length - 1];
  const o = office.split(/\s+/);
  for (let k = 0; k + o.length <= words.length; k++) {
    if (o.some((x, j) => words[k + j] !== x)) continue;
    // the surname within three words after the office ("President Joseph R. Biden")
    for (let j = k + o.length; j < Math.min(words.length, k + o.length + 4); j++) if (words[j] === surname) return true;
  }
  return false;
}

/** Speakers that are the person speaking: "I", "we" and their object forms. */
export const FIRST_PERSON = new Set(['i', 'me', 'we', 'us']);

/** A labelled turn whose speaker is not "I", "me", "we" or "us" (a module-level function, not a closure made per call: see inTextOrder). */
function isNamedTurn(c: Cand): boolean {
  return c.rule.startsWith('speaker-label') && !!c.speaker && !FIRST_PERSON.has(c.speaker.name.toLowerCase());
}

/**
 * In a transcript, what a turn's speaker reports in the first person ("I have shared with you
 * what we had to say", inside "Yury Ushakov: …") is that speaker's: a quote inside a labelled
 * turn whose speaker is "I", "me", "we" or "us" takes the turn's speaker.
 */
export function firstPersonInTurns(cands: Cand[]): void {
  const turns = cands.filter(isNamedTurn);
  if (!turns.length) return;
  for (const c of cands) {
    if (!c.speaker || c.speaker.entity || !FIRST_PERSON.has(c.speaker.name.toLowerCase())) continue;
    const turn = turns.find((t) => t !== c && t.a <= c.a && c.b <= t.b);
    if (turn?.speaker) c.speaker = spokenAt(turn.speaker, c.speaker.start, c.speaker.end);
  }
}

/**
 * A label of titles and one surname in capitals ("SEN. FERRIS", "PRESIDENT ARVIDSEN"): the person
 * whose name ends with that surname (the only one in the text), else the surname as a name with
 * no entity; null when the label is not of that form (an office alone: "THE PRESIDENT").
 */
function titledSurname(ctx: Ctx, ls: number, le: number): { name: string; id: string | undefined } | null {
  const { low, doc, text } = ctx;
  const words: number[] = [];
  for (let x = ls; x < le; x++) if (doc.tokens[x].kind === 'word') words.push(x);
  if (words.length < 2) return null;
  const last = words[words.length - 1];
  for (const x of words.slice(0, -1)) if (!TITLES.has(low[x]) && !TITLES.has(low[x] + '.')) return null;
  if (TITLES.has(low[last])) return null;
  const surname = low[last];
  let found: { name: string; id: string | undefined } | null = null;
  for (const e of ctx.entities.values()) {
    if (e.type !== 'PER' || e.name.toLowerCase().split(/\s+/).pop() !== surname) continue;
    if (found && found.id !== e.id) return null;
    found = { name: e.name, id: e.id };
  }
  if (found) return found;
  const w = text.slice(doc.tokens[last].start, doc.tokens[last].end);
  return { name: w.charAt(0) + w.slice(1).toLowerCase(), id: undefined };
}

/**
 * The person an interview's introduction before `before` is about: the only person named there,
 * or the one named more often than any other ("Q&A with Senator Ada Lind. Lind spoke with our
 * reporters Tom Hale and Rui Sousa …, Lind said …"); null when none stands out.
 */
function intervieweeOf(ctx: Ctx, before: number): { name: string; id: string } | null {
  const counts = new Map<string, { name: string; id: string; n: number }>();
  for (const m of ctx.doc.mentions) {
    if (m.start >= before) break;
    if (m.type !== 'PER' || m.form !== 'name') continue;
    // (a person named without an entity still competes)
    const e = m.entity ? ctx.entities.get(m.entity) : undefined;
    const id = e ? e.id : `?${m.text}`;
    const had = counts.get(id);
    if (had) had.n++;
    else counts.set(id, { name: e ? e.name : m.text, id, n: 1 });
  }
  let best: { name: string; id: string; n: number } | null = null;
  let tied = false;
  for (const c of counts.values()) {
    if (!best || c.n > best.n) { best = c; tied = false; } else if (c.n === best.n) tied = true;
  }
  return best && !tied && !best.id.startsWith('?') ? { name: best.name, id: best.id } : null;
}

/** A paragraph that is no one's words: "(Laughter.)", "END", "4:56 P.M. EDT". */
function isDirection(ctx: Ctx, first: number, last: number): boolean {
  const { doc, text } = ctx;
  const s = text.slice(doc.tokens[first].start, doc.tokens[last - 1].end);
  if (s.startsWith('(') && s.endsWith(')')) return true;
  if (s.startsWith('[') && s.endsWith(']')) return true;
  return s.length < 40 && s === s.toUpperCase();
}

/**
 * Whether the one label of a text opens an address given whole: an office in capitals ("THE
 * PRESIDENT:") or a person named with a title ("President of Russia Vladimir Putin:"), among the
 * text's first four lines, before words of two sentences or more (a headline's "Sanders: 'It Is
 * Not …'" is one line of one sentence), with more lines after it.
 */
function soleAddress(ctx: Ctx, ranges: Array<[number, number]>, p: number, lab: [number, number, number, number?]): boolean {
  if (p > 3 || p + 1 >= ranges.length || lab[3] === 2) return false;
  const { doc } = ctx;
  const [ls, le, cs] = lab;
  if (lab[3] === 1) {
    const mi = ctx.mentionAt[le - 1];
    const m = mi >= 0 ? doc.mentions[mi] : undefined;
    if (!m || m.type !== 'PER' || !m.title || m.title.start !== doc.tokens[ls].start) return false;
  } else if (ctx.low[ls] === 'q' || ctx.low[ls] === 'q.' || ctx.low[ls] === 'a') return false;
  const end = ranges[p][1];
  if (cs >= end) return false;
  return ctx.sentOf[cs] >= 0 && ctx.sentOf[end - 1] > ctx.sentOf[cs];
}

/** Social networks a writer's sign-off points to. */
const SOCIAL_SITES = new Set(['twitter', 'facebook', 'instagram', 'threads', 'bluesky', 'mastodon', 'tiktok', 'linkedin', 'youtube']);

/** Whether tokens [a, b) are a writer's sign-off line, no one's words: "Follow Ann Lee on Twitter @annlee". */
function signOff(ctx: Ctx, a: number, b: number): boolean {
  if (ctx.low[a] !== 'follow' || b - a > 12) return false;
  for (let x = a + 1; x < b; x++) if (SOCIAL_SITES.has(ctx.low[x])) return true;
  return false;
}

/** words that open a caption, a link or an editor's line */
const CAPTION_WORDS = new Set(['photo', 'photos', 'video', 'related', 'read', 'watch', 'see', 'source', 'sources', 'credit', 'image', 'images', 'listen']);

/** Whether tokens [a, b) are the narrator's: a caption or link line, or one that names the speaker (entity `who`) by name. */
function narratorLine(ctx: Ctx, a: number, b: number, who: string | undefined, label: readonly string[]): boolean {
  if (CAPTION_WORDS.has(ctx.low[a]) && (ctx.low[a + 1] === ':' || ctx.low[a + 1] === '|' || ctx.low[a + 1] === '-')) return true;
  // ("THE PRESIDENT: …" then "The President departed …": the office, in the narrator's case)
  // (followed by its verb, not "The President of Ukraine and I …")
  let w = 0;
  let x = a;
  for (; x < b && w < label.length; x++) {
    if (ctx.doc.tokens[x].kind === 'space') continue;
    if (ctx.low[x] !== label[w]) break;
    w++;
  }
  while (x < b && ctx.doc.tokens[x].kind === 'space') x++;
  const first = ctx.doc.text.slice(ctx.doc.tokens[a].start, ctx.doc.tokens[a].end);
  if (label.length && w === label.length && x < b && first !== first.toUpperCase() && ctx.low[x] !== 'of' && ctx.low[x] !== 'and' && !isCap(ctx, x)) return true;
  if (!who) return false;
  const { doc } = ctx;
  for (let y = a; y < b; y++) {
    const mi = ctx.mentionAt[y];
    if (mi < 0) continue;
    const m = doc.mentions[mi];
    if (m.entity === who && m.form === 'name' && ctx.marks.inQ[y] < 0) return true;
  }
  return false;
}

/** Most words of a section heading's line after its name ("Finish second", "A closing surge"). */
const HEADING_MAX_WORDS = 6;

/**
 * Whether the labelled line p is a section heading: a few words after the name on its own line,
 * and the next line no label of its own but prose.
 */
function headingLine(ctx: Ctx, ranges: Array<[number, number]>, found: Array<{ p: number }>, p: number, lab: [number, number, number, number?]): boolean {
  const words = wordsIn(ctx, lab[2], ranges[p][1]);
  // (not a label alone on its line, whose words are on the next: "Brant:\nThe levy …")
  return words > 0 && words <= HEADING_MAX_WORDS && p + 1 < ranges.length && !found.some((f) => f.p === p + 1);
}

export function labelRule(ctx: Ctx, cands: Cand[], blocked: Uint8Array): void {
  const { doc } = ctx;
  const found: Array<{ p: number; lab: [number, number, number, number?] }> = [];
  const ranges: Array<[number, number]> = [];
  // each line of a paragraph ("Q: …\nKULEBA: …" may be one paragraph)
  for (const para of doc.paragraphs) {
    const first = tokenIndexAt(doc, para.start);
    const last = tokenIndexAt(doc, para.end);
    let a = first;
    for (let x = first + 1; x < last; x++) {
      if (ctx.text.slice(doc.tokens[x - 1].end, doc.tokens[x].start).includes('\n')) {
        ranges.push([a, x]);
        a = x;
      }
    }
    if (last > a) ranges.push([a, last]);
  }
  for (let p = 0; p < ranges.length; p++) {
    const lab = label(ctx, ranges[p][0], ranges[p][1]);
    if (lab) found.push({ p, lab });
  }
  // one address given whole ("THE PRESIDENT: Good morning. …", "President of Russia Vladimir
  // Putin: Citizens of Russia, …") is a transcript of one turn
  const address = found.length === 1 && soleAddress(ctx, ranges, found[0].p, found[0].lab);
  // labels in ordinary case ("Yury Ushakov: …", "Question: …") make a transcript only when they
  // name two speakers or more: one name before colons is a headline style ("Sanders: 'It Is Not …'")
  const labelText = (lab: [number, number, number, number?]): string => ctx.text.slice(doc.tokens[lab[0]].start, doc.tokens[lab[1] - 1].end);
  const names = new Set(found.map(({ lab }) => labelText(lab)));
  if (names.size < 2 && !address) for (let f = found.length - 1; f >= 0; f--) if (found[f].lab[3]) found.splice(f, 1);
  // a capitalized word that is no known person ("FT:", "Sefcovic:", "Host:") labels a turn only
  // beside a label that surely does (a person, Q, capitals) or when labels come back (an exchange)
  const sure = found.some(({ lab }) => lab[3] !== 2);
  const again = found.length > names.size;
  if (!sure && !again) for (let f = found.length - 1; f >= 0; f--) if (found[f].lab[3] === 2) found.splice(f, 1);
  // "A:" answers only where "Q" asks ("A: Jobs (42 percent)" in a list of poll answers is no one)
  if (!names.has('Q') && !names.has('Q.')) for (let f = found.length - 1; f >= 0; f--) if (labelText(found[f].lab) === 'A' || labelText(found[f].lab) === 'A.') found.splice(f, 1);
  // names in ordinary case that each open one short line of prose, none coming back ("Varga: Hold
  // the centre." then a paragraph about her, "Ruiz: A long shot." then one about him) are a
  // report's section headings, not the turns of an exchange
  if (!again && !address && found.length >= 2 && found.every(({ p, lab }) => lab[3] === 1 && headingLine(ctx, ranges, found, p, lab))) found.length = 0;
  ctx.runOns.length = 0;
  // one label may be a heading ("Note: …"); a transcript has several
  if (found.length < 2 && !address) return;
  let author: SpeakerRef | undefined | null = null;
  let interviewee: { name: string; id: string } | null | undefined;
  for (let f = 0; f < found.length; f++) {
    const { p, lab } = found[f];
    const [ls, le, cs] = lab;
    const text = ctx.text;
    const ls0 = doc.tokens[ls].start;
    const le0 = doc.tokens[le - 1].end;
    const name = text.slice(ls0, le0);
    const speaker: SpeakerRef = { name, start: ls0, end: le0, entity: undefined, anonymous: undefined };
    const mi = ctx.mentionAt[le - 1];
    // a label that names someone ("MR. PESKOV:") is that person; an office ("THE PRESIDENT:") is
    // the transcript's own, not whoever coreference last called "the president"
    // (not a mention that runs on past the label: "Q. Will" taken for a name)
    if (mi >= 0 && doc.mentions[mi].form === 'name' && doc.mentions[mi].end <= le0) {
      const m = doc.mentions[mi];
      const ent = m.entity ? ctx.entities.get(m.entity) : undefined;
      if (ent) {
        speaker.name = ent.name;
        speaker.entity = ent.id;
      }
    }
    // an office's label ("THE PRESIDENT:") in a text whose title names its author by that
    // office, the office right before the author's surname ("Remarks by President Biden on …"),
    // is the author; another office the title names ("… and Prime Minister Kishida") is not
    if (!speaker.entity && name === name.toUpperCase()) {
      if (author === null) author = titleAuthor(doc, ctx.entities.values());
      const office = name.toLowerCase().replace(/^the\s+/, '');
      if (author && /^[a-z ]+$/.test(office) && titleNamesBy(doc.article.title ?? '', office, author.name)) {
        speaker.name = author.name;
        speaker.entity = author.entity;
      }
    }
    // "SEN. FERRIS:", "PRESIDENT ARVIDSEN:": a title and a surname in capitals is the person of
    // that surname named in the text, else the surname itself
    if (!speaker.entity && name === name.toUpperCase()) {
      const person = titledSurname(ctx, ls, le);
      if (person) {
        speaker.name = person.name;
        speaker.entity = person.id;
      }
    }
    if (name === 'A' || name === 'A.' || name === 'Answer') {
      // the one interviewed: the only person named before the first label
      interviewee ??= intervieweeOf(ctx, doc.tokens[found[0].lab[0]].start);
      if (interviewee) {
        speaker.name = interviewee.name;
        speaker.entity = interviewee.id;
      }
    }
    if (name === 'Q' || name === 'Q.' || name === 'Question' || (ANONYMOUS_HEADS.has(ctx.low[le - 1]) && !speaker.entity)) speaker.anonymous = true;
    const cue: [number, number] | undefined = cs > le ? [le, cs] : undefined;
    // the label's words, lower-case (an office written as a label: "the president")
    const labelWords: string[] = [];
    for (let x = ls; x < le; x++) if (doc.tokens[x].kind === 'word') labelWords.push(ctx.low[x]);
    // a turn runs on over unlabelled paragraphs in a transcript's own style (capitals); a label
    // in ordinary case is often an exchange quoted inside a report, which goes on after it
    // (a label alone on its line: its words are on the lines up to the next label)
    const alone = cs >= ranges[p][1];
    const stop = address ? ranges.length : lab[3] && !alone ? p + 1 : f + 1 < found.length ? found[f + 1].p : lab[3] ? Math.min(p + 2, ranges.length) : ranges.length;
    for (let q = p; q < stop; q++) {
      const [a, b] = q === p ? [cs, ranges[q][1]] : ranges[q];
      if (b <= a) continue;
      if (q > p && (isDirection(ctx, a, b) || signOff(ctx, a, b))) break;
      // (an address given whole ends where the narrator speaks again: a line that names its
      // speaker by name or that is a caption or a link: "The President departed …", "Photo: …")
      if (address && q > p && narratorLine(ctx, a, b, speaker.entity, labelWords)) break;
      if (q === p && isDirection(ctx, a, b)) continue;
      for (let x = ranges[q][0]; x < b; x++) blocked[x] = 1;
      cands.push(cand(a, b, speaker, q === p ? 'speaker-label' : 'speaker-label-turn', 0.95, q === p ? cue : undefined));
    }
    // a person's name in ordinary case where labels come back ("Yury Ushakov: …" answering
    // "Question: …") is a transcript's turn too, to the next label: its further paragraphs, noted
    // for after the tagger (runOnTurns); what it reports of others is found inside it, relayed
    if (lab[3] === 1 && !alone && again && f + 1 < found.length) {
      for (let q = p + 1; q < found[f + 1].p; q++) {
        const [a, b] = ranges[q];
        if (b <= a) continue;
        if (isDirection(ctx, a, b)) break;
        ctx.runOns.push({ a, b, speaker });
      }
    }
  }
}
