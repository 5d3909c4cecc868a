import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/model/doc.js';
import { run, triples } from './events.helpers.js';
import type { Mention } from '../src/model/types.js';
import { readData } from '../src/data.js';

const roots = (d: Doc) => d.events.map((e) => e.code.slice(0, 2));

describe('events: patterns tolerate what news slips in', () => {
  it('matches a verb and its particle around an adverb or a day', () => {
    expect(triples(run('Kenya demanded Friday that Uganda withdraw its troops from the border.'))[0]?.slice(1)).toEqual(['KEN', 'UGA']);
  });

  it('does not end a target slot inside a two-word name', () => {
    expect(triples(run('Norway gave the Ivory Coast 5 million dollars in aid.'))).toEqual([['071', 'NOR', 'CIV']]);
  });
});

describe('events: objects that are the actor’s own means are not targets', () => {
  it('skips a possessive phrase and finds the receiver', () => {
    expect(triples(run('Ghana offered its troops to Mali on Tuesday.'))[0]?.slice(1)).toEqual(['GHA', 'MLI']);
  });

  it('skips bare troops and takes the place they go to', () => {
    expect(triples(run('Chad has strengthened its forces in Niger.'))).toEqual([['154', 'TCD', 'NER']]);
  });

  it('reads a role word before a thing as a modifier', () => {
    const t = triples(run('Peru held military exercises in Bolivia.'));
    expect(t[0]?.[2]).not.toBe('PERMIL');
  });
});

describe('events: reported obligations', () => {
  it('codes "X told Y that it must …" as X demanding of Y', () => {
    const t = triples(run('Austria told Hungary that it must reopen the border.'));
    expect(t.length).toBe(1);
    expect(t[0]?.[0]?.slice(0, 2)).toBe('10');
    expect(t[0].slice(1)).toEqual(['AUT', 'HUN']);
  });

  it('codes "X said Y must …" with Y as the target', () => {
    const t = triples(run('Sweden said Norway must withdraw its troops from the border.'));
    expect(t[0]?.slice(1)).toEqual(['SWE', 'NOR']);
    expect(t[0]?.[0]?.slice(0, 2)).toBe('10');
  });

  it('is no event when the speaker obliges itself or only holds an opinion', () => {
    expect(run('Germany said it must protect its borders.').events).toEqual([]);
    expect(run('We believe that all peoples must be able to choose freely.').events).toEqual([]);
  });
});

describe('events: violence whose doer is not named', () => {
  it('codes an agentless passive with a violent cause, with no source', () => {
    const d = run('At least five Iraqi soldiers were killed in a car bombing on Sunday.');
    expect(roots(d)).toEqual(['18']);
    expect(d.events[0].source).toBeNull();
    expect(d.events[0].target?.cameo).toBe('IRQMIL');
  });

  it('does not code a ban on strikes as a strike', () => {
    expect(roots(run('Estonia and Latvia agreed to ban strikes against power plants.')).filter((r) => r === '19')).toEqual([]);
  });
});

