/**
 * Span repairs on the tagger's contents, by the quotation marks and the cues around them.
 *
 * A content that runs from the narration into a quotation at its end, where a verb of saying
 * other than the content's own cue introduces that quotation ("… that Smith said, “A.”", "…
 * and when pressed, she replied: “A.”"), has swallowed a second attribution: its speaker, cue
 * and quotation. The quotation is what was said there; the content starts at its opening mark,
 * and that cue's subject, when it has one, is the speaker.
 *
 * A quotation that opens in the middle of its sentence and is attributed after it ("The plan was
 * “a mistake from the start,” Lind said.") carries the words before it: they are the speaker's
 * too, paraphrased, and the content runs from the sentence's start (PolNeAR marks it mixed).
 */
import { isTurn, trimRange, type Cand } from './build.js';
import { afterDateline, isCap, isWord, sentEnd, sentStart, wordsIn, type Ctx } from './context.js';
import { CUES, DETERMINERS, IRREGULAR_PAST, PRONOUNS, STOP_NP } from './lexicon.js';
import { speakerRef, subjectBefore } from './speaker.js';
import { introducingCue } from './rules/cue.js';

/**
 * Verbs that name rather than quote ("called it “a disgrace”", "described the plan as “bold”"):
 * the words around the quotation belong to the content (PolNeAR marks them mixed).
 */
const NAMING = new Set(['call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'dub', 'dubbed', 'label', 'labeled', 'labelled', 'term', 'termed', 'brand', 'branded']);

/**
 * Words before a noun only ("the statement", "his comments"). Not the quantifiers and numbers
 * among the determiners, which end a noun phrase as often ("the mother of three replied", "both
 * said"), nor "that" ("a letter that said").
 */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'no', 'another']);

/** Is the cue word at `v` a verb, not a noun after a determiner or a possessive ("the statement", "his comments")? */
function verbal(ctx: Ctx, v: number): boolean {
  const p = ctx.low[v - 1] ?? '';
  return !(NOUN_DETERMINERS.has(p) || p === "'s" || p === '’s' || p.endsWith("'s") || p.endsWith('’s'));
}

/** Contents that swallowed the attribution of their closing quotation start at its opening mark. */
export function trimSwallowedAttribution(ctx: Ctx, cands: Cand[]): void {
  const { marks } = ctx;
  for (const c of cands) {
    if (c.frags || marks.inQ[c.a] >= 0 || marks.markOf[c.a] >= 0) continue;
    // the content ends with a whole quotation (its marks trimmed or not)
    const r = marks.inQ[c.b - 1] >= 0 ? marks.inQ[c.b - 1] : marks.markOf[c.b - 1];
    if (r < 0) continue;
    const g = marks.regions[r];
    if (g.open <= c.a || g.words < 1 || c.b < g.tokEnd) continue;
    // nothing else quoted before it in the content
    let quoted = false;
    for (let i = c.a; i < g.open && !quoted; i++) if (marks.markOf[i] >= 0) quoted = true;
    if (quoted) continue;
    const own = c.cue ? c.cue[0] : -1;
    let v = introducingCue(ctx, g.open, c.a, own);
    // the content's own cue inside it, right before the quotation ("… by saying, “A.”", "…, the
    // mother of three replied, “A.”"): the narration before the cue is no part of what was said
    // (but the words before a cue set off in the middle are: "In his state, Christie said, …")
    const swallowedOwn = v < 0 && own >= c.a && own < g.open && !c.rule.endsWith('cue-middle') && introducingCue(ctx, g.open, c.a, -1) === own;
    if (swallowedOwn) v = own;
    if (v < 0 || NAMING.has(ctx.low[v]) || !verbal(ctx, v)) continue;
    c.a = g.tokStart;
    c.b = g.tokEnd;
    if (swallowedOwn) continue; // its cue and speaker stay
    c.cue = [v, v + 1];
    // the speaker: that cue's subject, when it has one of its own ("Smith said"; not "…, adding")
    const np = subjectBefore(ctx, v);
    if (np && (PRONOUNS.has(ctx.low[np.head]) || isCap(ctx, np.head))) c.speaker = speakerRef(ctx, np);
  }
}

/** Words that end a lead-in of their own: what follows them is introduced, not continued. */
const LEAD_BREAKS = new Set([':', ';', '(', '[', '—', '–', '-', '--']);

/**
 * Contents that are a quotation opening in the middle of its sentence, attributed after it
 * (`The plan was “a mistake,” Lind said.`), start at the sentence's start: the words before the
 * opening mark are the speaker's paraphrase. Not when those words hold a cue of their own ("She
 * called it “a mistake,” …"), a quotation, another content, or end in a colon, a dash or a
 * bracket that introduces the quotation, nor after an opening participle ("Citing “a mistake,” …").
 */
