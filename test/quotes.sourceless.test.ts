import { describe, expect, it } from 'vitest';
import { analyze, analyzeDoc, STAGES } from '../src/analyze.js';
import type { Quote } from '../src/model/types.js';
import { makeCtx, type Ctx } from '../src/extract/quotes/context.js';
import { cand, type Cand } from '../src/extract/quotes/build.js';
import { dropAnonymityFormula, seemingSubject, unaskedQuestions } from '../src/extract/quotes/rules/sourceless.js';

const BEFORE_QUOTES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes'));

const UPTO_QUOTES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes') + 1);

function quotes(text: string): Quote[] {
  return analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes;
}

/** The speaker of the quote whose content holds `words` (null: no speaker; undefined: no such quote). */
function speakerOf(text: string, words: string): string | null | undefined {
  const q = quotes(text).find((x) => text.slice(x.start, x.end).includes(words));
  return q ? (q.speaker?.name ?? null) : undefined;
}

describe('quotes: attributions with no source', () => {
  it('gives what "is expected" no speaker', () => {
    expect(speakerOf('The merger is expected to cut hundreds of jobs at the plant.', 'hundreds of jobs') ?? null).toBeNull();
    expect(speakerOf('Both parties are widely expected to lose seats in the spring vote.', 'lose seats')).toBeNull();
  });
  it('gives the question put to someone no speaker, and keeps the asker of an active "asked"', () => {
    const text = 'Asked whether he would step down, Mayor Dunmore said: "Absolutely not."';
    expect(speakerOf(text, 'Absolutely not')).toBe('Dunmore');
    expect(speakerOf(text, 'whether he would step down') ?? null).toBeNull();
    expect(speakerOf('Ines Walcott was asked whether she feared a recall.', 'whether she feared') ?? null).toBeNull();
    expect(speakerOf('Ines Walcott asked the council whether the budget was final.', 'whether the budget was final')).toBe('Ines Walcott');
  });
  it('keeps the doer of "seemed to" with an act, not the subject of "seems to be"', () => {
    expect(speakerOf('The governor seemed to mock the proposal from the council.', 'the proposal') ?? 'governor').toContain('governor');
    const q = speakerOf('The new tower seems to be doomed by the cost overruns, the engineers say.', 'doomed');
    expect(q === undefined || q === null || q.includes('engineers')).toBe(true);
  });
});

describe('quotes: the anonymity formula', () => {
  it('is no content', () => {
    const text = '"We were never warned," said a nurse at the clinic, who asked not to be named. A guard, who spoke on condition of anonymity, said the doors were locked.';
    const got = quotes(text).map((q) => text.slice(q.start, q.end));
    expect(got.some((c) => /not to be named|anonymity/.test(c))).toBe(false);
    expect(got.some((c) => c.includes('We were never warned'))).toBe(true);
    expect(got.some((c) => c.includes('the doors were locked'))).toBe(true);
  });
  it('gives the person before a place the relative clause\'s words', () => {
    expect(speakerOf('A nurse at the clinic, who said the doors were locked, left early.', 'the doors were locked')).toContain('nurse');
  });
});

describe('quotes: unnamed bodies and sources', () => {
  it('gives "It added" the body that spoke in the sentence before', () => {
    expect(speakerOf('The ministry said on Monday that talks would resume. It added that no date was set.', 'no date was set')).toBe('ministry');
  });
  it('keeps "sources close to X" as the unnamed source, not X', () => {
    const sp = speakerOf('A person close to the mayor said she would resign in May.', 'she would resign');
    expect(sp).toContain('person');
    expect(sp).not.toBe('mayor');
  });
});

describe('quotes: the anonymity formula with a reason', () => {
  it('is no content either', () => {
    const text = 'A guard, who asked not to be named for fear of reprisals, said the doors were locked. The aide declined to be identified.';
    const got = quotes(text).map((q) => text.slice(q.start, q.end));
    expect(got.some((c) => /not to be named|to be identified/.test(c))).toBe(false);
    expect(got.some((c) => c.includes('the doors were locked'))).toBe(true);
  });
});

