import { describe, expect, it } from 'vitest';
import { timeOfClause, timeOfSentence, checkAnachronisms } from '../src/extract/time/index.js';
import { run, times } from './time.helpers.js';

// 2025-07-03 is a Thursday
const DCT = '2025-07-03';

describe('time: weekdays and tense', () => {
  it('reads "set to resume Monday" as ahead of publication', () => {
    const doc = run('The talks, set to resume Monday in Belfast, were in doubt.', '1998-03-22');
    expect(doc.times.map((t) => t.value)).toEqual(['1998-03-23']);
  });
  it('reads "as early as Tuesday" as ahead of publication', () => {
    const doc = run('Her brother could arrive from Chile as early as Tuesday.', '2000-04-03');
    expect(doc.times.map((t) => t.value)).toEqual(['2000-04-04']);
  });
  it('reads a possessive weekday with no tense cue beside it as past: "Wednesday\'s ruling"', () => {
    const doc = run('Attorneys will try to get around Wednesday\'s decision by the court.', '2000-01-07');
    expect(doc.times.map((t) => t.value)).toEqual(['2000-01-05']);
  });
  it('reads a plan in the past perfect as past: "had been scheduled to expire Friday"', () => {
    const doc = run('The offer had been scheduled to expire Friday.', '1989-10-30');
    expect(doc.times.map((t) => t.value)).toEqual(['1989-10-27']);
  });
  it('a weekday in a past-tense sentence is the one before publication', () => {
    expect(times('The minister said on Monday that talks had failed.', DCT)).toEqual([['Monday', 'DATE', '2025-06-30']]);
  });
  it('a weekday with "will" or "next" points forward', () => {
    expect(times('The two leaders will meet on Monday.', DCT)).toEqual([['Monday', 'DATE', '2025-07-07']]);
    expect(times('They met last Friday and meet again next Friday.', DCT)).toEqual([
      ['last Friday', 'DATE', '2025-06-27'],
      ['next Friday', 'DATE', '2025-07-11'],
    ]);
  });
  it('a date after "since" is behind publication', () => {
    expect(times('Divers have been searching the harbour since Oct. 23.', '1999-05-06')).toEqual([['Oct. 23', 'DATE', '1998-10-23']]);
    // a "since" of reason, with the date as its subject, sets no tense
    expect(times('Since Thursday is a holiday, the harbour office closes early.', '2024-05-08')).toEqual([['Thursday', 'DATE', '2024-05-09']]);
  });
  it('the publication weekday is the publication day', () => {
    expect(times('Putin spoke with Trump on Thursday.', DCT)).toEqual([['Thursday', 'DATE', '2025-07-03']]);
  });
  it('without a publication date values stay underspecified, never the run date', () => {
    expect(times('He arrived on Thursday and left two days later.')).toEqual([
      ['Thursday', 'DATE', 'XXXX-WXX-4'],
      ['two days later', 'DATE', 'XXXX-XX-XX'],
    ]);
  });
});

describe('time: calendar expressions', () => {
  it('reads a range of amounts as one duration: its lower bound, or unknown after "the next"', () => {
    expect(run('The repairs will take two to three weeks.', '2013-03-20').times.map((t) => [t.text, t.value])).toEqual([['two to three weeks', 'P2W']]);
    expect(run('Prices should rise over the next 12 to 18 months.', '2013-03-20').times.map((t) => [t.text, t.value])).toEqual([
      ['the next 12 to 18 months', 'PXM'],
    ]);
  });
  it('reads full dates, months, years, decades and centuries', () => {
    expect(times('On March 3, 2013, in May 2010 and in 1953, during the 1990s and the 20th century.', DCT)).toEqual([
      ['March 3, 2013', 'DATE', '2013-03-03'],
      ['May 2010', 'DATE', '2010-05'],
      ['1953', 'DATE', '1953'],
      ['the 1990s', 'DATE', '199'],
      ['the 20th century', 'DATE', '19'],
    ]);
  });
  it('resolves relative units against the publication date', () => {
    expect(times('Sales fell last week, rose this month and will grow next year.', DCT)).toEqual([
      ['last week', 'DATE', '2025-W26'],
      ['this month', 'DATE', '2025-07'],
      ['next year', 'DATE', '2026'],
    ]);
    expect(times('It was founded two years ago, last summer it grew, in the fourth quarter it lost money.', DCT)).toEqual([
      ['two years ago', 'DATE', '2023'],
      ['last summer', 'DATE', '2024-SU'],
      ['the fourth quarter', 'DATE', '2024-Q4'],
    ]);
  });
  it('uses the narrative date for anaphoric expressions', () => {
    expect(times('The talks opened on March 3, 2020. Two days later they collapsed.', DCT).map((t) => t[2])).toEqual(['2020-03-03', '2020-03-05']);
  });
  it('reads clock times and joins them to their day', () => {
    expect(times('The statement came at 5:41 P.M. EST, and the match was postponed until 15:00 GMT Saturday.', DCT)).toEqual([
      ['5:41 P.M. EST', 'TIME', '2025-07-03T17:41'],
      ['15:00 GMT Saturday', 'TIME', '2025-07-05T15:00'],
    ]);
    expect(times('He left on Friday afternoon.', DCT)).toEqual([['Friday afternoon', 'TIME', '2025-06-27TAF']]);
  });
  it('gives references, durations, sets and mods', () => {
    const doc = run('Now the flu season, which started in early December, has lasted more than three months. Officials meet every Monday and publish data weekly. Recently it spread.', DCT);
    expect(doc.times.map((t) => [t.text, t.type, t.value, t.mod])).toEqual([
      ['Now', 'DATE', 'PRESENT_REF', undefined],
      ['early December', 'DATE', '2024-12', 'START'],
      ['more than three months', 'DURATION', 'P3M', 'MORE_THAN'],
      ['every Monday', 'SET', 'XXXX-WXX-1', undefined],
      ['weekly', 'SET', 'P1W', undefined],
      ['Recently', 'DATE', 'PAST_REF', undefined],
    ]);
  });
  it('leaves amounts and words that only look like dates', () => {
    expect(times('The company paid $1999 to 2,000 people and may march on.', DCT)).toEqual([]);
  });
});