export function leadIntoQuotation(ctx: Ctx, cands: Cand[]): void {
  const { marks, low, doc } = ctx;
  let prevEnd = 0;
  for (const c of cands) {
    const end = prevEnd;
    prevEnd = Math.max(prevEnd, c.b, c.cue ? c.cue[1] : 0);
    const o = c.a - 1;
    const first = c.frags ? c.frags[0][1] : c.b;
    if (o < 0 || !c.cue || c.cue[0] < first || marks.markOf[o] < 0 || marks.regions[marks.markOf[o]].open !== o) continue;
    const ss = afterDateline(ctx, sentStart(ctx, o), o);
    if (ss >= o || ss < end || LEAD_BREAKS.has(low[o - 1])) continue;
    if (low[ss].endsWith('ing') && low[ss] !== 'during') continue;
    let ok = false;
    for (let i = ss; i < o; i++) {
      if (marks.markOf[i] >= 0 || marks.inQ[i] >= 0 || CUES.has(low[i]) || low[i] === 'according') {
        ok = false;
        break;
      }
      if (doc.tokens[i].kind === 'word') ok = true;
    }
    if (!ok) continue;
    c.a = ss;
    if (c.frags) c.frags[0] = [ss, c.frags[0][1]];
  }
}

/**
 * Words that open a clause set before its main clause ("that, although talks failed, …", "that
 * despite the storm of last week, the ferry runs").
 */
const FRONTED = new Set(['although', 'though', 'despite', 'if', 'unless', 'while', 'since', 'because', 'once', 'until', 'after', 'before', 'when', 'whenever', 'given', 'amid', 'notwithstanding']);

/** Sentence-final marks (and closing quotation marks after them) that a content leaves out. */
const FINAL = new Set(['.', '!', '?', '”', '"', '’', "'"]);

/**
 * A content "that" + a fronted clause, cut at the comma that ends the fronted clause ("made clear
 * that despite the storm of last week, | the ferry runs on time"), stops before its own
 * main clause: it runs on to its sentence's end, when nothing in the rest (another content, a
 * quotation, a cue) belongs to another attribution.
 */
export function mainClauseOfThat(ctx: Ctx, cands: Cand[]): void {
  const { low, marks, doc } = ctx;
  for (const c of cands) {
    if (c.frags || low[c.a] !== 'that' || !FRONTED.has(low[c.a + 1] ?? '') || low[c.b] !== ',') continue;
    const s = ctx.sentOf[c.a];
    if (s < 0 || ctx.sentOf[c.b] !== s) continue;
    let e = doc.sentences[s].tokenEnd;
    while (e > c.b + 1 && FINAL.has(low[e - 1])) e--;
    if (e <= c.b + 1) continue;
    let free = true;
    for (let i = c.b; i < e && free; i++) free = marks.markOf[i] < 0 && !CUES.has(low[i]) && low[i] !== 'according';
    for (const o of cands) if (o !== c && o.a < e && o.b > c.b) free = false;
    if (free) c.b = e;
  }
}

/** Relative pronouns that open a clause about the person just named ("…, said Ruiz, who runs …"). */
const SPEAKER_RELATIVES = new Set(['who', 'whose', 'whom']);

/** Words that end the main part of a tail and open a relative clause inside it. */
const TAIL_RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'that']);

/**
 * A content set off around its attribution whose last piece tells about the speaker, not what was
 * said: "…, said Mara Ruiz, the council's budget officer." (a description with no verb of its own
 * before a relative clause), "…, said Ruiz, who chairs the council." (a relative clause after the
 * speaker's name). The piece is dropped; the words before the attribution stay the content.
 */
export function speakerTail(ctx: Ctx, cands: Cand[]): void {
  const { low } = ctx;
  const { tokens } = ctx.doc;
  for (const c of cands) {
    if (!c.frags || c.frags.length < 2 || !c.rule.endsWith('cue-middle') || !c.cue || !c.speaker || NAMING.has(low[c.cue[0]])) continue;
    const [f, e] = c.frags[c.frags.length - 1];
    const prevEnd = c.frags[c.frags.length - 2][1];
    if (c.cue[0] < prevEnd || c.cue[0] >= f || low[f - 1] !== ',') continue;
    // the speaker named after the cue ("said Ruiz, …"), or a relative clause after the attribution
    const sp = c.speaker.start;
    const inverted = sp !== undefined && sp >= tokens[c.cue[0]].end && sp < tokens[f].start;
    // (the relative clause is the speaker's when it follows the speaker's words: not "she reminded
    // him of the rioter, who …")
    let about = SPEAKER_RELATIVES.has(low[f]) && c.speaker.end === tokens[f - 2].end;
    if (!about && inverted) {
      about = true;
      for (let x = f; x < e && !TAIL_RELATIVES.has(low[x]); x++) {
        if (finiteAt(ctx, x)) { about = false; break; }
      }
    }
    if (!about) continue;
    c.frags.pop();
    c.b = c.frags[c.frags.length - 1][1];
    if (c.frags.length === 1) c.frags = undefined;
  }
}

/** Most tokens a list's tail may add to a content. */
const MAX_LIST_TAIL = 40;