describe('quotes: the anonymity formula read from a content\'s opening', () => {
  const contentOf = (text: string): { ctx: Ctx; c: Cand } => {
    const doc = analyzeDoc({ id: 't', text }, BEFORE_QUOTES);
    const cx = makeCtx(doc);
    return { ctx: cx, c: cand(0, doc.tokens.length, null, 'test', 0.5) };
  };
  it('drops a long content that opens with the formula and its reason, keeps one that only opens with its words', () => {
    const tail = ' the harbour board and the ferry company and the fishermen and the council of the town all met twice in the old customs house on the quay last week';
    const withReason = contentOf('not to be named because she had no clearance to talk about' + tail);
    expect(dropAnonymityFormula(withReason.ctx, [withReason.c])).toEqual([]);
    const noReason = contentOf('not to be named in the report on' + tail);
    expect(dropAnonymityFormula(noReason.ctx, [noReason.c])).toHaveLength(1);
  });
});

describe('quotes: a relative clause without commas before the verb of saying', () => {
  it('leaves the sentence\'s own verb and its subject to the attribution', () => {
    const text = 'An aide who asked not to be named said the levy was dead. A guard who spoke on condition of anonymity said the doors were locked.';
    const got = quotes(text).map((q) => [q.speaker?.name, text.slice(q.start, q.end)]);
    expect(got).toContainEqual(['aide', 'the levy was dead']);
    expect(got).toContainEqual(['guard', 'the doors were locked']);
    expect(got.some(([, c]) => /not to be named|anonymity/.test(c ?? ''))).toBe(false);
  });
});

describe('the participle of a question put to someone', () => {
  it('is no speaker when it opens the sentence ("Pressed on the budget, …")', () => {
    const qs = analyze({ id: 'p', text: 'Pressed on the budget, the minister declined to comment.', published: '2024-05-10' }).quotes;
    expect(qs.every((q) => q.speaker?.name !== 'Pressed')).toBe(true);
  });
});

describe('quotes: what something seems or appears to be', () => {
  /** The content after running seemingSubject on a candidate that starts after the cue word `cueWord` and runs to the stop. */
  function seeming(text: string, cueWord: string): string {
    const doc = analyzeDoc({ id: 't', text }, BEFORE_QUOTES);
    const ctx: Ctx = makeCtx(doc);
    const v = ctx.low.indexOf(cueWord);
    const stop = ctx.low.indexOf('.', v);
    const c: Cand = cand(v + 1, stop, null, 'tagger', 1, [v, v + 1]);
    seemingSubject(ctx, [c]);
    return text.slice(doc.tokens[c.a].start, doc.tokens[c.b - 1].end);
  }
  it('is the whole clause, its subject with it', () => {
    expect(seeming('After the storm, the old harbour wall seemed close to collapse.', 'seemed')).toBe('the old harbour wall seemed close to collapse');
    expect(seeming('The ferry timetables, which nobody had checked, appear to be wrong.', 'appear')).toBe('The ferry timetables, which nobody had checked, appear to be wrong');
    expect(seeming('The orchard growers appeared to lose interest.', 'appeared')).toBe('The orchard growers appeared to lose interest');
  });
  it('keeps the words after the verb alone after "it" and "there", and after an act of saying or thinking', () => {
    expect(seeming('It seems unlikely to rain in Tamsford.', 'seems')).toBe('unlikely to rain in Tamsford');
    expect(seeming('The harbour master seemed to acknowledge the delay.', 'seemed')).toBe('to acknowledge the delay');
  });
  it('is found whatever the subject, a person or a thing', () => {
    const qs = analyze({ id: 's', text: 'By Friday, the mayor with the loud voice seemed to be losing ground in the polls.', published: '2024-05-10' }).quotes;
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['the mayor with the loud voice seemed to be losing ground in the polls', null]]);
  });
  it('and so is what "is expected", with its subject', () => {
    const got = (text: string) => analyze({ id: 'e', text, published: '2024-05-10' }).quotes.map((q) => [q.text, q.speaker]);
    expect(got('The new ferry could be expected to cut the crossing to an hour.')).toEqual([['The new ferry could be expected to cut the crossing to an hour', null]]);
    expect(got('The ferry company is expected to cut fares.')).toEqual([['The ferry company is expected to cut fares', null]]);
  });
});

describe('quotes: the questions a speaker answers, named by a participle opening the sentence', () => {
  it('are no content; the answer after them is the speaker’s', () => {
    const text = 'Answering questions from journalists after his meeting with the mayor of Tamsford in Lund, President Tomas Berg noted that the ferry would run again in May.';
    const qs = analyze({ id: 't', text }).quotes;
    expect(qs.map((q) => q.text)).toEqual(['that the ferry would run again in May']);
    expect(qs[0].speaker?.name).toContain('Tomas Berg');
  });
});

