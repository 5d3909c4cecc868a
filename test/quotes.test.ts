import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { firstPersonInTurns } from '../src/extract/quotes/rules/labels.js';
import { newDoc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { quotesStage } from '../src/extract/quotes/index.js';
import type { Quote } from '../src/model/types.js';

function quotes(text: string): Quote[] {
  const doc = newDoc({ id: 't', text });
  textStage.run(doc);
  quotesStage.run(doc);
  return doc.quotes;
}

describe('quotes: direct', () => {
  it('finds a quote before its attribution, with the pronoun as speaker span', () => {
    const text = 'Trump met Putin.\n\n“We are not happy,” he told reporters on Monday.';
    const [q] = quotes(text);
    expect(q.text).toBe('We are not happy,');
    expect(q.kind).toBe('direct');
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe('he');
    expect(q.cue?.text).toBe('told');
  });
  it('joins a quote split by its attribution into one with fragments', () => {
    const text = '“A deal is close,” Ushakov said, “but not done.”';
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].fragments).toHaveLength(2);
    expect(qs[0].speaker?.name).toBe('Ushakov');
    expect(qs[0].text.startsWith('A deal')).toBe(true);
    expect(qs[0].text.endsWith('not done.')).toBe(true);
    // each piece is the words, without the marks around them
    expect(qs[0].fragments!.map((f) => text.slice(f.start, f.end))).toEqual(['A deal is close,', 'but not done.']);
  });
  it('reads an inverted attribution and drops titles from the name', () => {
    const [q] = quotes('“We will respond,” said Russian President Vladimir Putin.');
    expect(q.speaker?.name).toBe('Vladimir Putin');
    expect(q.kind).toBe('direct');
  });
  it('takes a colon after a cue and a quote running over paragraphs', () => {
    const text = 'The senator added: “First part.\n\n“Second part.”\n\nThen the vote came.';
    const [q] = quotes(text);
    expect(q.text).toContain('First part.');
    expect(q.text).toContain('Second part.');
    expect(q.speaker?.name).toBe('The senator'.replace(/^The /, ''));
  });
});

describe('quotes: indirect and mixed', () => {
  it('takes the that-clause as content and the addressee of "told"', () => {
    const text = 'Yuri Ushakov, Putin’s foreign affairs adviser, told the outlet that Trump had pushed for a meeting.';
    const [q] = quotes(text);
    expect(q.kind).toBe('indirect');
    expect(q.text).toBe('that Trump had pushed for a meeting');
    expect(q.speaker?.name).toBe('Yuri Ushakov');
    expect(q.addressee?.name).toBe('the outlet');
  });
  it('marks a paraphrase with a partial quote as mixed', () => {
    const [q] = quotes('Trump said that he is “not happy” with the talks.');
    expect(q.kind).toBe('mixed');
    expect(q.speaker?.name).toBe('Trump');
  });
  it('reads "according to" before and after the content', () => {
    const a = quotes('The talks failed, according to two officials.');
    expect(a[0].text).toBe('The talks failed');
    expect(a[0].speaker?.anonymous).toBe(true);
    const b = quotes('According to the Pentagon, the shipment was paused.');
    expect(b[0].text).toBe('the shipment was paused');
    expect(b[0].speaker?.name).toBe('Pentagon');
  });
  it('takes the maker of a document "according to" names ("an analysis by X") for the source', () => {
    const [q] = quotes('Ferry traffic doubled this year, according to a fresh study by the Harbor Institute.');
    expect(q.text).toBe('Ferry traffic doubled this year');
    expect(q.speaker?.name).toBe('Harbor Institute');
  });
  it('keeps a possessive description apart from the possessor', () => {
    const [q] = quotes('Putin’s spokesman said the call was useful.');
    expect(q.speaker?.name).toBe('Putin’s spokesman');
  });
  it('keeps unnamed sources as such', () => {
    const [q] = quotes('A senior administration official said the pause was temporary.');
    expect(q.speaker?.anonymous).toBe(true);
    expect(q.speaker?.name).toBe('senior administration official');
  });
  it('counts beliefs and poll findings', () => {
    const qs = quotes('Most voters believe the economy is weak. The poll shows a tight race.');
    expect(qs.map((q) => q.text)).toEqual(['the economy is weak', 'a tight race']);
  });
});