/** Words that open a new clause rather than a list's item. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'yet', 'so', 'because', 'as', 'if', 'when', 'where', 'although', 'though', 'then', 'also', 'not']);

/**
 * The shape of a list item's first word, for the test that the items are parallel: a verb form
 * in "-ed" (a new predicate of the main clause: "…, and reaffirmed"), a noun phrase's start (a
 * determiner, a number, a capital), or another lower-case word (a bare verb, an adjective, a
 * noun).
 */
function itemShape(ctx: Ctx, i: number): 'ed' | 'np' | 'word' | 'other' {
  const w = ctx.low[i] ?? '';
  const t = ctx.doc.tokens[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'number')) return 'other';
  if (PRONOUNS.has(w) || CLAUSE_OPENERS.has(w)) return 'other';
  // (the determiners include the possessives: "his", "their")
  if (t.kind === 'number' || DETERMINERS.has(w) || isCap(ctx, i)) return 'np';
  if (w.length > 4 && w.endsWith('ed')) return 'ed';
  return 'word';
}

/**
 * A content cut at a comma inside a list it began ("to ensure safe passage, end the blockade |,
 * and reopen the ports"; "the return of prisoners |, the release of detainees, and the return
 * of children") runs on to the list's end: the rest of the sentence is the list's last items, the
 * last one after ", and" or ", or", its first word of the same shape as the list's earlier items
 * (so a second predicate of the main clause, "…, and reaffirmed his support", stays out), with
 * nothing in it that belongs to another attribution (a quotation, a verb of saying, another
 * content). A content with a single item before the comma takes a tail of at least two.
 */
export function listTail(ctx: Ctx, cands: Cand[]): void {
  const { low, marks } = ctx;
  for (const c of cands) {
    const e = commaCutEnd(ctx, c);
    if (e <= c.b + 2 || e - c.b > MAX_LIST_TAIL) continue;
    if (!restIsFree(ctx, cands, c, c.b, e)) continue;
    // the rest's items, each opening after a comma
    const starts: number[] = [];
    for (let i = c.b; i < e; i++) if (low[i] === ',') starts.push(i + 1);
    const last = starts[starts.length - 1];
    if (low[last] !== 'and' && low[last] !== 'or') continue;
    if (starts.slice(0, -1).some((k) => k >= e || low[k] === 'and' || low[k] === 'or')) continue;
    // the list's earlier item to compare with: the rest's first, or the content's own last one
    let earlier = -1;
    if (starts.length >= 2) earlier = starts[0];
    else {
      for (let i = c.b - 1; i > c.a + 1; i--) {
        if (marks.markOf[i] >= 0) break;
        if (low[i] === ',') { earlier = i + 1; break; }
      }
    }
    if (earlier < 0) continue;
    const shape = itemShape(ctx, last + 1);
    if (shape === 'other' || shape !== itemShape(ctx, earlier)) continue;
    if (starts.some((k) => itemShape(ctx, k) === 'other' && k !== last)) continue;
    c.b = e;
  }
}

/** Words that open an aside naming who acts along with the subject (", together with its allies,", ", in lock-step with X,"). */
const COMPANION_OPENERS = new Set(['together', 'along', 'alongside', 'jointly', 'in', 'hand']);
/** The nouns of an "in … with" companion aside ("in lock-step with", "in coordination with"). */
const COMPANION_NOUNS = new Set(['lock-step', 'lockstep', 'coordination', 'concert', 'cooperation', 'partnership', 'tandem', 'unison', 'step', 'consultation']);
/** Most tokens of such an aside. */
const MAX_COMPANION = 14;

/**
 * A content cut at the comma of an aside that names who acts along with its subject, when the
 * clause goes on after it ("that Peru would respond firmly |, together with its allies, to any
 * further attack"): the content runs on over the aside to the sentence's end, when nothing in the
 * rest belongs to another attribution (a quotation, a verb of saying, another content).
 */
export function companionAside(ctx: Ctx, cands: Cand[]): void {
  const { low, marks, doc } = ctx;
  for (const c of cands) {
    const e = commaCutEnd(ctx, c);
    if (e < 0) continue;
    const s = ctx.sentOf[c.a];
    const o = c.b + 1;
    const first = low[o];
    if (!COMPANION_OPENERS.has(first)) continue;
    // "together with", "along with", "alongside", "jointly with", "hand in hand with", "in lock-step with"
    if (first === 'in' ? !COMPANION_NOUNS.has(low[o + 1]) || low[o + 2] !== 'with' : first !== 'alongside' && low[o + 1] !== 'with' && !(first === 'hand' && low[o + 1] === 'in')) continue;
    let close = -1;
    for (let i = o + 2; i < o + MAX_COMPANION && i < doc.sentences[s].tokenEnd; i++) {
      if (marks.markOf[i] >= 0) break;
      if (low[i] === ',') { close = i; break; }
    }
    // the clause goes on after the aside in lower case: a preposition or an object ("to any
    // further attack"), not a new clause ("…, and said")
    if (close < 0 || !isWord(ctx, close + 1) || isCap(ctx, close + 1) || low[close + 1] === 'and' || low[close + 1] === 'but') continue;
    if (e > close + 1 && restIsFree(ctx, cands, c, close + 1, e)) c.b = e;
  }
}

