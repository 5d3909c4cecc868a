import { describe, expect, it } from 'vitest';
import { newDoc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { entitiesStage } from '../src/extract/entities/index.js';
import { seatCountry } from '../src/extract/entities/seats.js';

function run(text: string) {
  const doc = newDoc({ id: 't', text });
  textStage.run(doc);
  entitiesStage.run(doc);
  return doc;
}

function typeOf(text: string, name: string, nth = 0): string | undefined {
  return run(text).mentions.filter((m) => m.text === name)[nth]?.type;
}

describe('seats of government', () => {
  it('knows the seats and their countries', () => {
    expect(seatCountry('the Kremlin')).toBe('RUS');
    expect(seatCountry('White House')).toBe('USA');
    expect(seatCountry('Moscow')).toBeUndefined();
  });

  it('makes a seat that acts or speaks the government (ORG, GOV, its country)', () => {
    const doc = run('The Kremlin said on Tuesday that talks with Kyiv would continue.');
    const m = doc.mentions.find((x) => x.text === 'Kremlin');
    expect(m?.type).toBe('ORG');
    const e = doc.entities.find((x) => x.id === m?.entity);
    expect(e?.country).toBe('RUS');
    expect(e?.role).toBe('GOV');
    expect(typeOf('White House press secretary Karoline Leavitt told reporters the talks went well.', 'White House')).toBe('ORG');
  });

  it('keeps a seat that is a place a place', () => {
    expect(typeOf('Trump met Zelensky at the White House on Friday.', 'White House')).toBe('LOC');
    expect(typeOf('Protesters gathered outside the Kremlin in the evening.', 'Kremlin')).toBe('LOC');
    expect(typeOf('Reporters waited on the White House lawn for hours.', 'White House')).toBe('LOC');
  });

  it('keeps the government and the building apart as entities', () => {
    const doc = run('The Kremlin said the talks would go on. Guests arrived at the Kremlin on Monday.');
    const ms = doc.mentions.filter((m) => m.text === 'Kremlin');
    expect(ms.map((m) => m.type)).toEqual(['ORG', 'LOC']);
    expect(ms[0].entity).not.toBe(ms[1].entity);
  });
});

describe('person names', () => {
  it('are never run together across a lower-case word', () => {
    const doc = run('Trump hosted Zelensky at the White House on Friday.');
    const people = doc.mentions.filter((m) => m.type === 'PER').map((m) => m.text);
    expect(people).not.toContain('Trump hosted Zelensky');
    for (const p of people) expect(p).not.toMatch(/hosted/);
  });

  it('keep their particles', () => {
    const doc = run('Ludwig van Beethoven wrote nine symphonies, the critic said.');
    expect(doc.mentions.map((m) => m.text)).toContain('Ludwig van Beethoven');
  });
});

describe('name edges', () => {
  it('never begin or end with a quote mark, a symbol or a dash standing apart', () => {
    const doc = run('The loan of US $ 5 billion came from Akena ’ s bank , a UK - based lender , said Mary Akena ’ s aide .');
    for (const m of doc.mentions) {
      expect(m.text).not.toMatch(/^[’'"$€£-]|[’'"$€£-]$/);
      expect(m.text).not.toMatch(/ - based$/);
    }
  });
});

describe('addresses', () => {
  it('holds no names inside web or e-mail addresses', () => {
    const text = 'https://www.example-news.com/news/asia/trade/article/4410277/harbour-talks-stall-again?module=lead_story & pgtype = homepage\nThe warning came on Monday, John Smith wrote to Press@Example.org.';
    const doc = run(text);
    const url = text.indexOf(' & ');
    const mail = [text.indexOf('Press@'), text.length];
    for (const m of doc.mentions) {
      expect(m.end <= url).toBe(false);
      expect(m.start >= mail[0] && m.end <= mail[1]).toBe(false);
    }
    expect(doc.mentions.map((m) => m.text)).toContain('John Smith');
  });
});