describe('quotes: transcripts', () => {
  it('gives each labelled turn and its following paragraphs to the label', () => {
    const text = 'THE PRESIDENT: Hello, folks.\n\nWe spoke this week.\n\nQ Mr. President, will you meet him?\n\nTHE PRESIDENT: Yes.';
    const qs = quotes(text);
    expect(qs.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['THE PRESIDENT', 'Hello, folks'],
      ['THE PRESIDENT', 'We spoke this week'],
      ['Q', 'Mr. President, will you meet him?'],
      ['THE PRESIDENT', 'Yes'],
    ]);
  });
});

describe('quotes: transcripts in ordinary case', () => {
  it('takes labels that are person names when two speakers or more are labelled, and gives "I" to the turn', () => {
    const text = [
      'Adviser Pavel Orlov answered questions from journalists after the call.',
      'Question: Did the two presidents discuss the grain deal?',
      'Pavel Orlov: Yes, they did. I have already told you that we expect progress next week.',
      'Question: Will there be another call?',
      'Pavel Orlov: I do not rule it out.',
    ].join('\n\n');
    const qs = analyze({ id: 'orlov', text }).quotes; // names come from the entity stage
    const turns = qs.filter((q) => q.rule.includes('speaker-label'));
    expect(turns.map((q) => q.speaker?.name)).toEqual(['Question', 'Pavel Orlov', 'Question', 'Pavel Orlov']);
    expect(turns[0].speaker?.anonymous).toBe(true);
    // what the adviser says he said is his, not "I"'s
    for (const q of qs) expect(q.speaker?.name).not.toBe('I');
  });
  it('gives a first-person speaker inside a labelled turn to the turn\'s speaker', () => {
    const turn = { a: 0, b: 20, speaker: { name: 'Pavel Orlov', entity: 'e1', start: 0, end: 11 }, rule: 'speaker-label', conf: 0.95 };
    const inner = { a: 5, b: 12, speaker: { name: 'I', start: 30, end: 31 }, rule: 'tagger', conf: 0.5 };
    const outside = { a: 25, b: 30, speaker: { name: 'we', start: 120, end: 122 }, rule: 'tagger', conf: 0.5 };
    const cands = [turn, inner, outside];
    firstPersonInTurns(cands);
    expect(inner.speaker).toEqual({ name: 'Pavel Orlov', entity: 'e1', start: 30, end: 31 });
    expect(outside.speaker.name).toBe('we');
  });
  it('leaves a headline-style name before a colon alone, and ends such a turn with its paragraph', () => {
    const text = [
      'Lena Hart: Housing Costs Are The Real Crisis',
      'The mayor said rents had doubled in a decade.',
      'Lena Hart: We Need More Homes',
    ].join('\n\n');
    const qs = analyze({ id: 'hart', text }).quotes;
    expect(qs.some((q) => q.rule.includes('speaker-label'))).toBe(false);
  });
});

describe('quotes: the subject\'s second act', () => {
  it('ends a phrase content before "and" and a verb with its object, not a clause\'s or an adjective\'s "and"', () => {
    const text = (t: string) => analyze({ id: 'and', text: t, published: '2024-01-10' }).quotes.map((q) => q.text);
    expect(text('The minister thanked Peru for its support and invited its president to visit Lima.')).toEqual(['Peru for its support']);
    expect(text('The mayor said the bridge opened in May and carried its first trucks in June.')).toEqual(['the bridge opened in May and carried its first trucks in June']);
    expect(text('The governor called the report baseless and invented by his rivals.')).toEqual(['the report baseless and invented by his rivals']);
  });
});