/**
 * Where the sentence of a content cut at a comma inside it ends, before its final marks: -1 when
 * the content is split, short, or does not end right before a comma of its own sentence.
 */
function commaCutEnd(ctx: Ctx, c: Cand): number {
  const { low, doc } = ctx;
  if (c.frags || low[c.b] !== ',' || c.b - c.a < 2) return -1;
  const s = ctx.sentOf[c.a];
  if (s < 0 || ctx.sentOf[c.b] !== s) return -1;
  let e = doc.sentences[s].tokenEnd;
  while (e > c.b + 1 && FINAL.has(low[e - 1])) e--;
  return e;
}

/**
 * Whether the words [from, e) a content c may run on over hold nothing that belongs to another
 * attribution: a quotation mark, "according", a semicolon or a colon, a verb of saying, or
 * another content of `cands` after c's end.
 */
function restIsFree(ctx: Ctx, cands: Cand[], c: Cand, from: number, e: number): boolean {
  const { low, marks } = ctx;
  for (let i = from; i < e; i++) {
    if (marks.markOf[i] >= 0 || low[i] === 'according' || low[i] === ';' || low[i] === ':') return false;
    const cue = CUES.get(low[i]);
    if (cue && cue.cls !== 'B') return false;
  }
  for (const o of cands) if (o !== c && o.a < e && o.b > c.b) return false;
  return true;
}

/** Words after the one told that open what was told ("informed Ana Varga of …", "told them about …"). */
const TOLD_OPENERS = new Set(['of', 'about', 'on', 'regarding']);
/** Words that open an indirect question or a reported clause after the one asked or told. */
const ASKED_OPENERS = new Set(['whether', 'if', 'that']);

/**
 * A content that opens with the one told or asked ("informed | Ana Varga of the latest news",
 * "asked | the mayors of the region whether …"): what was told starts after them (and after "of",
 * "about", "on" or "regarding"), or at the "whether", "if" or "that" of what was asked or told.
 * The addressee the rule found, or after "asked" or a verb of telling a phrase of up to eight
 * words before that word with no verb, pronoun or mark of its own.
 */
export function addresseeInContent(ctx: Ctx, cands: Cand[]): void {
  const { low, marks } = ctx;
  for (const c of cands) {
    if (!c.cue || c.frags || c.cue[1] !== c.a || marks.markOf[c.a] >= 0) continue;
    const ad = c.addressee;
    if (ad && ad.a === c.a && ad.b < c.b - 2) {
      let k = ad.b;
      if (TOLD_OPENERS.has(low[k])) k++;
      if (k < c.b - 1) c.a = k;
      continue;
    }
    const cue = CUES.get(low[c.cue[0]]);
    if (!cue || (cue.lemma !== 'ask' && cue.cls !== 'T')) continue;
    for (let k = c.a + 1; k < Math.min(c.b - 2, c.a + 9); k++) {
      if (ASKED_OPENERS.has(low[k]) && (low[k] !== 'that' || cue.cls === 'T')) {
        c.a = k;
        break;
      }
      if (!isWord(ctx, k) || CUES.has(low[k]) || PRONOUNS.has(low[k]) || low[k].endsWith('ed')) break;
    }
  }
}

/** Words of a connective that opens a sentence ("In addition,", "At the same time,", "However,"). */
const CONNECTIVE_WORDS = new Set(['in', 'addition', 'at', 'the', 'same', 'time', 'however', 'also', 'meanwhile', 'moreover', 'furthermore', 'besides', 'additionally', 'still', 'yet', 'thus', 'therefore', 'nevertheless', 'nonetheless', 'turn', 'particular', 'first', 'second', 'third', 'finally', 'further', 'and', 'but', 'so', 'as', 'well']);
/** Most words of such a connective. */
const MAX_CONNECTIVE = 4;

/**
 * A content of "according to" or of an attribution set off in its middle that opens with a
 * connective and the attribution itself ("In addition, according to Ana Varga, a summit has been
 * called", "In addition, he said, the bridge …"): what was said starts after the attribution's
 * comma. (Words before it that say something, "Last spring, according to the office, …", stay:
 * they are part of the claim.)
 */
