import { describe, expect, it } from 'vitest';
import { codeActor, codeEntities } from '../src/extract/actors/index.js';
import { newDoc } from '../src/model/doc.js';
import { analyze } from '../src/analyze.js';

describe('codeActor', () => {
  it('codes country + role from titles and demonyms', () => {
    expect(codeActor('Russian President Vladimir Putin')?.cameo).toBe('RUSGOV');
    expect(codeActor('Ukrainian troops')?.cameo).toBe('UKRMIL');
    expect(codeActor('the Brazilian police')?.cameo).toBe('BRACOP');
    expect(codeActor('Colombian rebels')?.cameo).toBe('COLREB');
  });
  it('codes government seats and capitals as the government', () => {
    expect(codeActor('the Kremlin')?.cameo).toBe('RUSGOV');
    expect(codeActor('the White House')?.cameo).toBe('USAGOV');
    expect(codeActor('Kiev')?.cameo).toBe('UKRGOV');
    expect(codeActor('Kyiv')?.country).toBe('UKR');
    expect(codeActor('Moscow')?.cameo).toBe('RUSGOV');
  });
  it('codes a country’s "party" in talks as its government, a named party as a party', () => {
    expect(codeActor('the Chilean party')?.cameo).toBe('CHLGOV');
    expect(codeActor('the Peruvian parties')?.cameo).toBe('PERGOV');
    expect(codeActor('the ruling party')?.cameo).toBe('---PTY');
    expect(codeActor('the Chilean Socialist Party')?.cameo).toBe('CHLPTY');
  });
  it('uses --- for a role without a country, and a context country when given', () => {
    expect(codeActor('the rebels')?.cameo).toBe('---REB');
    expect(codeActor('the interior minister', { country: 'FRA' })?.cameo).toBe('FRAGOV');
  });
  it('codes organisations and short forms in capitals only', () => {
    expect(codeActor('UN peacekeepers')?.cameo).toBe('IGOUNOMIL');
    expect(codeActor('the European Union')?.country).toBe('IGOEUREEC');
    expect(codeActor('U.S. officials')?.cameo).toBe('USAGOV');
    expect(codeActor('let us talk')).toBeUndefined();
  });
  it('codes states and provinces as their country, folded to plain letters', () => {
    expect(codeActor('Alaska')?.cameo).toBe('USA');
    expect(codeActor('the government of Sindh province')?.cameo).toBe('PAKGOV');
    expect(codeActor('Kandahar')?.country).toBe('AFG');
    expect(codeActor('Anbar')?.country).toBe('IRQ');
    expect(codeActor('Florida')?.country).toBe('USA');
  });
  it('leaves out province names inside personal names and common words', () => {
    expect(codeActor('Judge Alejandro Rivera')?.country).toBeUndefined();
    expect(codeActor('Victoria Nuland')?.country).toBeUndefined();
    expect(codeActor('Reading')).toBeUndefined();
    expect(codeActor('Central')).toBeUndefined();
  });
  it('returns undefined for text with no actor', () => {
    expect(codeActor('a sunny afternoon')).toBeUndefined();
  });
  it('sets country and role on coded entities', () => {
    const doc = newDoc({ id: 't', text: 'x' });
    doc.entities.push({ id: 'e1', name: 'Vladimir Putin', type: 'PER', aliases: ['Putin'], titles: ['Russian President'], mentions: [] });
    doc.entities.push({ id: 'e2', name: 'Nobody Known', type: 'PER', aliases: [], mentions: [] });
    codeEntities(doc);
    expect(doc.entities[0].country).toBe('RUS');
    expect(doc.entities[0].role).toBe('GOV');
    expect(doc.entities[1].country).toBeUndefined();
  });
});

describe('codeActor: people, former office holders, regions', () => {
  it('codes well-known figures by name', () => {
    expect(codeActor('Barack Obama')?.cameo).toBe('USAGOV');
    expect(codeActor('Putin')?.cameo).toBe('RUSGOV');
    expect(codeActor('Kofi Annan')?.country).toBe('IGOUNO');
  });
  it('codes a former office holder as an elite', () => {
    expect(codeActor('Former prime minister Andreas Papandreou')?.cameo).toBe('GRCELI');
    expect(codeActor('the ousted president')?.role).toBe('ELI');
  });
  it('does not code a region as a country', () => {
    expect(codeActor('Latin America')).toBeUndefined();
  });
});