describe('time: helpers', () => {
  it('timeOfSentence gives the most specific date of the sentence', () => {
    const doc = run('Last year, on Thursday, the minister met reporters for two hours. Nothing else.', DCT);
    expect(timeOfSentence(doc, 0)).toBe('2025-07-03');
    expect(timeOfSentence(doc, 1)).toBeUndefined();
  });
  it('timeOfSentence dates a report by its reporting verb, not by what was said', () => {
    const doc = run('Zelenskyy said on Thursday that the invasion began in February 2022.', DCT);
    expect(timeOfSentence(doc, 0)).toBe('2025-07-03');
    const fronted = run('On Monday, the minister told reporters that the war started on 24 February 2022.', DCT);
    expect(timeOfSentence(fronted, 0)).toBe('2025-06-30');
    // the statement time is not given: the dates are only its topic
    const topic = run('The minister said the invasion began on 24 February 2022.', DCT);
    expect(timeOfSentence(topic, 0)).toBeUndefined();
    const trailing = run('The invasion began in February 2022, the minister said.', DCT);
    expect(timeOfSentence(trailing, 0)).toBeUndefined();
    const quoted = run('“We met on 3 March 2024,” he said on Monday.', DCT);
    expect(timeOfSentence(quoted, 0)).toBe('2025-06-30');
  });
  it('timeOfClause gives the most specific date inside a span', () => {
    const text = 'Zelenskyy said on Thursday that the invasion began in February 2022.';
    const doc = run(text, DCT);
    expect(timeOfClause(doc, text.indexOf('that'), text.length)).toBe('2022-02');
    expect(timeOfClause(doc, 0, text.indexOf('that'))).toBe('2025-07-03');
    expect(timeOfClause(doc, 0, 9)).toBeUndefined();
  });
  it('checkAnachronisms flags an event dated to the wrong year', () => {
    const doc = run("Since Russia's full-scale invasion of Ukraine in February 2023, Kyiv has received aid.", DCT);
    expect(checkAnachronisms(doc)).toEqual([
      expect.objectContaining({ event: "Russia's full-scale invasion of Ukraine", stated: '2023-02', expected: '2022-02-24' }),
    ]);
    const ok = run("Since Russia's full-scale invasion of Ukraine in February 2022, Kyiv has received aid.", DCT);
    expect(checkAnachronisms(ok)).toEqual([]);
  });
});

describe('time: spans and conventions', () => {
  it('keeps "last" with a month and counts "earlier than" as a duration', () => {
    expect(times('He died last June. The season started a month earlier than usual.', '2013-03-22')).toEqual([
      ['last June', 'DATE', '2012-06'],
      ['a month', 'DURATION', 'P1M'],
    ]);
  });
  it('reads the weekend by tense and leaves ages alone', () => {
    expect(times('Protests spread over the weekend among children 6 months and older.', DCT)).toEqual([['the weekend', 'DATE', '2025-W26-WE']]);
  });
  it('takes the narrative month for "the end of the year"', () => {
    expect(times('The outbreak began in early December 2012 and peaked by the end of the year.', '2013-03-22').map((t) => t[2])).toEqual(['2012-12', '2012']);
  });
  it("reads today's as the present when it qualifies a name", () => {
    expect(times("Parts of today's Ukraine were then Polish.", DCT)).toEqual([["today", 'DATE', 'PRESENT_REF']]);
  });
});

describe('time: a quotation is another voice', () => {
  it('reads the tense of the narrative around a weekday, not the tense inside the quotation before it', async () => {
    const { analyze } = await import('../src/analyze.js');
    const value = (text: string) => analyze({ id: 't', text, published: '2025-10-17' }).times.find((t) => t.text === 'Thursday')?.value;
    expect(value('"We are ready," Putin told reporters on Thursday.')).toBe('2025-10-16');
    expect(value('"We will meet on Thursday," Putin said.')).toBe('2025-10-23');
    expect(value('"We met on Thursday," Putin said.')).toBe('2025-10-16');
  });
});