describe('quotes: a topic discussed', () => {
  it('is marked as a topic, unlike a view, a need, a clause or a question discussed', () => {
    const text = 'The two ministers discussed the situation on the border. They also discussed the need for a new treaty. The minister said that the border would open. The mayor spoke about whether the bridge would open. The mayor spoke about the bridge over the river.';
    const got = analyze({ id: 'topic', text, published: '2024-01-10' }).quotes.map((q) => [q.text, q.topic ?? false]);
    expect(got).toEqual([
      ['the situation on the border', true],
      ['the need for a new treaty', false],
      ['that the border would open', false],
      ['whether the bridge would open', false],
      ['the bridge over the river', true],
    ]);
  });
});

describe('quotes: the author\'s voice', () => {
  it('gives first-person statements outside quotation marks to the author the title names', () => {
    const text = 'Today I signed the relief bill. I believe the towns along the river will recover, and we will rebuild every bridge. The mayor told me, "We need help."';
    const r = analyze({ id: 'stmt', title: 'Statement by Governor Anna Lind on the Flood Relief Bill', text });
    // (the attributions inside the text, not its paragraphs as the author's own: `authored`)
    const byText = (s: string) => r.quotes.find((q) => q.rule !== 'authored' && q.text.includes(s));
    expect(byText('will recover')?.speaker?.name).toBe('Anna Lind');
    // words inside quotation marks keep their own speaker
    expect(byText('need help')?.speaker?.name).not.toBe('Anna Lind');
  });
  it('finds the author among the article\'s people, and leaves articles without an author alone', () => {
    const text = 'Governor Anna Lind visited Millford on Monday. I believe the towns along the river will recover.';
    const r = analyze({ id: 'stmt2', title: 'Remarks by Governor Lind in Millford', text });
    const q = r.quotes.find((x) => x.rule !== 'authored' && x.text.includes('will recover'));
    const lind = r.actors.find((a) => a.name === 'Anna Lind');
    expect(q?.speaker?.entity).toBe(lind?.id);
    const r2 = analyze({ id: 'stmt3', title: 'Flood relief passes', text: 'I believe the towns along the river will recover.' });
    expect(r2.quotes.find((x) => x.text.includes('will recover'))?.speaker?.name).toBe('I');
  });
  it('finds the author of a briefing whose office has "to" in it ("Briefing by Aide to the President X following …")', () => {
    const text = 'Good afternoon. The call between Ana Covaci and Rui Matos lasted an hour. I want to note that the tone was calm.';
    const r = analyze({ id: 'brief', title: 'Briefing by Aide to the President Ilse Vahl following a call between Ana Covaci and Rui Matos', text: 'Ilse Vahl opened the briefing. ' + text });
    expect(r.quotes.find((q) => q.rule !== 'authored' && q.text.includes('tone was calm'))?.speaker?.name).toBe('Ilse Vahl');
  });
  it('gives "we" in an unsigned text of a government to that government, and in a newspaper\'s to no one', () => {
    const text = 'The sanctions take effect today. We believe that the towns along the river will recover.';
    const speaker = (source: string) => analyze({ id: 'sheet', title: 'FACT SHEET: Flood relief', source, text }).quotes.find((x) => x.text.includes('will recover'))?.speaker?.name;
    expect(speaker('White House')).toBe('White House');
    expect(speaker('Kremlin')).toBe('Kremlin');
    expect(speaker('Millford Gazette')).toBe('We');
  });
});

describe('quotes: "told X …" without "that"', () => {
  it('ends the addressee where the reported clause begins', () => {
    for (const [text, to, content] of [
      ['Peskov told reporters the Kremlin was satisfied.', 'reporters', 'the Kremlin was satisfied'],
      ['Peskov told the outlet the talks would resume.', 'the outlet', 'the talks would resume'],
    ]) {
      const q = analyze({ id: 'told', text }).quotes[0];
      expect(q?.addressee?.name).toBe(to);
      expect(q?.text).toBe(content);
    }
  });
});