export function afterLeadingAttribution(ctx: Ctx, cands: Cand[]): void {
  const { low, marks } = ctx;
  for (const c of cands) {
    if (!c.cue || c.cue[0] <= c.a || (low[c.cue[0]] !== 'according' && !(c.frags && c.rule.endsWith('cue-middle')))) continue;
    if (c.frags) {
      // "In addition, | according to X, | B": the first piece only a connective
      const [f0, ...rest] = c.frags;
      if (!rest.length || f0[1] > c.cue[0] || f0[1] - f0[0] > MAX_CONNECTIVE) continue;
      let only = true;
      for (let i = f0[0]; i < f0[1]; i++) if (!CONNECTIVE_WORDS.has(low[i]) && low[i] !== ',') only = false;
      if (!only) continue;
      c.a = rest[0][0];
      c.frags = rest.length > 1 ? rest : undefined;
      continue;
    }
    let k = c.a;
    while (k < c.cue[0] && k - c.a < MAX_CONNECTIVE && CONNECTIVE_WORDS.has(low[k])) k++;
    if (low[k] === ',') k++;
    if (k !== c.cue[0]) continue;
    // the attribution's own comma: "according to X," then the words said
    let e = c.cue[1];
    while (e < c.b && low[e] !== ',' && marks.markOf[e] < 0) e++;
    if (low[e] !== ',' || e + 2 >= c.b) continue;
    c.a = e + 1;
  }
}

/** Words that open a concessive clause set before the main one ("Although …, X.", "While …, X."). */
const CONCEDING = new Set(['although', 'though', 'while', 'whereas']);
/** Conjunctions after a semicolon that go on with the same list or sentence ("…; and he clerked …"). */
const GOING_ON = new Set(['and', 'but', 'or', 'nor']);

/**
 * A content that "according to X" attributes after it (", according to the poll.") is the main
 * clause of its sentence: not the words before a colon or a semicolon that introduce it ("The
 * tax has not driven banks away: London stayed first, according to …"), nor a subordinate clause
 * set before it ("Although the week was hard, he leads, according to …"). The content starts
 * after that colon or semicolon, or after the comma that ends the subordinate clause (with three
 * words or more left, outside quotation marks).
 */
export function mainClauseBeforeAccording(ctx: Ctx, cands: Cand[]): void {
  const { low, marks } = ctx;
  for (const c of cands) {
    if (c.frags || !c.cue || low[c.cue[0]] !== 'according' || c.cue[0] < c.b || marks.inQ[c.a] >= 0 || marks.markOf[c.a] >= 0) continue;
    let cut = -1;
    for (let i = c.b - 1; i > c.a; i--) {
      if ((low[i] === ':' || low[i] === ';') && marks.inQ[i] < 0 && marks.markOf[i] < 0) {
        // (a clause after it, not a list it introduces: "… closest to her: Mills, Sullivan and Abedin")
        if (!GOING_ON.has(low[i + 1]) && clauseIn(ctx, i + 1, c.b)) cut = i + 1;
        break;
      }
    }
    if (cut < 0 && CONCEDING.has(low[c.a])) {
      for (let i = c.a + 2; i < c.b; i++) {
        if (marks.inQ[i] >= 0 || marks.markOf[i] >= 0) break;
        // (a clause: not "While in office, …", "Though tired, …")
        if (low[i] === ',') {
          if (clauseIn(ctx, c.a + 1, i)) cut = i + 1;
          break;
        }
      }
    }
    if (cut > c.a && wordsIn(ctx, cut, c.b) >= 3) c.a = cut;
  }
}

/** Whether words [a, b) hold a finite verb after their first word (`finiteAt`; not "Though tired, …"). */
function clauseIn(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (finiteAt(ctx, i)) return true;
  return false;
}

/** Auxiliaries and forms of "be" that make the words around them a clause. */
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'does', 'did', 'do']);

/** Words besides determiners that open an object or a complement after a verb: an object pronoun, "to". */
const OBJECT_OPENERS = new Set(['him', 'them', 'it', 'us', 'me', 'to']);

/** Whether token i opens an object: a determiner, an object pronoun or "to" (`OBJECT_OPENERS`), or a capitalised name. */
function objectOpener(ctx: Ctx, i: number): boolean {
  if (i >= ctx.low.length) return false;
  const w = ctx.low[i];
  return DETERMINERS.has(w) || OBJECT_OPENERS.has(w) || (ctx.doc.tokens[i].kind === 'word' && isCap(ctx, i));
}