describe('actors: names with a possessive', () => {
  it("codes a country's official name with 's", () => {
    expect(codeActor("People's Republic of China")?.country).toBe('CHN');
    expect(codeActor('Democratic People’s Republic of Korea')?.country).toBe('PRK');
  });
});

describe('corpus actor names', () => {
  it('files a country\'s official name under its common name', async () => {
    const { normalizeName } = await import('../src/corpus/actors.js');
    expect(normalizeName('Russian Federation')).toBe(normalizeName('Russia'));
    expect(normalizeName('the Kingdom of Saudi Arabia')).toBe(normalizeName('Saudi Arabia'));
    expect(normalizeName('United States of America')).toBe(normalizeName('U.S.'));
    expect(normalizeName('Georgia')).not.toBe(normalizeName('Russia'));
  });
});

describe('an officeholder\'s country named after the name', () => {
  it('gives "President X of Moldova" Moldova, and leaves a company after "of" alone', async () => {
    const { analyze } = await import('../src/analyze.js');
    const r = analyze({ id: 'of', published: '2026-02-12', text: 'President Ana Covaci of Moldova spoke on Friday. Chief executive John Smith of Acme Holdings said profits rose.' });
    expect(r.actors.find((a) => a.name === 'Ana Covaci')).toMatchObject({ country: 'MDA', role: 'GOV' });
    expect(r.actors.find((a) => a.name === 'John Smith')?.country).toBeUndefined();
  });
});

describe('offices across the corpus', () => {
  it('reads an office and its country from a speaker\'s or a title\'s words', async () => {
    const { officeOf } = await import('../src/corpus/actors.js');
    const { countryOf } = await import('../src/extract/entities/gazetteer.js');
    expect(officeOf('President of the Russian Federation', undefined, countryOf)).toEqual({ title: 'president', country: 'RUS' });
    expect(officeOf('the Ukrainian President', undefined, countryOf)).toEqual({ title: 'president', country: 'UKR' });
    expect(officeOf('Prime Minister of India', undefined, countryOf)).toEqual({ title: 'prime minister', country: 'IND' });
    expect(officeOf('THE PRESIDENT', 'USA', countryOf)).toEqual({ title: 'president', country: 'USA' });
    expect(officeOf('Our President', 'RUS', countryOf)).toEqual({ title: 'president', country: 'RUS' });
    expect(officeOf('our President', undefined, countryOf)).toBeUndefined();
    expect(officeOf('the President', undefined, countryOf)).toBeUndefined();
    expect(officeOf('Secretary of State', 'USA', countryOf)).toEqual({ title: 'secretary of state', country: 'USA' });
    expect(officeOf('President of the Club', undefined, countryOf)).toBeUndefined();
    expect(officeOf('Vladimir Putin', 'RUS', countryOf)).toBeUndefined();
  });
  it('finds the holder nearest in time, and no one when two are as near or none is near', async () => {
    const { officeHolder } = await import('../src/corpus/actors.js');
    const { countryOf } = await import('../src/extract/entities/gazetteer.js');
    const rows = [
      { key: 'per:a', country: 'FRA', titles: ['President'], published: '2010-01-01' },
      { key: 'per:b', country: 'FRA', titles: ['Prime Minister'], published: '2012-01-01' },
      { key: 'per:b', country: 'FRA', titles: ['President of France'], published: '2018-01-01' },
      { key: 'per:c', country: 'DEU', titles: ['President'], published: '2018-01-01' },
    ];
    const office = { title: 'president', country: 'FRA' };
    expect(officeHolder(office, '2010-06-01', rows, countryOf)).toBe('per:a');
    expect(officeHolder(office, '2012-01-01', rows, countryOf)).toBeUndefined();
    expect(officeHolder(office, '2017-10-01', rows, countryOf)).toBe('per:b');
    expect(officeHolder(office, '2014-01-01', rows, countryOf)).toBeUndefined();
    expect(officeHolder({ title: 'prime minister', country: 'FRA' }, '2012-02-01', rows, countryOf)).toBe('per:b');
    expect(officeHolder(office, '2014-01-01', [...rows, { key: 'per:d', country: 'FRA', titles: ['president'], published: '2014-01-01' }], countryOf)).toBe('per:d');
  });
});