describe('quotes: relayed second-hand', () => {
  it('keeps both: the quoted speaker\'s words as relayed by the source after "according to"', () => {
    const text = '"We are ready," Dana Kiel told reporters on Thursday, according to Omar Reyes.';
    const r = analyze({ id: 'relay', text, published: '2025-10-17' });
    const q = r.quotes.find((x) => x.text.includes('We are ready'));
    expect(q?.speaker?.name).toBe('Omar Reyes');
    expect(q?.via?.name).toBe('Dana Kiel');
    expect(q?.kind).toBe('direct');
    // the quoted words' present tense does not make Thursday the next one
    expect(q?.time).toBe('2025-10-16');
  });
  it('also after a question that ends its sentence inside the quotation, with no period in the source\'s name', () => {
    const text = '“Why would anyone believe that?” Dana Kiel asked on the pier, according to the Harbor Ledger.';
    const qs = analyze({ id: 'relay2', text }).quotes;
    expect(qs.map((q) => [q.text, q.speaker?.name, q.via?.name])).toEqual([['Why would anyone believe that?', 'Harbor Ledger', 'Dana Kiel']]);
  });
  it('gives a report told inside another, whose source is named after it, to that source, relaying the first speaker', () => {
    const got = (text: string) => analyze({ id: 'trail', text }).quotes.map((q) => [q.speaker?.name, q.via?.name ?? null]);
    expect(got('Mayor Dana Kiel called for new elections, city officials said.')).toEqual([['city officials', 'Dana Kiel']]);
    expect(got('In one email, Mayor Dana Kiel discussed how the ferry fares would rise, the Ledger reported on Monday.')).toEqual([['Ledger', 'Dana Kiel']]);
    expect(got('Mayor Dana Kiel called for new elections, and her deputy resigned.')).toEqual([['Dana Kiel', null]]);
    // a comma inside the closing mark, and an adverb before the verb
    expect(got('Earlier this month, the Lundish government blamed those attacks on Norland, whose “thefts are meant to harm the vote,” Interior Minister Jon Berg said.')).toEqual([['Jon Berg', 'Lundish government']]);
    expect(got('Mayor Dana Kiel called for new elections, the Ledger first reported.')).toEqual([['Ledger', 'Dana Kiel']]);
    // and what the source adds after it
    expect(got('Mayor Dana Kiel did not complain when the mill closed, a city official said, adding that the council agreed.')).toEqual([
      ['city official', 'Dana Kiel'],
      ['city official', null],
    ]);
    // records and analyses that show it
    expect(got('Mayor Dana Kiel backed the new ferry line, city records show.')).toEqual([['city records', 'Dana Kiel']]);
  });
});