describe('quotes: questions or doubts no one is named as asking', () => {
  /** Whether a candidate after "about" (to the stop), given the sentence's first word as its speaker, keeps a speaker after unaskedQuestions. */
  function keepsSpeaker(text: string): boolean {
    const doc = analyzeDoc({ id: 't', text }, BEFORE_QUOTES);
    const ctx: Ctx = makeCtx(doc);
    const v = ctx.low.indexOf('about');
    const c: Cand = cand(v + 1, ctx.low.indexOf('.', v), { name: text.split(' ')[0], start: 0, end: 1, entity: undefined, anonymous: undefined }, 'tagger', 1, [v - 2, v + 1]);
    unaskedQuestions(ctx, [c]);
    return c.speaker !== null;
  }
  it('are no one’s when the subject faces them, a thing raises them, or they are there or mount', () => {
    expect(keepsSpeaker('Mayor Lena Ortiz faced questions about the harbor contract on Tuesday.')).toBe(false);
    expect(keepsSpeaker('The ferry strike raised serious doubts about the port budget.')).toBe(false);
    expect(keepsSpeaker('Still, there are questions about the harbor contract.')).toBe(false);
    expect(keepsSpeaker('Ortiz met mounting questions about the harbor contract.')).toBe(false);
  });
  it('are the asker’s when a person raises them or puts them', () => {
    expect(keepsSpeaker('Senator Tomas Berg raised questions about the harbor contract.')).toBe(true);
    expect(keepsSpeaker('She raised questions about the harbor contract.')).toBe(true);
    expect(keepsSpeaker('Reporters asked questions about the harbor contract.')).toBe(true);
  });
});

describe('quotes: agentless passives', () => {
  it('give what someone is accused of, known for or said to be no speaker', () => {
    const t1 = 'The harbour commissioner, Mira Halvorsen, was accused of hiding the dredging invoices from the board.';
    const t2 = 'Councillor Okafor has long been criticized for skipping the budget hearings in Tamsford.';
    const t3 = 'It has been reported that the ferry operator Vell Lines will cut its winter routes.';
    const got = [speakerOf(t1, 'hiding the dredging invoices'), speakerOf(t2, 'skipping the budget hearings'), speakerOf(t3, 'cut its winter routes')];
    expect(got.filter((s) => s !== undefined).length).toBeGreaterThan(0);
    for (const s of got) expect(s ?? null).toBeNull();
  });
  it('keeps the subject who feels, and the one reported to have said something', () => {
    expect(speakerOf('The dock workers were worried that the new cranes would cost them their jobs.', 'the new cranes') ?? 'workers').toContain('workers');
    expect(speakerOf('Mayor Ilse Brandt is reported to have told donors that the tunnel plan was dead.', 'the tunnel plan was dead') ?? 'Brandt').toContain('Brandt');
  });
  it('keeps the subject quoted, cited or heard as saying it', () => {
    expect(speakerOf('“We have gone through every question on the list,” Mayor Ilse Brandt was quoted as saying by the Tamsford Courier.', 'We have gone through')).toContain('Brandt');
    expect(speakerOf('Mayor Ilse Brandt was quoted as saying that the tunnel plan was dead.', 'the tunnel plan was dead')).toContain('Brandt');
  });
});

describe('quotes: a question put with no asker named', () => {
  it('is no one’s, with "asked" as its cue, over a verb of thinking inside it and a setting before it', () => {
    const cases: Array<[string, string]> = [
      ['Asked if she feared the levy would fail, Orla Brennan declined to guess.', 'if she feared the levy would fail'],
      ['Asked at the depot on Friday whether he would stand again, Piet Vos gave a long answer.', 'whether he would stand again'],
    ];
    for (const [text, question] of cases) {
      const qs = quotes(text);
      const q = qs.find((x) => x.text === question);
      expect(q?.speaker).toBeNull();
      expect(q?.cue?.text).toBe(text.startsWith('Asked') ? 'Asked' : 'asked');
      // nothing taken from the setting between "asked" and the question
      expect(qs.filter((x) => x.start > 0 && x.end <= text.indexOf(question))).toEqual([]);
    }
    // the question of those named as asking stays theirs
    const text = 'Reporters asked Piet Vos on Friday whether the depot would close.';
    expect(quotes(text).find((x) => x.text.startsWith('whether'))?.speaker?.name).toBe('Reporters');
  });
});