describe('events: groups named by what came before', () => {
  const ents = [
    { entity: { id: 'e1', name: 'Ana Lopez', type: 'PER' as const, country: 'CHL', role: 'GOV', aliases: [] }, spans: [['Ana Lopez', 'name']] as Array<[string, Mention['form']]> },
    { entity: { id: 'e2', name: 'Juan Diaz', type: 'PER' as const, country: 'ARG', role: 'GOV', aliases: [] }, spans: [['Juan Diaz', 'name']] as Array<[string, Mention['form']]> },
  ];

  it('expands "the two leaders" to the last two people of different countries', () => {
    const d = run('Ana Lopez flew to meet Juan Diaz on Monday. The two leaders signed an agreement on trade.', ents);
    const signed = triples(d).filter((t) => t[0] === '057');
    expect(signed).toEqual([
      ['057', 'CHLGOV', 'ARGGOV'],
      ['057', 'ARGGOV', 'CHLGOV'],
    ]);
  });

  it('keeps the group when an adverb or a verb of beginning stands before its verb', () => {
    for (const text of [
      'Ana Lopez flew to meet Juan Diaz on Monday. The two leaders also signed an agreement on trade.',
      'Ana Lopez flew to meet Juan Diaz on Monday. The heads of state then signed an agreement on trade.',
      'Ana Lopez flew to meet Juan Diaz on Monday. The presidents jointly signed an agreement on trade.',
    ]) {
      expect(triples(run(text, ents)).filter((t) => t[0] === '057')).toEqual([
        ['057', 'CHLGOV', 'ARGGOV'],
        ['057', 'ARGGOV', 'CHLGOV'],
      ]);
    }
  });

  it('takes plain "the leaders" after a named group of leaders for that group, not the two named last', () => {
    const led = [
      { entity: { id: 'e1', name: 'Ana Lopez', type: 'PER' as const, country: 'CHL', role: 'GOV', aliases: [], titles: ['President'] }, spans: [['Ana Lopez', 'name']] as Array<[string, Mention['form']]> },
      { entity: { id: 'e2', name: 'Juan Diaz', type: 'PER' as const, country: 'ARG', role: 'GOV', aliases: [], titles: ['Prime Minister'] }, spans: [['Juan Diaz', 'name']] as Array<[string, Mention['form']]> },
    ];
    const got = (t: string) => triples(run(t, led)).filter((x) => x[0] === '057');
    for (const t of got('President Ana Lopez joined the G7 Leaders in Rome with Prime Minister Juan Diaz. The leaders signed an agreement on trade.')) expect(['CHLGOV', 'ARGGOV']).not.toContain(t[1]);
    expect(got('President Ana Lopez met Prime Minister Juan Diaz in Rome. The leaders signed an agreement on trade.').length).toBe(2);
  });

  it('takes "the two leaders" for the two who lead, not an aide named after them', () => {
    const led = [
      { entity: { id: 'e1', name: 'Ana Lopez', type: 'PER' as const, country: 'CHL', role: 'GOV', aliases: [], titles: ['President'] }, spans: [['Ana Lopez', 'name']] as Array<[string, Mention['form']]> },
      { entity: { id: 'e2', name: 'Juan Diaz', type: 'PER' as const, country: 'ARG', role: 'GOV', aliases: [], titles: ['Prime Minister'] }, spans: [['Juan Diaz', 'name']] as Array<[string, Mention['form']]> },
      { entity: { id: 'e3', name: 'Rosa Vega', type: 'PER' as const, country: 'ARG', role: 'GOV', aliases: [], titles: ['Aide to the Prime Minister'] }, spans: [['Rosa Vega', 'name']] as Array<[string, Mention['form']]> },
    ];
    // (Rosa Vega is of Juan Diaz's country: the names tell them apart)
    expect(run('President Ana Lopez called Prime Minister Juan Diaz on Monday, Rosa Vega told reporters. The two leaders signed an agreement on trade.', led).events.filter((e) => e.code === '057').map((e) => e.source?.name)).toEqual(['Ana Lopez', 'Juan Diaz']);
  });

  it('takes "they both" for the two people named last, never for a body', () => {
    const both = [
      ...ents,
      { entity: { id: 'e3', name: 'OSCE', type: 'ORG' as const, country: 'IGO', role: 'EUROSC', aliases: [] }, spans: [['OSCE', 'name']] as Array<[string, Mention['form']]> },
    ];
    const names = (text: string, known = both) => run(text, known).events.filter((e) => e.trigger?.text === 'discussed').map((e) => [e.source?.name, e.target?.name]);
    expect(names('Ana Lopez spoke with Juan Diaz on Monday. The OSCE meets on the 13th. They both discussed the need for diplomacy.')).toEqual([
      ['Ana Lopez', 'Juan Diaz'],
      ['Juan Diaz', 'Ana Lopez'],
    ]);
    expect(names('The OSCE meets on the 13th. They both discussed the need for diplomacy.', both.slice(2))).toEqual([]);
  });

  it('codes "accused each other" both ways', () => {
    const t = triples(run('Armenia and Azerbaijan accused each other of shelling.'));
    expect(t.map((x) => x.slice(1))).toEqual([
      ['ARM', 'AZE'],
      ['AZE', 'ARM'],
    ]);
  });
});

describe('events: the lexicon file', () => {
  // "a|b c" is one word a or b, then c: a verb pattern that repeats one of its words in another
  // element almost always meant alternative phrases, which must be separate lines
  it('has no verb pattern that repeats a word across its elements', () => {
    const skip = new Set(['*', '**', 'T', 'S', 'to', 'of', 'the', 'a', 'with', 'in', 'on', 'for', 'from', 'eye']);
    const bad: string[] = [];
    for (const raw of readData('extract/events/verbs.tsv').split('\n')) {
      const line = raw.replace(/\s+#.*$/, '').trimEnd();
      if (!line || line.startsWith('#')) continue;
      const [, pattern = '', flags = ''] = line.split('\t');
      if (/\bnoun\b/.test(flags) && !/(^|\s)(\*|T|S)(\s|$)/.test(pattern)) continue; // whole phrases
      const where = new Map<string, number>();
      pattern.split(/\s+/).forEach((el, i) => {
        for (const w of el.replace(/^~/, '').split('|')) {
          if (skip.has(w)) continue;
          if ((where.get(w) ?? i) !== i) bad.push(line);
          where.set(w, i);
        }
      });
    }
    expect(bad).toEqual([]);
  });
});