describe('quotes: structure', () => {
  it('joins a quotation in the next paragraph to the attributed one before it', () => {
    const text = '“We will win,” Sanders said.\n\n“And we will win big.”\n\nThe vote is Tuesday.';
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].fragments).toHaveLength(2);
    expect(qs[0].text).toContain('win big.');
  });
  it('keeps a middle attribution inside one content', () => {
    const [q] = quotes('The files covered many subjects, the Ledger said, including budgets and hearings.');
    expect(q.speaker?.name).toBe('Ledger');
    expect(q.text).toBe('The files covered many subjects, the Ledger said, including budgets and hearings');
  });
  it('ends a content where a second speech clause begins', () => {
    const qs = quotes('Most Democrats said yes, but 48 percent of voters overall say she does not.');
    expect(qs.map((q) => q.text)).toEqual(['yes', 'she does not']);
  });
  it('does not read a noun as a cue', () => {
    expect(quotes('The ongoing email investigation continued for months.')).toEqual([]);
  });
  it('reads a possessor as the source of a stance noun', () => {
    const [q] = quotes('Trump’s criticism of the trade deal drew applause.');
    expect(q.speaker?.name).toBe('Trump');
    // the object of the stance (what PolNeAR annotates), not the rest of the clause
    expect(q.text.startsWith('the trade deal')).toBe(true);
  });
  it('resolves the speaker through a coreferent mention', () => {
    const doc = newDoc({ id: 't', text: 'Vladimir Putin spoke. He said the talks were useful.' });
    textStage.run(doc);
    doc.entities = [{ id: 'e1', name: 'Vladimir Putin', type: 'PER', aliases: [], mentions: [0, 1] }];
    doc.mentions = [
      { start: 0, end: 14, text: 'Vladimir Putin', type: 'PER', entity: 'e1', form: 'name', rule: 't', confidence: 1 },
      { start: 22, end: 24, text: 'He', type: 'PER', entity: 'e1', form: 'pronoun', rule: 't', confidence: 1 },
    ];
    quotesStage.run(doc);
    const q = doc.quotes[0];
    expect(q.speaker).toMatchObject({ name: 'Vladimir Putin', entity: 'e1', start: 22, end: 24 });
  });
});

describe('quotes: coreference guard', () => {
  it('keeps "he" unresolved when coreference links it to an organization', () => {
    const doc = newDoc({ id: 't', text: 'The Monitor hosted him. He said the revolt began early.' });
    textStage.run(doc);
    doc.entities = [{ id: 'e1', name: 'The Monitor', type: 'ORG', aliases: [], mentions: [0, 1] }];
    doc.mentions = [
      { start: 0, end: 11, text: 'The Monitor', type: 'ORG', entity: 'e1', form: 'name', rule: 't', confidence: 1 },
      { start: 24, end: 26, text: 'He', type: 'ORG', entity: 'e1', form: 'pronoun', rule: 't', confidence: 1 },
    ];
    quotesStage.run(doc);
    expect(doc.quotes[0].speaker).toMatchObject({ name: 'He', start: 24, end: 26 });
    expect(doc.quotes[0].speaker?.entity).toBeUndefined();
  });
});

describe('quotes: a whole quotation framed by other words', () => {
  const content = async (text: string, from: string, final: boolean) => {
    const { makeCtx } = await import('../src/extract/quotes/context.js');
    const { resolveCands } = await import('../src/extract/quotes/build.js');
    const doc = newDoc({ id: 't', text });
    textStage.run(doc);
    const ctx = makeCtx(doc);
    const a = ctx.low.indexOf(from);
    const c = { a, b: ctx.low.length, speaker: { name: 'Tomas Berg' }, rule: 'tagger', conf: 0.5 };
    const [k] = resolveCands(ctx, [c], final);
    return text.slice(doc.tokens[k.a].start, doc.tokens[k.b - 1].end);
  };
  it('reports the quotation alone when it is a whole utterance after a comma or a colon', async () => {
    expect(await content('Said Tomas Berg, who grew up near the harbour, “We were all so proud of the crews.”', 'who', true)).toBe('We were all so proud of the crews.');
    expect(await content('The mayor read the line: “The harbour will stay open all winter.”', 'the', true)).toBe('The harbour will stay open all winter.');
  });
  it('keeps the words around a short quotation, one that goes on the sentence, a that-clause, and the rules’ own candidates', async () => {
    expect(await content('Tomas Berg said the new slogan, “Open Harbour Now,” would stay.', 'the', true)).toBe('the new slogan, “Open Harbour Now,” would stay');
    expect(await content('No closure, he said, “hides what the harbour really needs.”', 'no', true)).toBe('No closure, he said, “hides what the harbour really needs.”');
    expect(await content('Tomas Berg said that, “The harbour will stay open all winter.”', 'that', true)).toBe('that, “The harbour will stay open all winter.”');
    expect(await content('Tomas Berg said the port will reopen in May, “No one can stop the crews from working.”', 'the', true)).toBe('the port will reopen in May, “No one can stop the crews from working.”');
    expect(await content('Said Tomas Berg, who grew up near the harbour, “We were all so proud of the crews.”', 'who', false)).toBe('who grew up near the harbour, “We were all so proud of the crews.”');
  });
});