/** Whether token i is a lower-case past form of a verb: "-ed" or an irregular past (`IRREGULAR_PAST`). */
function pastVerb(ctx: Ctx, i: number): boolean {
  const w = ctx.low[i];
  if (w === undefined || isCap(ctx, i) || ctx.doc.tokens[i].kind !== 'word') return false;
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/**
 * A content that is a noun phrase after a past cue ("thanked X for Y", "praised Z", "welcomed the
 * decision") runs no further than the subject's second act: "thanked X for his support and invited
 * him to visit" ends before "and invited". Not a clause ("that A rose and B fell"), nor inside
 * quotation marks.
 */
export function coordinatedPredicate(ctx: Ctx, cands: Cand[]): void {
  const { low, marks } = ctx;
  for (const c of cands) {
    if (!c.cue || c.frags || isTurn(c) || marks.inQ[c.a] >= 0 || low[c.a] === 'that' || !pastVerb(ctx, c.cue[1] - 1)) continue;
    for (let i = c.a + 1; i < c.b - 1; i++) {
      if (marks.inQ[i] >= 0) break;
      // (a clause of its own before the "and": "… said he then recorded calls and hosted …")
      // (the content's first word may itself be a participle: "self-described …")
      if (i > c.a + 1 && (low[i] === 'that' || low[i] === 'which' || low[i] === 'who' || CLAUSE_VERBS.has(low[i]) || (pastVerb(ctx, i) && low[i - 1] !== 'and'))) break;
      if (low[i] !== 'and') continue;
      const v = low[i + 1] === ',' ? i + 2 : i + 1;
      // (a verb with its object after it, "… and invited him", "… and criticized Obama"; not an
      // adjective, "baseless and invented by …", "… and improved dining")
      if (!pastVerb(ctx, v) || !objectOpener(ctx, v + 1)) continue;
      c.b = low[i - 1] === ',' ? i - 1 : i;
      break;
    }
  }
}

/**
 * Whether word i is a that-clause's verb: an auxiliary or a modal (`CLAUSE_VERBS`), a negated or
 * contracted one ("didn't", "she's"), any word but a function word after a subject pronoun, a
 * past form not after a determiner ("the strengthened guarantees" is a noun's), or a present form
 * after a name, a pronoun or a plural noun ("Russia supports", "trading prisoners encourages").
 */
function finiteAt(ctx: Ctx, i: number): boolean {
  const { low } = ctx;
  const w = low[i];
  if (CLAUSE_VERBS.has(w) || w === 'shall' || w.endsWith("n't") || w.endsWith('n’t')) return true;
  const p = low[i - 1];
  if ((w === "'s" || w === '’s' || w === "'re" || w === '’re' || w === "'d" || w === '’d') && (PRONOUNS.has(p) || p === 'there')) return true;
  if (isCap(ctx, i)) return false;
  // (any word but a function word after a subject pronoun: "that they distort …")
  if (SUBJECT_PRONOUNS.has(p) && ctx.doc.tokens[i].kind === 'word' && !STOP_NP.has(w) && !w.endsWith('ly')) return true;
  if (pastVerb(ctx, i) || (w.length === 4 && w.endsWith('ed'))) return !DETERMINERS.has(p);
  if (w.length < 3 || !w.endsWith('s') || w.endsWith('ss')) return false;
  return isCap(ctx, i - 1) || PRONOUNS.has(p) || (p.endsWith('s') && !DETERMINERS.has(p) && ctx.doc.tokens[i - 1].kind === 'word');
}

/** Pronouns that are a clause's subject. */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Words that open a condition at the head of a that-clause ("that if …, …", "that should …, …"). */
const CONDITION_OPENERS = new Set(['if', 'should', 'unless', 'once', 'when', 'whenever', 'until']);

/** Whether a "that" and a condition's opener stand within [a, b) with no comma after them ("… clear that should X continue"). */
function conditionBefore(ctx: Ctx, a: number, b: number): boolean {
  const { low } = ctx;
  for (let k = b - 2; k >= a; k--) {
    if (low[k] === ',') return false;
    if (low[k] === 'that' && CONDITION_OPENERS.has(low[k + 1])) return true;
  }
  return false;
}

/** Most words of a that-clause cut before its verb (its subject alone: "that the river talks"). */
const MAX_SUBJECT_WORDS = 10;

/**
 * Whether the "that" at token a opens a clause, not a noun phrase ("criticized that approach",
 * "that same day"): the word after it is no lower-case singular word other than a function word
 * (a determiner, a pronoun, a preposition or a subordinator: `STOP_NP`).
 */
function thatOpensClause(ctx: Ctx, a: number): boolean {
  const w = ctx.low[a + 1];
  if (w === undefined || ctx.doc.tokens[a + 1].kind !== 'word' || isCap(ctx, a + 1)) return true;
  return DETERMINERS.has(w) || PRONOUNS.has(w) || STOP_NP.has(w) || CONDITION_OPENERS.has(w) || (w.endsWith('s') && !w.endsWith('ss'));
}

/**
 * A that-clause cut before its verb ("hope that the talks on the river | , which began in May,
 * will …", "stressed that Chile | and Peru shared …"), or at the comma after a condition that
 * opens one ("… have been clear that should Chile go on | , Peru will …"): a content
 * that opens with "that", holds no verb (`finiteAt`) and no quotation in its first few words and
 * ends at a comma or an "and" within its sentence runs to the sentence's end when a verb stands
 * there and no verb of saying ("…, his team is suggesting that …"); what was found inside that
 * rest (the clause's own verb read as a cue) goes.
 */
export function verblessThat(ctx: Ctx, cands: Cand[]): Cand[] {
  const { low, marks } = ctx;
  const ran: Cand[] = [];
  for (const c of cands) {
    if (!c.cue || c.frags || isTurn(c) || marks.inQ[c.a] >= 0 || c.cue[1] > c.a) continue;
    if (low[c.b] !== ',' && low[c.b] !== 'and') continue;
    // ("that if X …, Y will …", "… have been clear that should X continue, Y will …": a condition
    // before a comma is no clause of its own; its main clause follows)
    const condition = low[c.b] === ',' && conditionBefore(ctx, c.a, c.b);
    if (!condition && (low[c.a] !== 'that' || !thatOpensClause(ctx, c.a))) continue;
    let words = 0;
    let verb = false;
    for (let i = c.a + 1; i < c.b && !verb && !condition; i++) {
      if (marks.markOf[i] >= 0 || marks.inQ[i] >= 0) verb = true;
      else if (isWord(ctx, i)) {
        words++;
        verb = finiteAt(ctx, i);
      }
    }
    if (!condition && (verb || words === 0 || words > MAX_SUBJECT_WORDS)) continue;
    const e = sentenceEndBeforeMark(ctx, c.a, c.b);
    let rest = false;
    for (let i = c.b; i < e && !rest; i++) rest = marks.inQ[i] < 0 && isWord(ctx, i) && finiteAt(ctx, i);
    if (!rest || sayingIn(ctx, c.b, e)) continue;
    c.b = e;
    ran.push(c);
  }
  return withoutFoundInside(cands, ran);
}

/** The end of the sentence of token a, before its final mark (not before `min`). */
function sentenceEndBeforeMark(ctx: Ctx, a: number, min: number): number {
  const { low } = ctx;
  let e = sentEnd(ctx, a);
  while (e > min && (low[e - 1] === '.' || low[e - 1] === '!' || low[e - 1] === '?')) e--;
  return e;
}

/** Whether a verb of saying (not a verb of believing) stands among words [a, e) outside quotation marks: a report of its own. */
export function sayingIn(ctx: Ctx, a: number, e: number): boolean {
  const { low, marks } = ctx;
  for (let i = a; i < e; i++) {
    if (marks.inQ[i] >= 0 || !isWord(ctx, i) || continuedModifier(ctx, i)) continue;
    const cue = CUES.get(low[i]);
    if (cue !== undefined && cue.cls !== 'B') return true;
  }
  return false;
}

/** Words after which "continued" before a noun is that noun's ("and continued efforts", "for continued support", "Peru's continued aid", "that continued contact will …"). */
const CONTINUED_LEADS = new Set(['and', ',', 'for', 'of', 'with', 'to', 'about', 'on', 'in', 'by', 'amid', 'despite', 'that', "'s", '’s', "'", '’']);

/**
 * Whether "continued" at token k modifies the word after it: after "and", a comma, a preposition, a
 * possessor or "that", before a word (not "that", "to" or "by", which a verb's content or agent
 * could open). After its subject it may be a verb of saying ("he continued his warnings that …").
 */
export function continuedModifier(ctx: Ctx, k: number): boolean {
  const { low, doc } = ctx;
  if (low[k] !== 'continued' || k < 1 || k + 1 >= low.length || isCap(ctx, k)) return false;
  const nx = low[k + 1];
  return doc.tokens[k + 1].kind === 'word' && nx !== 'that' && nx !== 'to' && nx !== 'by' && CONTINUED_LEADS.has(low[k - 1]);
}

/** `cands` without those found inside the contents `ran` lengthened, with their cues there too (the rest read apart). */
function withoutFoundInside(cands: Cand[], ran: Cand[]): Cand[] {
  if (!ran.length) return cands;
  return cands.filter((x) => !ran.some((c) => c !== x && x.a > c.a && x.b <= c.b && (x.cue?.[0] ?? x.a) > c.a));
}

/** Words that open a concession or a reason at the head of a that-clause ("and that although …"). */
const CONCESSIVE_OPENERS = new Set(['although', 'though', 'even', 'while', 'because', 'since', 'despite']);

/**
 * A reported clause cut before a second one joined to it by "and that" ("testified that she sent
 * no such email | , and that she handed over …", also after a semicolon): one report of two
 * things, so the content runs on through the second clause to its sentence's end, unless a verb
 * of saying stands there (a report of its own). The second clause may open on an adjective when a
 * modal soon follows ("…, and that lasting relief under the plan can be achieved"). Not "and
 * that’s why …" (a demonstrative), nor inside quotation marks; what
 * was found inside the second clause goes.
 */
export function secondThatClause(ctx: Ctx, cands: Cand[]): Cand[] {
  const { low, marks } = ctx;
  const ran: Cand[] = [];
  for (const c of cands) {
    if (!c.cue || c.frags || isTurn(c) || marks.inQ[c.a] >= 0 || c.cue[1] > c.a) continue;
    let k = c.b;
    if (low[k] === ',' || low[k] === ';') k++;
    if (low[k] !== 'and' || low[k + 1] !== 'that' || marks.inQ[k] >= 0) continue;
    const nx = low[k + 2];
    if (nx === undefined || nx === "'s" || nx === '’s' || nx === 'is' || nx === 'was' || !(thatOpensClause(ctx, k + 1) || CONCESSIVE_OPENERS.has(nx) || continuedModifier(ctx, k + 2) || modalAhead(ctx, k + 2))) continue;
    const e = sentenceEndBeforeMark(ctx, c.a, k);
    if (e <= k + 3 || sayingIn(ctx, k + 2, e)) continue;
    c.b = e;
    ran.push(c);
  }
  return withoutFoundInside(cands, ran);
}

/** Modals that show a clause's verb ("and that lasting peace … can be achieved"). */
const CLAUSE_MODALS = new Set(['can', 'could', 'will', 'would', 'must', 'should', 'may', 'might', 'shall']);
/** Most words between "that" and the modal of its clause. */
const MAX_TO_MODAL = 8;

/** Whether a modal follows within a few words of k (words and possessives only: no punctuation or quotation between). */
function modalAhead(ctx: Ctx, k: number): boolean {
  for (let x = k + 1; x < k + 1 + MAX_TO_MODAL && x < ctx.low.length; x++) {
    const w = ctx.low[x];
    if ((!isWord(ctx, x) && w !== "'s" && w !== '’s') || ctx.marks.inQ[x] >= 0) return false;
    if (CLAUSE_MODALS.has(w)) return true;
  }
  return false;
}

/** Dashes that set off an aside or a spoken restart. */
const DASHES = new Set(['—', '–', '--']);
/** Words a phrase cannot end on: a content that stops on one before a dash was cut by a restart. */
const OPEN_ENDS = new Set(['would', 'will', 'could', 'should', 'can', 'the', 'a', 'an', 'and', 'or', 'that', 'to', 'of', 'in', 'on', 'our', 'their', 'his', 'her', 'its', 'my', 'i', 'we', 'is', 'are', 'was', 'be', 'with', 'for', 'by']);

/**
 * Spoken words repaired with a dash ("concern about the buildup on the border and occup- — and in
 * occupied Crimea", "that I would — that I'd respond"): a content that stops at the dash on a
 * broken-off word or on a word no phrase ends on runs on to its sentence's end. And in a speaker's
 * turn, a cue inside an aside set off by dashes ("— should it happen, and I expect it will — the
 * two countries could …") has its content end at the aside's closing dash (in written news a dash
 * before the cue more often closes an apposition: left alone there).
 */
export function dashRepairs(ctx: Ctx, cands: Cand[]): void {
  const { low, doc } = ctx;
  const toks = doc.tokens;
  for (const c of cands) {
    if (c.frags || c.b >= toks.length || !c.cue) continue;
    const se = sentEnd(ctx, c.b - 1);
    // the aside (in a turn): a dash between the sentence's start and the cue, and the first dash
    // inside the content closing it
    if (c.cue[0] < c.a && c.rule.startsWith('in-turn') && dashBetween(low, sentStart(ctx, c.cue[0]), c.cue[0])) {
      let close = -1;
      for (let k = c.a; k < c.b; k++) if (DASHES.has(low[k])) { close = k; break; }
      if (close > c.a) {
        const [a, b] = trimRange(ctx, c.a, close);
        if (b > a) { c.b = b; continue; }
      }
    }
    // the restart: the content stops at a dash (after a broken-off word's hyphen)
    let k = c.b;
    const broken = low[k] === '-' && toks[k].start === toks[k - 1].end;
    if (broken) k++;
    if (!DASHES.has(low[k]) || k + 1 >= se) continue;
    if (!broken && !OPEN_ENDS.has(low[c.b - 1])) continue;
    const [, b] = trimRange(ctx, c.a, se);
    if (b > c.b) c.b = b;
  }
}

/** Whether a dash stands among tokens [a, b). */
function dashBetween(low: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (DASHES.has(low[k])) return true;
  return false;
}

/** Past forms of saying, thanking or stance that, after "and", are a second act of the attribution's subject. */
const SECOND_ACTS = new Set(['thanked', 'praised', 'welcomed', 'invited', 'urged', 'expressed', 'pledged', 'promised', 'vowed', 'asked', 'added', 'stressed', 'reiterated', 'noted', 'said', 'told', 'congratulated', 'commended', 'reaffirmed']);

/**
 * A reported clause that runs on into the subject's next act ("noted they had just finished an
 * exchange of prisoners and thanked the mayor for his help"): the content ends before "and" and a
 * past verb of saying, thanking or stance (`SECOND_ACTS`) with no subject of its own — an act of the
 * one who noted, which the rules and the tagger read on their own.
 */
export function secondAct(ctx: Ctx, cands: Cand[]): void {
  const { low, marks } = ctx;
  for (const c of cands) {
    if (!c.cue || c.frags || isTurn(c) || c.cue[1] > c.a || marks.inQ[c.a] >= 0) continue;
    for (let k = c.a + 2; k < c.b - 1; k++) {
      if (low[k] !== 'and' || low[k - 1] === ',' || marks.inQ[k] >= 0 || !SECOND_ACTS.has(low[k + 1])) continue;
      const [a, b] = trimRange(ctx, c.a, k);
      if (b - a >= 3) c.b = b;
      break;
    }
  }
}
