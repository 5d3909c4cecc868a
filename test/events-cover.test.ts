/**
 * Event coverage: aid and transfer verbs whose object carries a quantity, a modifier or a
 * second object ("sent 12 tonnes of flour to", "shipped Chad fighter jets", "equipped Peru with
 * drones"). All sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run } from './events.helpers.js';

const first = (text: string) => {
  const e = run(text).events[0];
  return e ? { code: e.code, src: e.source?.cameo ?? null, tgt: e.target?.cameo ?? null, modality: e.modality } : undefined;
};

describe('events: aid and transfers with a longer object', () => {
  it('passes over a quantity or a modifier between the verb and what is given', () => {
    expect(first('Egypt shipped 300 tonnes of wheat and flour to Sudan.')).toMatchObject({ code: '073', src: 'EGY', tgt: 'SDN' });
    expect(first('Spain delivered a third batch of long-range artillery shells to Ukraine.')).toMatchObject({ code: '072', src: 'ESP', tgt: 'UKR' });
    expect(first('Canada is providing a further $500 million in military assistance to Ukraine.')).toMatchObject({ code: '072', src: 'CAN', tgt: 'UKR' });
  });
  it('reads a first object as the one who receives ("sent Chad jets", "provided Peru with drones")', () => {
    expect(first('France sent Chad a new squadron of fighter jets.')).toMatchObject({ code: '072', src: 'FRA', tgt: 'TCD' });
    expect(first('Turkey equipped Azerbaijan with armed drones.')).toMatchObject({ code: '072', src: 'TUR', tgt: 'AZE' });
    expect(first('Britain gave Kenya fresh military aid last year.')).toMatchObject({ code: '072', src: 'GBR', tgt: 'KEN' });
  });
  it('takes the recipient of security assistance after "for" as after "to"', () => {
    expect(first('Canada is providing fresh security assistance for Moldova.')).toMatchObject({ code: '072', src: 'CAN', tgt: 'MDA' });
  });
  it('codes equipment or supplies sent to a first object as aid', () => {
    expect(first('Norway sent Lebanon equipment from its own reserves.')).toMatchObject({ code: '070', src: 'NOR', tgt: 'LBN' });
  });
  it('codes rescue and medical teams sent abroad as humanitarian aid', () => {
    expect(first('Japan dispatched medical teams to Nepal.')).toMatchObject({ code: '073', src: 'JPN', tgt: 'NPL' });
  });
  it('lets a topic stand between shared intelligence and its partner', () => {
    expect(first('Denmark shared intelligence on the smuggling network with Norwegian police.')).toMatchObject({ code: '064', src: 'DNK', tgt: 'NORCOP' });
  });
  it('still needs a thing given: no aid event for a sent envoy or letter', () => {
    expect(first('Chile sent Peru a letter of protest.')?.code).not.toBe('072');
    expect(first('Chile sent Peru a letter of protest.')?.code?.slice(0, 2)).not.toBe('07');
  });
});

describe('events: wordings of calls, support, vetoes and sanctions', () => {
  it('codes a conversation or a call with modifiers before its noun', () => {
    expect(first('The Turkish president had a long and frank conversation with the Azerbaijani president.')).toMatchObject({ code: '040', src: 'TURGOV', tgt: 'AZEGOV' });
    expect(first('Scholz held another productive and friendly phone call with Macron.')).toMatchObject({ code: '041', src: 'DEUGOV', tgt: 'FRAGOV' });
  });
  it('reads "received a phone call from" with the caller as the source', () => {
    expect(first('The Qatari emir received a phone call from the Turkish president.')).toMatchObject({ code: '041', src: 'TURGOV', tgt: 'QATGOV' });
  });
  it('codes support or commitment with a modifier or an "of" phrase', () => {
    expect(first("The Australian foreign minister reaffirmed Australia's steadfast support for Papua New Guinea.")).toMatchObject({ code: '051', tgt: 'PNG' });
    expect(first('The envoy stressed the commitment of Japan to the Philippines.')).toMatchObject({ code: '051', tgt: 'PHL' });
  });
  it('codes vetoes as 129, a rejected mediation offer as 126, a nuclear test as 2042', () => {
    expect(first('China vetoed the draft resolution on Myanmar.')?.code).toBe('129');
    expect(first('Serbia rejected an offer by Hungary to mediate.')?.code).toBe('126');
    expect(first('Pakistan detonated an atomic device in Balochistan.')?.code).toBe('2042');
  });
  it('codes an approved loan as economic aid and designated companies as sanctioned', () => {
    expect(first('The Asian Development Bank approved a new loan to Sri Lanka.')?.code).toBe('071');
    expect(first('The British government designated four Iranian shipping companies on Monday.')).toMatchObject({ code: '163', src: 'GBRGOV', tgt: 'IRNBUS' });
  });
});

describe('events: doers and victims that are no named state or body', () => {
  it('codes gunmen and armed men as unidentified armed forces of the place, bandits as criminals', () => {
    expect(first('Gunmen abducted 12 teachers in central Mali.')).toMatchObject({ code: '181', src: 'MLIUAF', tgt: 'MLIEDU' });
    expect(first('Armed bandits abducted 40 pupils in northern Nigeria.')).toMatchObject({ code: '181', src: 'NGACRM', tgt: 'NGAEDU' });
  });
  it('codes rioters and mourners as civilians', () => {
    expect(first('Rioters torched two Chilean police stations.')).toMatchObject({ src: 'CHLCVL', tgt: 'CHLCOP' });
    expect(first('Belarusian police arrested dozens of mourners.')).toMatchObject({ code: '173', src: 'BLRCOP', tgt: 'BLRCVL' });
  });
  it('keeps a criticism or a hijacking whose object names no actor, with no target', () => {
    expect(first('The Greek prime minister condemned the vote as illegal.')).toMatchObject({ code: '111', src: 'GRCGOV', tgt: null });
    expect(first('Somali pirates hijacked a fishing trawler.')).toMatchObject({ code: '181', src: 'SOMCRM', tgt: null });
  });
});

describe('events: sport and the arts are no state', () => {
  it('codes no visit for a national sports team or an orchestra on tour', () => {
    expect(run('The Pakistani hockey team arrived in Malaysia for a tournament.').events).toHaveLength(0);
    expect(run('The Czech Philharmonic will travel to Korea in May.').events).toHaveLength(0);
  });
  it('still codes a visit by troops or ministers named by their demonym', () => {
    expect(first('Pakistani troops arrived in Malaysia for joint drills.')).toMatchObject({ code: '042', src: 'PAKMIL', tgt: 'MYS' });
    expect(first('The Czech foreign minister will travel to Korea in May.')).toMatchObject({ code: '036', src: 'CZEGOV', tgt: 'KOR' });
  });
});

describe('events: investment, arms exports stopped, negotiators withdrawn', () => {
  it('passes over a sum between "invested" and "in"', () => {
    expect(first('Kuwait invested $3 billion in Egyptian ports.')).toMatchObject({ code: '061', src: 'KWT', tgt: 'EGY' });
  });
  it('codes a halted export or sale of arms or parts to a country as 1622', () => {
    expect(first('Belgium froze the sale of ammunition and spare parts to Colombia.')).toMatchObject({ code: '1622', src: 'BEL', tgt: 'COL' });
  });
  it('codes negotiators pulled out of talks as 164', () => {
    expect(first('Colombia withdrew its delegation from the peace talks.')?.code).toBe('164');
  });
});

describe('events: the doer of a participle after a comma', () => {
  it('takes the subject of the clause before, not an actor in its object', () => {
    // a storm is no doer: no event, and no state made the killer
    expect(run('The cyclone struck the coast of Bangladesh, killing 40 people.').events.filter((e) => e.source?.cameo?.startsWith('BGD'))).toHaveLength(0);
    // a bomb's victims are the target, never its doers
    expect(run('A car bomb hit an EU delegation in Libya, killing three guards.').events.some((e) => e.source?.cameo?.startsWith('IGOEU'))).toBe(false);
  });
  it('keeps the clause subject as the doer when it names an actor', () => {
    expect(first('Turkish jets struck a village in northern Iraq, killing six people.')).toMatchObject({ src: 'TUR' });
  });
});