describe('quotes: "according to X," and a phrase about X at the sentence end', () => {
  const full = (text: string) => analyze({ id: 'a', text, published: '2024-05-02' }).quotes;
  it('ends the content before "according to" and takes the name the apposition gives', () => {
    const one = full('The museum will stay closed until March, according to its director, Claire Dubois.');
    expect(one.map((q) => [q.text, q.speaker?.name])).toEqual([['The museum will stay closed until March', 'Claire Dubois']]);
    const two = full('The deal is worth about $2 billion, according to Daniel Ortiz, an adviser to the buyer.');
    expect(two.map((q) => [q.text, q.speaker?.name])).toEqual([['The deal is worth about $2 billion', 'Daniel Ortiz']]);
  });
  it('still reads a content set around "according to" in two pieces', () => {
    const [q] = full('Turnout in the city, according to the election board, has doubled since 2019.');
    expect(q.fragments).toHaveLength(2);
  });
  it('takes the main clause before a trailing "according to": after a colon or a semicolon, after a concessive clause', () => {
    const one = (text: string) => full(text).map((q) => q.text);
    expect(one('The tax has not driven the banks away: Tamsford stayed the first port of the coast, according to one shipping index.')).toEqual(['Tamsford stayed the first port of the coast']);
    expect(one('Although the week was hard for the mayor, she still leads the race, according to two recent polls.')).toEqual(['she still leads the race']);
    // (not a list after a colon, nor a concession with no clause of its own)
    expect(one('The office checked the files of three clerks: Ana Ruiz, Tomas Berg and Lena Ortiz, according to the court filing.')[0]).toMatch(/^The office checked/);
    expect(one('Although tired, the crews finished the pier in May, according to the harbor office.')[0]).toMatch(/^Although tired/);
  });
  it('ends the content there after a clause of its own, whatever the sentence then adds (not when it goes on with "and")', () => {
    const [q] = full('The ferry line carried more than two million passengers on its three routes last year, according to the harbor authority, taking the lead among the ports of the coast.');
    expect([q.text, q.speaker?.name]).toEqual(['The ferry line carried more than two million passengers on its three routes last year', 'harbor authority']);
    const [r] = full('The ferry line carried more than two million passengers on its three routes last year, according to the harbor authority, and it plans to add a fourth route in June.');
    expect(r.text.endsWith('a fourth route in June')).toBe(true);
  });
});

describe('quotes: verbs of saying used for deeds', () => {
  it('reads no quote in "said goodbye", "told a joke", "claimed responsibility", "named her “…”"', () => {
    const none = (text: string) => analyze({ id: 'deed', text }).quotes.map((q) => q.text);
    expect(none('Marta said goodbye to her neighbours on Sunday after forty years on the farm.')).toEqual([]);
    expect(none('He nodded, said goodbye and walked out through the kitchen.')).toEqual([]);
    expect(none('A little-known militia claimed responsibility for the blast, which damaged two bridges.')).toEqual([]);
    expect(none('The insurgents claimed control of the valley after a week of shelling.')).toEqual([]);
    expect(none('The comedian told a joke about the harbour, and the hall laughed.')).toEqual([]);
    expect(none('The club named him "Volunteer of the Decade" last spring.')).toEqual([]);
    // the verbs still report words
    expect(none('The militia claimed that the blast was an accident.')).toEqual(['that the blast was an accident']);
    expect(none('She told reporters the joke had gone too far.')).toEqual(['the joke had gone too far']);
  });
});
