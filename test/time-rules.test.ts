import { describe, expect, it } from 'vitest';
import { newDoc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { easter, movableDate } from '../src/extract/time/parsers/HolidayParser.js';
import { findCandidates, tokenWindows } from '../src/extract/time/engine.js';
import { parseIsoDate } from '../src/extract/time/common/calendar.js';
import { PARSERS } from '../src/extract/time/config.js';
import { cand, copyCand } from '../src/extract/time/common/build.js';

import { run, times } from './time.helpers.js';
const value = (text: string, span: string, published: string): string | undefined =>
  run(text, published).times.find((t) => t.text === span)?.value;

describe('time: financial reports', () => {
  const DCT = '1989-10-30';
  it('dates "a year ago" and "the year-ago quarter" by the quarter being reported', () => {
    const text =
      'Acme Corp. reported a third-quarter loss of $5 million, compared with a profit of $2 million a year ago. ' +
      'Revenue fell to $80 million from $95 million in the year-ago quarter. Sales in the latest period were flat.';
    const got = times(text, DCT);
    expect(got).toContainEqual(['third-quarter', 'DATE', '1989-Q3']);
    expect(got).toContainEqual(['a year ago', 'DATE', '1988-Q3']);
    expect(got).toContainEqual(['the year-ago quarter', 'DATE', '1988-Q3']);
    expect(got).toContainEqual(['the latest period', 'DATE', '1989-Q3']);
  });
  it('reads the short forms "Q3 2013", "2014Q1" and a bare "fiscal Q2"', () => {
    const text = 'Orders rose in Q3 2013 and again in 2014Q1. Sales had slowed in fiscal Q2.';
    const got = times(text, DCT);
    expect(got).toContainEqual(['Q3 2013', 'DATE', '2013-Q3']);
    expect(got).toContainEqual(['2014Q1', 'DATE', '2014-Q1']);
    expect(got).toContainEqual(['Q2', 'DATE', '1989-Q2']); // the latest Q2 before an autumn 1989 report
  });
  it('dates "a year earlier" by the year when its sentence names a longer period', () => {
    const text =
      'Zenco posted a third-quarter profit of $4 million. ' +
      'For the first nine months, it earned $12 million, compared with $9 million a year earlier.';
    expect(value(text, 'a year earlier', DCT)).toBe('1988');
  });
  it('reads "for the full year" as the current year and "the year ended" as a fiscal year', () => {
    expect(times('Sales for the full year were $6 billion.', DCT)).toEqual([['the full year', 'DATE', '1989']]);
    expect(value('Rally had a loss for the year ended July 2.', 'the year', DCT)).toBe('P1Y');
    expect(times('He was named man of the year.', DCT)).toEqual([]);
    expect(times('Prices doubled in the year before.', DCT)).toEqual([]);
  });
  it('leaves "a year ago" a year outside a report, and drops "the latest period" with no quarter in view', () => {
    expect(times('The war began a year ago.', DCT)).toEqual([['a year ago', 'DATE', '1988']]);
    expect(times('Sales in the latest period were flat.', DCT)).toEqual([]);
  });
  it('reads "last year\'s third quarter" and a capitalized "Third-quarter"', () => {
    expect(value('Sales rose from last year\'s third quarter.', "last year's third quarter", DCT)).toBe('1988-Q3');
    expect(value('Third-quarter sales rose.', 'Third-quarter', DCT)).toBe('1989-Q3');
  });
});

describe('time: years and holidays', () => {
  it('reads spelled-out years and prefixed years', () => {
    expect(times('In nineteen ninety-six a bomb went off.', '1998-02-01')).toEqual([['nineteen ninety-six', 'DATE', '1996']]);
    expect(times('He promised it by the year two thousand.', '1998-02-01')).toEqual([['the year two thousand', 'DATE', '2000']]);
    expect(times('He sold twenty thousand copies.', '1998-02-01')).toEqual([]);
    expect(times('The group fell apart in mid-1996.', '1998-02-01')).toEqual([['mid-1996', 'DATE', '1996']]);
    expect(times('He was jailed from 1991 to 1997.', '1998-02-01')).toEqual([
      ['1991', 'DATE', '1991'],
      ['1997', 'DATE', '1997'],
    ]);
  });
  it('computes movable holidays in the year the tense points to', () => {
    expect(easter(2013)).toEqual({ y: 2013, m: 3, d: 31 });
    expect(easter(2000)).toEqual({ y: 2000, m: 4, d: 23 });
    expect(movableDate('11 4 4 0', 1999)).toEqual({ y: 1999, m: 11, d: 25 });
    expect(movableDate('5 1 -1 0', 2013)).toEqual({ y: 2013, m: 5, d: 27 });
    expect(value('The boy was found on Thanksgiving Day.', 'Thanksgiving Day', '2000-01-07')).toBe('1999-11-25');
    expect(value('Voters will decide on Election Day.', 'Election Day', '1998-10-20')).toBe('1998-11-03');
    expect(value('Pilgrims will gather for Easter.', 'Easter', '2013-03-22')).toBe('2013-03-31');
  });
  it('counts "year-end" as the end of the year', () => {
    expect(run('The deal should close by year-end.', '1989-10-30').times.map((t) => [t.text, t.value, t.mod])).toEqual([['year-end', '1989', 'END']]);
  });
});

describe('time: spans and anchoring', () => {
  it('reads "the week of March 6" as the ISO week holding that day', () => {
    expect(times('Talks are set for the week of March 6 in Geneva.', '2000-02-24')).toEqual([['the week of March 6', 'DATE', '2000-W10']]);
  });
  it('puts a clock time on the day named after its parenthesized GMT time, as two expressions', () => {
    expect(times('The explosion came at about 10:35 a.m. (0735 GMT) Friday and brought down a building.', '1998-08-08')).toEqual([
      ['10:35 a.m.', 'TIME', '1998-08-07T10:35'],
      ['Friday', 'DATE', '1998-08-07'],
    ]);
  });
  it('leaves possessives, the article of adjectival durations, "about" and "only" out of the span', () => {
    const got = run('After a 16-hour flight and its two-year term, she waited about five hours.', '2013-03-22').times;
    expect(got.map((t) => t.text)).toEqual(['16-hour', 'two-year', 'five hours']);
    expect(got[2].mod).toBe('APPROX');
  });
  it('trusts a tense cue touching a month-day over calendar nearness', () => {
    expect(value('Revenue was $76 million for the year ended March 31.', 'March 31', '1989-11-01')).toBe('1989-03-31');
  });
  it('dates a clock time by the day its sentence names', () => {
    expect(value('On Oct. 23, 1998, he was shot at 10 p.m. in his kitchen.', '10 p.m.', '1999-05-05')).toBe('1998-10-23T22:00');
  });
  it('counts weekdays from the sentence\'s own explicit date, but not a reported weekday', () => {
    expect(value('On March 3, 2011, the talks broke down, and on Friday the envoy left.', 'Friday', '2013-03-22')).toBe('2011-03-04');
    expect(value('“We met on 3 March 2024,” he said on Monday.', 'Monday', '2025-07-03')).toBe('2025-06-30');
  });
});

describe('time: trigger pass', () => {
  // every parser must see a window: a time word that no trigger covers would be silently dropped
  const samples = [
    'the 1990s', 'the nineties', 'the 20th century', 'March 3', '3 March', 'May 2010', 'last June', 'Thursday',
    '2009', 'yesterday', 'last week', 'two years ago', 'three days', 'for years', '5 p.m.', '14:00 GMT', 'noon',
    'the third quarter', 'Q2 2013', 'last summer', 'recently', 'now', 'daily', 'every Monday', 'Christmas',
    'Thanksgiving', 'Easter', 'the weekend', 'the end of the year', 'year-end', 'the latest period', 'year-earlier',
    'nineteen ninety-six', 'the year two thousand', '2025-07-03',
  ];
  it.each(samples)('"%s" falls in a trigger window and is found', (s) => {
    const text = `It happened ${s} here.`;
    const doc = newDoc({ id: 't', text, published: '2013-03-22' });
    textStage.run(doc);
    const start = text.indexOf(s);
    const windows = tokenWindows(text, doc.tokens);
    expect(windows.some(([a, b]) => a <= start && start + s.length <= b)).toBe(true);
    expect(PARSERS.some((p) => new RegExp(p.pattern.source, p.pattern.flags).test(s))).toBe(true);
  });
});

describe('time: parser keys', () => {
  // every match of a parser's pattern holds a key of each of its groups (the engine skips windows without them)
  const texts = [
    'the 1990s', 'the nineties', 'the early 20th century', 'on Thursday, March 3rd, 2013', 'the 3rd of March', 'May 2010', 'since last June',
    'in 2009', 'the day before yesterday morning', 'the following week', 'two years ago', 'three more days', 'for years', 'at 5 p.m. EST',
    '14:00 GMT', 'noon', 'the third quarter of 2012', 'Q2 2013', '2013Q4', 'this past summer', 'more recently', 'right now', 'the near future',
    'daily', 'every other Monday', 'each two weeks', 'last Christmas', "New Year’s Eve 2014", 'the weekend', 'the end of the year', "year's end",
    'the latest period', 'the comparable year-earlier period', 'nineteen ninety-six', 'the year two thousand', '2025-07-03T14:00',
    'over the full year ended', 'a couple of centuries', 'a millennium', 'a fortnight later', 'mid-1996', "the '90s", 'the 1980’s',
    "at 10 o'clock", '9 a. m.', '11pm', 'nowadays', 'in future', 'a later date', 'at the time', "Valentine’s Day", "Presidents' Day 2013",
  ];
  it.each(PARSERS.filter((p) => p.keys).map((p) => [p.name, p] as const))('%s', (_name, p) => {
    for (const t of texts) {
      const re = new RegExp(p.pattern.source, p.pattern.flags);
      let m: RegExpExecArray | null;
      while ((m = re.exec(t)) !== null) {
        if (!m[0].length) {
          re.lastIndex++;
          continue;
        }
        const low = m[0].toLowerCase();
        for (const group of p.keys!) expect(group.some((k) => (k === '0-9' ? /\d/.test(low) : k.startsWith(' ') ? new RegExp(`[\\s-]${k.slice(1)}`).test(low) : k.startsWith('^') ? new RegExp(`(?:^|\\W)${k.slice(1)}`).test(low) : low.includes(k))), `${p.name} on "${m[0]}"`).toBe(true);
      }
    }
  });
});

describe('time: the key test skips no match', () => {
  const text = [
    'The agency said on 2025-07-03 that the plant, shut since mid-1996, would reopen by the end of the year.',
    'Talks resumed Thursday, March 3rd, 2013, two years ago, and ran for three more days until the 3rd of May.',
    'Sales in the third quarter of 2012 and in Q2 2013 rose; the year-earlier period was weak.',
    "At 5 p.m. EST, or 14:00 GMT, the council met; by noon the next day it had met every other Monday since the '90s.",
    "He recalled New Year’s Eve 2014 and last Christmas; nineteen ninety-six was a hard year, and the year two thousand too.",
    'Recently, right now and for years, over the full year ended in June, prices rose daily in the nineteen-sixties.',
  ].join('\n\n');
  it('finds the same candidates as running every pattern over every window', () => {
    const doc = newDoc({ id: 't', text, published: '2013-03-22' });
    textStage.run(doc);
    const ctx = { doc, text, dct: parseIsoDate('2013-03-22') };
    const all = findCandidates(ctx, PARSERS.map((p) => ({ ...p, keys: undefined })));
    expect(all.length).toBeGreaterThan(20);
    expect(findCandidates(ctx, PARSERS)).toEqual(all);
  });
});

describe('time: copying a candidate', () => {
  it('replaces the fields given, clears an optional one given as undefined, and keeps the field order of cand', () => {
    const m = /next Friday/.exec('We meet next Friday.')!;
    const c = cand(m, 0, 'TestParser', 'DATE', { value: '2024-05-10', rel: { kind: 'weekday', dow: 5, shift: 1 }, confidence: 0.8 });
    const moved = copyCand(c, { start: 3, value: undefined, mod: 'APPROX' });
    expect(moved).toEqual({ ...c, start: 3, value: undefined, mod: 'APPROX' });
    expect(Object.keys(moved)).toEqual(Object.keys(c));
    expect(c.value).toBe('2024-05-10');
    expect(copyCand(c)).toEqual(c);
  });
});

describe('time: "since" with an article, and recurring adverbs before a preposition', () => {
  it('puts the date after "since the" behind the time of writing', () => {
    expect(value('The harbour has stayed shut since the Oct. 23 storm.', 'Oct. 23', '2031-05-06')).toBe('2030-10-23');
    expect(value('Since the June 4 vote, the council has not met.', 'June 4', '2031-05-06')).toBe('2030-06-04');
    // no "since": the calendar's nearest reading
    expect(value('The fair opens on Oct. 23.', 'Oct. 23', '2031-05-06')).toBe('2031-10-23');
  });
  it('reads "daily" or "weekly" before a preposition as a recurring time, not as an adjective', () => {
    expect(times('Pickets gather daily outside the depot.', '2031-05-06')).toContainEqual(['daily', 'SET', 'P1D']);
    expect(times('The two teams meet weekly across the river.', '2031-05-06')).toContainEqual(['weekly', 'SET', 'P1W']);
    expect(times('She reads the daily paper.', '2031-05-06').some((t) => t[0] === 'daily')).toBe(false);
  });
});

describe('time: weekdays in names and scheduled events', () => {
  it('dates Black Friday and Cyber Monday from Thanksgiving, and reads no date in a weekday that names a weekly thing or an agreement', () => {
    expect(value('Shoppers lined up on Black Friday.', 'Black Friday', '2024-12-05')).toBe('2024-11-29');
    expect(value('Cyber Monday deals drew crowds.', 'Cyber Monday', '2024-12-05')).toBe('2024-12-02');
    expect(times('She teaches Sunday school in Lima.', '2024-05-15')).toEqual([]);
    expect(times('The Saturday market was busy.', '2024-05-15')).toEqual([]);
    expect(times('The Good Friday Agreement was signed in 1998.', '2024-05-15').map((t) => t[0])).toEqual(['1998']);
    // a greeting on the day itself stays a date
    expect(value('Good Sunday morning to all of you.', 'Sunday morning', '2024-05-12')).toBe('2024-05-12TMO');
  });
  it('dates a weekday ahead after the present of a scheduled event', () => {
    expect(value('The team plays Saturday in Lima.', 'Saturday', '2024-05-15')).toBe('2024-05-18');
    expect(value('The new law takes effect Monday.', 'Monday', '2024-05-15')).toBe('2024-05-20');
    expect(value('The team played Saturday in Lima.', 'Saturday', '2024-05-15')).toBe('2024-05-11');
  });
});

describe('time: clock times with the part of the day after them', () => {
  it('puts a clock time without a.m. or p.m. in the evening or night that follows it, and takes "in the morning" into the span', () => {
    expect(value("The vote is at 8 o'clock tonight.", "8 o'clock tonight", '2024-05-15')).toBe('2024-05-15T20:00');
    expect(value("The rally starts at 6 o'clock in the evening.", "6 o'clock in the evening", '2024-05-15')).toBe('2024-05-15T18:00');
    expect(value('The attack came at 2:30 in the morning.', '2:30 in the morning', '2024-05-15')).toBe('2024-05-15T02:30');
    expect(value('They met at 7:30 Monday night.', '7:30 Monday', '2024-05-15')).toBe('2024-05-13T19:30');
  });
});

describe('time: a day number before "May"', () => {
  it('is a date where a date stands, not in a title-case heading', () => {
    expect(value('The vote was held on 8 May, officials said.', '8 May', '2024-05-15')).toBe('2024-05-08');
    expect(times('From 1 May to 5 May the office is closed.', '2024-05-15').map((t) => t[0])).toEqual(['1 May', '5 May']);
    expect(times('Section 3 May Apply To Residents.', '2024-05-15')).toEqual([]);
  });
});

describe('time: "the 1800s"', () => {
  it('is a century, "the 1990s" and "the 2000s" decades', () => {
    expect(value('He lived in the 1800s.', 'the 1800s', '2024-05-15')).toBe('18');
    expect(value('In the 1990s, the town grew.', 'the 1990s', '2024-05-15')).toBe('199');
    expect(value('In the 2000s, the town grew.', 'the 2000s', '2024-05-15')).toBe('200');
  });
});

describe('time: a date "will" looks forward to', () => {
  it('is the coming one however many months away ("will close on Christmas Eve" in May)', () => {
    expect(value('Shops will close on Christmas Eve.', 'Christmas Eve', '2024-05-15')).toBe('2024-12-24');
    expect(value('The law will take effect on Jan. 1.', 'Jan. 1', '2024-05-15')).toBe('2025-01-01');
    expect(value('Shops closed on Christmas Eve.', 'Christmas Eve', '2024-05-15')).toBe('2023-12-24');
  });
});

describe('time: years counted on from a year named alone', () => {
  it('dates "four years later" and "that year" from the last year the story named, not from publication', () => {
    expect(value('The war began in 1914 and ended four years later.', 'four years later', '2024-05-15')).toBe('1918');
    expect(value('In 2015, the team moved to Lima. That year, it won the title.', 'That year', '2024-05-15')).toBe('2015');
    // a financial comparison still counts from the report's own time
    expect(value('Sales rose 5% from a year earlier, the company said of 2019.', 'a year earlier', '2024-05-15')).toBe('2023');
  });
});

describe('time: recurring weekdays and months', () => {
  it('reads a plural weekday and "every"/"each" before a month as a set', () => {
    expect(times('Services are held on Sundays.', '2024-05-15')).toEqual([['Sundays', 'SET', 'XXXX-WXX-7']]);
    expect(times('Each March, the river floods.', '2024-05-15')).toEqual([['Each March', 'SET', 'XXXX-03']]);
    expect(times('Every winter, prices rise.', '2024-05-15')).toEqual([['Every winter', 'SET', 'XXXX-WI']]);
    expect(times('They met on Sunday.', '2024-05-15')).toEqual([['Sunday', 'DATE', '2024-05-12']]);
  });
});

describe('time: numbers that look like years', () => {
  it('reads no year in a street address or after "Section" or "Article", and keeps one before a name', () => {
    expect(times('She lives at 1984 Elm Street.', '2024-05-15')).toEqual([]);
    expect(times('Section 2024 of the code applies.', '2024-05-15')).toEqual([]);
    expect(times('A 1973 Supreme Court case is cited.', '2024-05-15').map((t) => t[2])).toEqual(['1973']);
  });
});

describe('time: dates written as numbers', () => {
  it('reads month/day/year, day.month.year and year/month/day, and the order only one reading allows', () => {
    expect(times('Filed on 2/24/2022.', '2024-05-15')).toEqual([['2/24/2022', 'DATE', '2022-02-24']]);
    expect(times('Markets closed on 24.02.2022 after the invasion.', '2024-05-15')).toEqual([['24.02.2022', 'DATE', '2022-02-24']]);
    expect(times('The file is dated 2024/05/03.', '2024-05-15')).toEqual([['2024/05/03', 'DATE', '2024-05-03']]);
    expect(times('Signed 24/2/22.', '2024-05-15')).toEqual([['24/2/22', 'DATE', '2022-02-24']]);
  });
  it('takes the reading of an ambiguous slash date nearer the publication date', () => {
    expect(times('Signed 05/11/2024 in Moscow.', '2024-11-07')).toEqual([['05/11/2024', 'DATE', '2024-11-05']]);
    expect(times('Signed 05/11/2024 in Moscow.', '2024-05-12')).toEqual([['05/11/2024', 'DATE', '2024-05-11']]);
  });
  it('reads no date in fractions, scores, version numbers or impossible days', () => {
    expect(times('The score was 3/4 and the rate 1/2.', '2024-05-15')).toEqual([]);
    expect(times('Version 3.10.12 shipped.', '2024-05-15')).toEqual([]);
    expect(times('Code 31/31/2020 was wrong.', '2024-05-15')).toEqual([]);
  });
});

describe('time: ranges of days', () => {
  it('gives each end of a range its own date, the month and year shared', () => {
    expect(times('The talks run June 3-7, 2025.', '2024-05-15')).toEqual([
      ['June 3', 'DATE', '2025-06-03'],
      ['7, 2025', 'DATE', '2025-06-07'],
    ]);
    expect(times('The summit runs June 30-July 2.', '2024-05-15')).toEqual([
      ['June 30', 'DATE', '2024-06-30'],
      ['July 2', 'DATE', '2024-07-02'],
    ]);
    expect(times('Voting took place 3-7 March 2023.', '2024-05-15')).toEqual([
      ['3', 'DATE', '2023-03-03'],
      ['7 March 2023', 'DATE', '2023-03-07'],
    ]);
    expect(times('The fair is on June 3 and 4 in Lyon.', '2024-05-15')).toEqual([
      ['June 3', 'DATE', '2024-06-03'],
      ['4', 'DATE', '2024-06-04'],
    ]);
  });
  it('reads no range in a count after "and" or in a score', () => {
    expect(times('On June 3 and 4 soldiers died.', '2024-05-15')).toEqual([['June 3', 'DATE', '2024-06-03']]);
    expect(times('The game ended May 2-1.', '2024-05-15')).toEqual([]);
  });
});

describe('time: the two ends of a range in one year', () => {
  it('gives a bare day number the year of the end that names the month', () => {
    expect(times('Protests were held on June 3 and 4.', '2024-05-10').map((t) => t[2])).toEqual(['2023-06-03', '2023-06-04']);
    expect(times('The talks of 14-15 May ended without a deal.', '2024-05-10').map((t) => t[2])).toEqual(['2023-05-14', '2023-05-15']);
  });
  it('puts a range over the new year in two years in a row, near the publication date', () => {
    expect(times('The festival takes place Dec. 27-Jan. 2.', '2024-01-05').map((t) => t[2])).toEqual(['2023-12-27', '2024-01-02']);
  });
});

describe('time: more verbs of a scheduled or expected event', () => {
  it('look ahead ("ends on Monday", "kicks off on Saturday", "expect … on Black Friday")', () => {
    expect(times('It ends on Monday.', '2024-05-10').map((t) => t[2])).toEqual(['2024-05-13']);
    expect(times('The match kicks off on Saturday.', '2024-05-10').map((t) => t[2])).toEqual(['2024-05-11']);
    expect(times('Retailers expect strong sales on Black Friday.', '2024-05-10').map((t) => t[2])).toEqual(['2024-11-29']);
  });
});

describe('time: a clock time after "at" following its day', () => {
  it('is on that day, the two kept apart as TimeML writes them', () => {
    expect(times('The vote is on Tuesday at 3 p.m.', '2024-05-10')).toEqual([
      ['Tuesday', 'DATE', '2024-05-14'],
      ['3 p.m.', 'TIME', '2024-05-14T15:00'],
    ]);
    expect(times('Officials met Thursday at noon.', '2024-05-10').map((t) => t[2])).toEqual(['2024-05-09', '2024-05-09T12:00']);
  });
});

describe('time: clock times written close', () => {
  it('reads "5pm", "11.05am", "at 10.30", "23.15 local time" and "0630 GMT"', () => {
    expect(times('The ceremony started at 5pm.', '2024-05-10')).toEqual([['5pm', 'TIME', '2024-05-10T17:00']]);
    expect(times('The blast was at 10.30 on Monday.', '2024-05-10')).toEqual([['10.30 on Monday', 'TIME', '2024-05-06T10:30']]);
    expect(times('The strike began at 23.15 local time.', '2024-05-10').map((t) => t[2])).toEqual(['2024-05-10T23:15']);
    expect(times('Troops moved at 0630 GMT.', '2024-05-10').map((t) => t[2])).toEqual(['2024-05-10T06:30']);
  });
  it('reads no clock time in a decimal amount or a four-digit number without a zone', () => {
    expect(times('It rose 10.30 percent, and shares traded at 3.45 a share.', '2024-05-10')).toEqual([]);
    expect(times('Flight 0630 left the gate.', '2024-05-10')).toEqual([]);
  });
});

describe('time: more written forms', () => {
  it('reads "the ’80s", "FY2024", "St. Patrick’s Day" and a month/day after a preposition', () => {
    expect(times("In the '80s, the city grew.", '2024-05-10')).toEqual([["the '80s", 'DATE', '198']]);
    expect(times('Sales rose in FY2024.', '2024-05-10').map((t) => t[2])).toEqual(['2024']);
    expect(times("On St. Patrick's Day, crowds gathered.", '2024-05-10').map((t) => t[2])).toEqual(['2024-03-17']);
    expect(times('Results are expected on 5/14.', '2024-05-10')).toEqual([['5/14', 'DATE', '2024-05-14']]);
  });
  it('reads no date in a fraction after a preposition, and no "9/11"', () => {
    expect(times('Rates fell to 3/4 of a point. Since 9/11, security tightened.', '2024-05-10')).toEqual([]);
  });
  it('leaves the verb "last" out of a duration', () => {
    expect(times('The ban will last 90 days.', '2024-05-10')).toEqual([['90 days', 'DURATION', 'P90D']]);
    expect(times('Over the last 90 days, prices rose.', '2024-05-10')).toEqual([['the last 90 days', 'DURATION', 'P90D']]);
  });
});

describe('time: "later" with no day named before', () => {
  it('is a day not known in a past clause, not a day after the publication date', () => {
    expect(times('Two days later, the police arrested him.', '2024-05-10')).toEqual([['Two days later', 'DATE', 'XXXX-XX-XX']]);
    expect(times('He was arrested on Monday. Two days later, he was released.', '2024-05-10').map((t) => t[2])).toEqual(['2024-05-06', '2024-05-08']);
  });
});