describe('cities', () => {
  it('keeps a city no place of a fifth its size in another country shares, and no common word', async () => {
    const { cityLines } = await import('../src/extract/actors/cities.js');
    const lines = cityLines([
      { name: 'Velmora', country: 'UA', population: 900_000 },
      { name: 'Velmora', country: 'US', population: 90_000 }, // a tenth: the big one keeps the name
      { name: 'Tarsk', country: 'GB', population: 120_000 },
      { name: 'Tarsk', country: 'US', population: 100_000 }, // a rival: neither is kept
      { name: 'Córdelo', country: 'ES', population: 60_000 }, // folded to plain letters
      { name: 'Pellin', country: 'FR', population: 20_000 }, // too small
      { name: 'Spring', country: 'US', population: 60_000 }, // a common word
      { name: 'Prizren', country: 'XK', population: 90_000 }, // CAMEO codes Kosovo KSV
    ]);
    expect(lines).toEqual(['cordelo\tESP', 'prizren\tKSV', 'velmora\tUKR']);
  });
  it('gives a place the tagger found its country, and a person named like a city none', async () => {
    const { analyze } = await import('../src/analyze.js');
    const r = analyze({ id: 'city', source: 'Wire', text: 'Russian forces shelled Kharkiv overnight. Later, Charlotte Brown said she would stay.' });
    expect(r.actors.find((a) => a.name === 'Kharkiv')?.country).toBe('UKR');
    expect(r.actors.find((a) => a.name === 'Charlotte Brown')?.country).toBeUndefined();
    expect(r.events.map((e) => e.target?.cameo)).toContain('UKR');
  });
});

describe('actors: a person whose name holds a place name', () => {
  it('is no one of that place ("Michael Jordan", "Paris Hilton", "Bill Nelson"), unless the place follows "of"', () => {
    const r = analyze({ id: 'pn', published: '2024-05-02', text: 'Michael Jordan met Paris Hilton, Chad Okafor and Senator Bill Nelson in Amman.' });
    const by = (n: string) => r.actors.find((a) => a.name === n);
    expect(by('Michael Jordan')?.country).toBeUndefined();
    expect(by('Paris Hilton')?.country).toBeUndefined();
    expect(by('Chad Okafor')?.country).toBeUndefined();
    expect(by('Bill Nelson')?.country).not.toBe('NZL');
    // a place after "of", and a known person's surname, still code
    expect(codeActor('Abdullah of Jordan', {}, true)?.country).toBe('JOR');
    expect(codeActor('Michelle Obama', {}, true)?.country).toBe('USA');
  });
});

describe('actors: a body named right after a country', () => {
  const country = (text: string, name: string) => analyze({ id: 'b', published: '2024-05-02', text }).actors.find((a) => a.name === name)?.country;
  it('is that country’s, after its people’s name or its possessive', () => {
    expect(country('The Chinese Foreign Ministry said it opposed the visit.', 'Foreign Ministry')).toBe('CHN');
    expect(country("Ukraine's Defence Ministry said the drones were shot down.", 'Defence Ministry')).toBe('UKR');
  });
  it('is no one country’s when the same name follows two', () => {
    expect(country('The Russian Foreign Ministry condemned the German Foreign Ministry.', 'Foreign Ministry')).toBeUndefined();
  });
});

describe('actors: a security council', () => {
  const actor = (text: string, name: string, source = 'Wire') => analyze({ id: 'sc', source, published: '2024-05-02', text }).actors.find((a) => a.name === name);
  it('is the United Nations’ where the article names the UN or no state publishes it', () => {
    expect(actor('The Security Council voted on the draft late on Friday.', 'Security Council')?.country).toBe('IGOUNO');
    expect(actor('The UN envoy asked the Security Council for more time.', 'Security Council', 'Kremlin')?.country).toBe('IGOUNO');
  });
  it('is a state’s own when that state’s government publishes it, or when the state is named before it', () => {
    expect(actor('The President chaired a session of the Security Council on border issues.', 'Security Council', 'Kremlin')).toMatchObject({ country: 'RUS', role: 'GOV' });
    expect(actor("Armenia's Security Council met on Tuesday to review the border talks.", 'Security Council')).toMatchObject({ country: 'ARM', role: 'GOV' });
  });
  it('"the National Security Council" is a government body of the publisher’s country, not the UN’s and no civilians', () => {
    expect(actor('Officials at the National Security Council drafted the plan.', 'National Security Council', 'White House')).toMatchObject({ country: 'USA', role: 'GOV' });
    expect(actor('Officials at the National Security Council drafted the plan.', 'National Security Council')).toMatchObject({ role: 'GOV' });
    expect(actor('Officials at the National Security Council drafted the plan.', 'National Security Council')?.country).toBeUndefined();
  });
});
