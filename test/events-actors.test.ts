import { describe, expect, it } from 'vitest';
import { run, triples } from './events.helpers.js';
import { analyze } from '../src/analyze.js';


describe('events: actors through entities and coreference', () => {
  it('gives a bare surname the country and role of its entity', () => {
    const d = run('Ivan Petrov spoke on Monday. Petrov met the Chilean foreign minister in Santiago.', [
      { entity: { id: 'e1', name: 'Ivan Petrov', type: 'PER', country: 'BGR', role: 'GOV', aliases: ['Petrov'] }, spans: [['Ivan Petrov', 'name'], ['Petrov', 'name', 1]] },
    ]);
    expect(triples(d)).toEqual([['040', 'BGRGOV', 'CHLGOV']]);
  });
  it('codes a pronoun subject through coreference', () => {
    const d = run('Ivan Petrov arrived. He accused Chile of spying.', [
      { entity: { id: 'e1', name: 'Ivan Petrov', type: 'PER', country: 'BGR', role: 'GOV', aliases: [] }, spans: [['Ivan Petrov', 'name'], ['He', 'pronoun']] },
    ]);
    expect(d.events.find((e) => e.code.startsWith('11'))?.source?.cameo).toBe('BGRGOV');
  });
  it('knows well-known figures without a title', () => {
    expect(triples(run('Obama met Putin on Monday.'))).toContainEqual(['040', 'USAGOV', 'RUSGOV']);
  });
  it('codes a people named with a demonym as civilians of that country', () => {
    const k = run('Thousands of Syrian Kurds sought refuge in Jordan.', [
      { entity: { id: 'e1', name: 'Syrian Kurds', type: 'MISC', country: 'SYR', aliases: [] }, spans: [['Syrian Kurds', 'name']] },
    ]);
    expect(triples(k)[0]).toEqual(['1033', 'SYRCVL', 'JOR']);
  });
});

describe('events: what a reader would not accept', () => {
  it('takes the act of a subject that stands for any one of a kind ("each state that helps …") for no assertion', () => {
    const ev = (text: string) => run(text).events.map((e) => [e.code, e.modality, e.source?.cameo, e.target?.cameo]);
    expect(ev('We thank each Peruvian firm that helps Chile.')).toEqual([['070', 'hypothetical', 'PERBUS', 'CHL']]);
    expect(ev('We thank the Peruvian firm that helps Chile.')).toEqual([['070', 'asserted', 'PERBUS', 'CHL']]);
  });
  it('does not take the object of an earlier verb in a list of acts for the subject of the next', () => {
    const d = run('They have besieged the towns, bombed Chilean hospitals — deliberately — bombed schools.');
    expect(d.events.some((e) => e.source?.cameo === 'CHLHLH')).toBe(false);
  });
  it('takes the antecedent of a relative clause between commas, not a name inside it, for the subject of the verb after it', () => {
    expect(triples(run('Chile, which borders Peru, attacked Bolivia.'))).toEqual([['190', 'CHL', 'BOL']]);
    // a relative clause on the object: the verb after ", and" is the main subject's
    expect(triples(run('Chile condemned Peru, which has occupied the border town since 2014, and imposed new sanctions on Lima.')).filter(([c]) => c === '163').map(([, s]) => s)).toEqual(['CHL']);
    // an antecedent that names no actor leaves no target
    expect(run('The referendum, which violates the Peruvian constitution, was rejected by Chile.').events.filter((e) => e.target?.cameo?.startsWith('PER'))).toEqual([]);
  });
  it('does not take the one who reports a passive act for its target', () => {
    expect(triples(run('Chile said that the referendum would never be recognized by Peru.')).filter(([, , t]) => t === 'CHL')).toEqual([]);
    // a pronoun subject left unresolved is the one who reports it
    expect(triples(run('Peru said it had been attacked by Chile.'))).toEqual([['190', 'CHL', 'PER']]);
  });
  it('reads the subject of a clause after its subordinator, not in the objects before the verb', () => {
    expect(triples(run('And when it came time to stand with Chile and Peru and help Bolivia, we did.')).filter(([, s]) => s === 'CHL' || s === 'PER')).toEqual([]);
    expect(triples(run('When Chile attacked Peru, Bolivia protested.'))[0]).toEqual(['190', 'CHL', 'PER']);
  });
  it('ends a list of targets before a verb that follows "and"', () => {
    const d = run('Chile met with Peru and attacked Bolivia.');
    expect(triples(d).filter(([code, , t]) => code?.startsWith('04') && t === 'BOL')).toEqual([]);
    expect(triples(run('Chile met with Peru and Bolivia.')).filter(([code]) => code?.startsWith('04')).map(([, , t]) => t)).toEqual(['PER', 'BOL']);
    // a participle that modifies the next target is no verb
    expect(triples(run('Chile struck the Peruvian army and allied militias near Lima.')).length).toBe(2);
  });
  it('does not take the topic of a discussion as its target', () => {
    const d = run('The leaders of Peru and Chile discussed the situation in Bolivia.');
    expect(d.events.every((e) => e.target?.cameo !== 'BOL')).toBe(true);
  });
  it('does not code a verb inside the complement of a noun', () => {
    const d = run('Ecuador criticised the decision made by Peru to impose sanctions on Chile.');
    expect(d.events.some((e) => e.code.startsWith('16'))).toBe(false);
  });
  it('does not read "demonstrated that" as a protest', () => {
    expect(run('Norway and Sweden have demonstrated that cooperation works.').events.some((e) => e.code.startsWith('14'))).toBe(false);
  });
  it('does not make a government talk to its own country', () => {
    const d = run('The Peruvian government praised Peru.');
    expect(d.events.every((e) => e.target?.cameo !== 'PER')).toBe(true);
  });
  it('does not make a country or its army threaten or sanction its own bare country', () => {
    for (const text of ['The Peruvian army threatened Peru.', 'Peru imposed sanctions on Peru.']) {
      const d = run(text);
      expect(d.events.length).toBeGreaterThan(0);
      expect(d.events.every((e) => e.target?.cameo !== 'PER')).toBe(true);
    }
    // rebels may well fight their own country
    const r = run('Peruvian rebels attacked Peru.');
    expect(r.events.some((e) => e.target?.cameo === 'PER')).toBe(true);
  });
});

describe('events: places named as places', () => {
  it('takes no city or region after a preposition for the actor', async () => {
    const { analyze } = await import('../src/analyze.js');
    const r = analyze({ id: 'place', text: 'We send Moldova gear from our own reserves, and then we refill those reserves with new goods made by American firms here at home: radar sets made in Arizona, artillery shells made in Vermont, Iowa and Texas.' });
    expect(r.events.some((e) => e.source?.name === 'Arizona')).toBe(false);
    // a country after a preposition still may act ("aid from Germany")
    const g = analyze({ id: 'place2', text: 'Humanitarian aid from Germany reached Kharkiv on Monday.' });
    expect(g.events.every((e) => e.source?.name !== 'Kharkiv')).toBe(true);
  });
});

describe('events: an office of state named alone', () => {
  it('is the publishing government\'s own, not the country the sentence names', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'The President signed a treaty of friendship with Moldova.';
    const code = (source?: string) => analyze({ id: 'office', source, text }).events.map((e) => e.source?.cameo);
    expect(code('Kremlin')).toEqual(['RUSGOV']);
    expect(code('President of Ukraine')).toEqual(['UKRGOV']);
    // a news agency is no government: the old reading stands
    expect(code('Reuters')).not.toContain('RUSGOV');
  });
  it('takes the "you" of an address for the group the speaker said he turns to, not a topic he addressed', async () => {
    const { analyze } = await import('../src/analyze.js');
    const tgt = (text: string) => analyze({ id: 'addr', source: 'Kremlin', title: 'Address by the President of Chile', text }).events.filter((e) => e.code.startsWith('02')).map((e) => e.target?.cameo ?? null);
    expect(tgt('President of Chile Ana Ruiz: Citizens of Chile, friends.\n\nNow I wish to address the soldiers of the Peruvian army. I urge you to put down your weapons and return home.')).toEqual(['PERMIL']);
    expect(tgt('President of Chile Ana Ruiz: Citizens of Chile, friends.\n\nI want to address the situation in Peru. I urge you to put down your weapons and return home.')).toEqual([null]);
  });
  it('takes the senate a government\'s own text names for its own', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = analyze({ id: 'senate', source: 'White House', text: 'I urge the Senate to quickly send this aid package for Moldova to my desk.' }).events;
    expect(ev.map((e) => e.target?.cameo)).toContain('USALEG');
    expect(ev.map((e) => e.target?.cameo)).not.toContain('MDALEG');
  });
  it('takes "the Treasury" for the publisher\'s government, and elsewhere borrows no country from the one it acts on', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (source: string) => analyze({ id: 'treasury', source, text: 'The Treasury sanctioned eight officials of Moldova.' }).events.map((e) => [e.code, e.source?.cameo, e.target?.cameo]);
    expect(ev('White House')).toEqual([['163', 'USAGOV', 'MDAGOV']]);
    expect(ev('Reuters')).toEqual([['163', '---GOV', 'MDAGOV']]);
  });
  it('gives a relative clause the noun it follows also after auxiliaries and after a comma', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (text: string) => analyze({ id: 'rel', text }).events.map((e) => [e.code, e.source?.cameo, e.target?.cameo]);
    expect(ev('Chile listed six Bolivian firms that have been providing support to the Peruvian army.')).toEqual([['070', 'BOLBUS', 'PERMIL']]);
    expect(ev('Chile praised the Bolivian government, which has provided aid to Peru.')).toContainEqual(['071', 'BOLGOV', 'PER']);
    expect(ev('Chile praised the Bolivian government, which has provided aid to Peru.')).not.toContainEqual(['071', 'CHL', 'PER']);
    // ", who …" like ", which …", and an adverb of time before the verb
    expect(ev('The Chilean army fought the Bolivian president, who imposed sanctions on Peru.')).toContainEqual(['163', 'BOLGOV', 'PER']);
    expect(ev('Chile praised the Bolivian government, which later provided aid to Peru.')).toContainEqual(['071', 'BOLGOV', 'PER']);
    // the second verb of a relative clause has the clause's subject, not the first verb's object
    expect(ev('Chile is grateful to everyone who saves lives today and helps Peru.')).toEqual([]);
    expect(ev('Chile praised the Bolivian firms that build bridges and provide aid to Peru.')).toContainEqual(['071', 'BOLBUS', 'PER']);
    // after "that" a plural noun may be the clause's own subject
    expect(ev('Lima rejected the claim that soldiers from Chile entered Tacna and attacked Peruvian police.')).toContainEqual(['190', 'CHLMIL', 'PERCOP']);
    // a noun that could head a verb's pattern ("order", "fund") is a noun after its determiner: no actor, no source
    expect(ev('President Ruiz of Peru signed a new executive order that provides aid to Chile.')).toEqual([]);
    expect(ev('The treaty between Peru and Chile establishes a fund that will receive aid from Bolivia.')).toEqual([]);
    // "those who …" codes to no one, not to the clause around it
    expect(ev('The Chilean army is supporting the nationalists in Peru, those who will never forgive the people of Bolivia.').filter(([code]) => code?.startsWith('12'))).toEqual([]);
  });
  it('gives a relative clause with no subject of its own the noun it follows', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = analyze({ id: 'rel', text: 'Chile listed six Bolivian firms that provide support to the Peruvian army.' }).events.map((e) => [e.code, e.source?.cameo, e.target?.cameo]);
    expect(ev).toEqual([['070', 'BOLBUS', 'PERMIL']]);
  });
});

describe('events: a government\'s own voice', () => {
  it('codes "we" and "I" outside quotation marks in a government\'s text as that government', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (text: string, source?: string) => analyze({ id: 'voice', source, text }).events.map((e) => [e.code, e.source?.cameo, e.target?.cameo]);
    expect(ev('We condemn the shelling by Moldovan forces.', 'Kremlin')).toEqual([['111', 'RUSGOV', 'MDAMIL']]);
    expect(ev('Earlier this week, I spoke with President Ana Covaci of Moldova.', 'White House')).toEqual([['040', 'USAGOV', 'MDAGOV']]);
    // a news agency has no voice of its own; a quotation is its speaker's
    expect(ev('We condemn the shelling by Moldovan forces.', 'Reuters')).toEqual([]);
    expect(ev('"We condemn the shelling by Moldovan forces," a resident of Lyon said.', 'Kremlin')).toEqual([]);
  });
  it('codes "I" in a text its title signs as the author, and in a transcript only in the author\'s turns', async () => {
    const { analyze } = await import('../src/analyze.js');
    const src = (title: string, text: string) => analyze({ id: 'author', source: 'White House', title, text }).events.map((e) => [e.code, e.source?.name, e.source?.cameo]);
    // the title names the author; "we" stays the government's
    expect(src('Statement from President Ana Covaci on the Treaty', 'Today I spoke with President Rui Matos of Moldova.')).toEqual([['040', 'Ana Covaci', 'USAGOV']]);
    expect(src('Statement from President Ana Covaci on the Treaty', 'We condemn the shelling by Moldovan forces.')).toEqual([['111', 'White House', 'USAGOV']]);
    // an unsigned text: the government
    expect(src('Fact Sheet: The Treaty', 'Today I spoke with President Rui Matos of Moldova.')).toEqual([['040', 'White House', 'USAGOV']]);
    // a transcript: the author's turn ("THE PRESIDENT:") is the author's, a reporter's ("Q") no one's
    const transcript = 'THE PRESIDENT: Good afternoon.\n\nEarlier this week, I spoke with President Rui Matos of Moldova.\n\nQ: Thank you. I met the Moldovan ambassador yesterday. Will you go there?\n\nTHE PRESIDENT: Not this year.';
    expect(src('Remarks by President Covaci on Moldova', transcript)).toEqual([['040', 'President Covaci', 'USAGOV']]);
  });
  it('takes a subject pronoun for the whole subject, but the one seen or made to act after "saw", "let"', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (text: string) => analyze({ id: 'pron', source: 'White House', text }).events.map((e) => [e.code, e.source?.cameo, e.target?.cameo]);
    // "It also includes sanctions on Moldova’s bank – freezing …": not Moldova's act
    expect(ev('It also includes full blocking sanctions on Moldova’s largest bank – freezing any of its assets in Chile.').filter(([, src]) => src?.startsWith('MDA'))).toEqual([]);
    expect(ev('Just ten days ago, we saw Peru launch missiles at Chile.')).toEqual([['194', 'PER', 'CHL']]);
  });
  it('finds the subject of a clause joined by ", and", also written with a clitic ("we’ve")', async () => {
    const { analyze } = await import('../src/analyze.js');
    for (const text of ['Moldova is at war, and we’ve long been supporting Moldova.', 'Moldova is at war, and we have long been supporting Moldova.']) {
      expect(analyze({ id: 'and', source: 'White House', text }).events.map((e) => [e.source?.cameo, e.target?.cameo])).toEqual([['USAGOV', 'MDA']]);
    }
    // a list of names before one verb is one subject, not a clause
    const list = analyze({ id: 'list', text: 'Ana Covaci, Rui Matos, and Tomas Berg met the Moldovan delegation.' }).events;
    expect(list.some((e) => e.source?.name === 'Tomas Berg' && list.length === 1)).toBe(false);
  });
  it('takes "our state", "our territory" after a hostile verb for the country of whoever says "we"', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (text: string, source?: string) => analyze({ id: 'our', source, text }).events.map((e) => [e.code, e.source?.cameo, e.target?.cameo]);
    expect(ev('Peru treacherously attacked our state at dawn.', 'White House')).toEqual([['190', 'PER', 'USA']]);
    expect(ev('This morning Peru launched a new military operation against the entire territory of our country.', 'White House')).toEqual([['190', 'PER', 'USA']]);
    // inside a quotation: the speaker's country
    expect(ev('“Chile shelled our territory again,” the Peruvian defence minister said.')).toEqual([['194', 'CHL', 'PER']]);
    // the subject's own country is no target, and "friends of our country" are not the country
    expect(ev('We are not afraid to defend our state.', 'White House')).toEqual([]);
    expect(ev('Peru praised the friends of our country.', 'White House').map(([, , t]) => t)).not.toContain('USA');
    // with no one whose "we" it is, nothing is made up
    expect(ev('Peru attacked our state.')).toEqual([]);
    // "our state capitol" is a building, not the country; "our people" of the subject's own country are no target
    expect(ev('Rioters attacked our state capitol.', 'White House').map(([, , t]) => t)).not.toContain('USA');
    expect(ev('We will defend our people if Peru attacks.', 'White House').filter(([, s, t]) => s === 'USAGOV' && t === 'USACVL')).toEqual([]);
  });
  it('reads a call or talks "between" two sides, opening the clause, as each side\'s act on the other', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (text: string) => analyze({ id: 'between', text }).events.map((e) => [e.code, e.modality, e.source?.cameo, e.target?.cameo]);
    expect(ev('A telephone conversation took place between the President of Chile and the President of Peru.')).toEqual([
      ['041', 'asserted', 'CHLGOV', 'PERGOV'],
      ['041', 'asserted', 'PERGOV', 'CHLGOV'],
    ]);
    expect(ev('Another phone call between the President of Chile and the President of Peru has just ended.')).toHaveLength(2);
    // scheduled: an intent to meet
    expect(ev('A phone conversation between Chile and Peru is planned for next week.').map(([c, m]) => [c, m])).toEqual([
      ['036', 'planned'],
      ['036', 'planned'],
    ]);
    // talks going on are no plan; only meetings are scheduled ("sanctions … will be lifted" is no threat)
    expect(ev('Talks between Chile and Peru are being held in Lima.').map(([c, m]) => [c, m])).toEqual([
      ['046', 'asserted'],
      ['046', 'asserted'],
    ]);
    expect(ev('Chilean sanctions against Peru will be lifted next year.').map(([c]) => c)).not.toContain('1312');
    // talks someone talks about, and talks whose sides are not the ones named
    expect(ev('He discussed the talks between Chile and Peru.')).toEqual([]);
    expect(ev('Talks between lawyers for the Lima families and Chile ended.')).toEqual([]);
  });
  it('puts a legislator named by title alone in a government\'s own text in that country\'s legislature', async () => {
    const { analyze } = await import('../src/analyze.js');
    const tgt = (text: string, source?: string) => analyze({ id: 'leg', source, text }).events.map((e) => e.target?.cameo);
    expect(tgt('I want to thank Speaker Rojas for the vote in the House.', 'White House')).toEqual(['USALEG']);
    // in other news, no country is made up for it
    expect(tgt('The Kenyan envoy thanked Speaker Rojas for the vote.')).not.toContain('USALEG');
    expect(tgt('The Kenyan envoy thanked Speaker Rojas for the vote.', 'White House')).toEqual(['USALEG']);
    // another government's text names a US senator by title alone too
    expect(tgt('The Kenyan envoy thanked Senator Rojas for the vote.', 'President of Ukraine')).not.toContain('UKRLEG');
  });
  it('codes "spoke with" in the readout of a call as a telephone call (041), elsewhere as talks (040)', async () => {
    const { analyze } = await import('../src/analyze.js');
    const code = (title: string) => analyze({ id: 'call', title, text: 'The President of Chile spoke today with the President of Peru.' }).events.map((e) => e.code);
    expect(code("Readout of the President's Call with the President of Peru")).toEqual(['041']);
    expect(code('Telephone conversation with the President of Peru')).toEqual(['041']);
    expect(code("Readout of the President's Meeting with the President of Peru")).toEqual(['040']);
  });
  it('reads an attack suffered, faced or come under as done by its by- or from-phrase to the subject', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (text: string) => analyze({ id: 'undergo', text }).events.map((e) => [e.code, e.source?.cameo, e.target?.cameo]);
    expect(ev('The people of Chile suffered an unprovoked attack by Peruvian forces.')).toEqual([['190', 'PERMIL', 'CHLCVL']]);
    expect(ev('Chile is facing continued bombardment from Peru.')).toEqual([['190', 'PER', 'CHL']]);
    expect(ev('Chile is facing unrelenting attacks from Peru.')).toEqual([['190', 'PER', 'CHL']]);
    expect(ev('The aid is needed now: for Chile, facing heavy shelling from Peru; and for the region.')).toEqual([['194', 'PER', 'CHL']]);
    // (a part of a semicolon list before the part whose verb the sentence's pick prefers)
    expect(ev('The aid is needed now: for Chile, facing heavy shelling from Peru; for Bolivia, which faced raids from Brazil; and for our partners seeking stability in the region.')).toContainEqual(['194', 'PER', 'CHL']);
    expect(ev('It comes as Bolivia faces attacks from Peru, and Chile under continued bombardment from Argentina.')).toEqual([
      ['190', 'PER', 'BOL'],
      ['190', 'ARG', 'CHL'],
    ]);
    expect(ev('Chile came under attack from Peruvian forces.')).toEqual([['190', 'PERMIL', 'CHL']]);
    // no one named who underwent it: no event, never the doer taken for the one it was done to
    expect(ev('I think farming is under siege by the Peruvian government.')).toEqual([]);
    expect(ev('The party changed course as farmers came under repeated assault by Peru.')).toEqual([]);
  });
  it('codes "will respond decisively if X invades" as a threat aimed at X, never taking the condition\'s act for the one threatened', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (text: string) => analyze({ id: 'respond', text }).events.map((e) => [e.code, e.modality, e.source?.cameo, e.target?.cameo]);
    expect(ev('Chile will respond decisively if Peru further invades Bolivia.')).toEqual([['130', 'asserted', 'CHL', 'PER']]);
    expect(ev('Chile would respond with strong economic measures in the event of an escalation by Peru.')).toEqual([['130', 'asserted', 'CHL', 'PER']]);
    // with no one named to respond to, no threat
    expect(ev('Chile will respond decisively if asked about it again.')).toEqual([]);
    // an answer is no threat
    expect(ev('Chile responded quickly to the questions of Peruvian reporters.').map(([c]) => c)).not.toContain('130');
  });
  it('codes disappointment or outrage expressed with someone\'s act as criticism of them', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (text: string) => analyze({ id: 'disappoint', text }).events.map((e) => [e.code, e.source?.cameo, e.target?.cameo]);
    expect(ev('Chile expressed its disappointment with the decision made by Peru to close the border.')).toEqual([['111', 'CHL', 'PER']]);
    expect(ev('Chile expressed disappointment over the result.')).toEqual([]);
  });
  it('reads "I want to thank" and "I would like to thank" as the thanks itself', async () => {
    const { analyze } = await import('../src/analyze.js');
    for (const text of ['I want to thank the Moldovan parliament for its vote.', 'I would like to thank President Ana Covaci of Moldova for her leadership.', 'I would also like to give my highest praise to the Moldovan parliament.', 'I want to pay tribute to the Moldovan parliament.']) {
      const e = analyze({ id: 'thank', source: 'White House', text }).events;
      expect(e.map((x) => [x.code, x.modality])).toEqual([['051', 'asserted']]);
    }
  });
});

describe('events: criticism of a hostile act', () => {
  it('aims at whoever did the act, never at the one it was done to', () => {
    expect(triples(run('Portugal condemned the attack on Moldova.'))).toEqual([['111', 'PRT', null]]);
    expect(triples(run('Portugal condemned the shelling of Moldovan towns by Russian forces.'))).toEqual([['111', 'PRT', 'RUSMIL']]);
    expect(triples(run('Portugal condemned the Russian attack on Moldova.'))).toEqual([['111', 'PRT', 'RUS']]);
  });
});

describe('events: names and nouns are not triggers', () => {
  it('skips capitalised words inside a name', () => {
    expect(run('Zelenskyy praised the Armed Forces of Ukraine to the press.').events.some((e) => e.code.startsWith('17'))).toBe(false);
  });
  it('does not code an event noun governed by a preposition', () => {
    const d = run('Peru noted the possibility of harsh sanctions against Chile.');
    expect(d.events.some((e) => e.code.startsWith('16'))).toBe(false);
  });
  it('does not code a light verb inside a noun complement', () => {
    expect(run('Peru updated Chile on our plan to impose sanctions.').events.some((e) => e.code.startsWith('16'))).toBe(false);
  });
});

describe('events: targets named beside the place', () => {
  it('aims a protest for independence at the state it is from', () => {
    const d = run('Thousands of Basque students marched in Bilbao on Sunday demanding independence from Spain.');
    expect(d.events[0]?.target?.cameo).toBe('ESP');
  });
  it('keeps a pledge inside a pledge and targets the country the force goes to', () => {
    expect(triples(run('Ghana is ready to contribute up to 800 troops to a UN mission in Mali.'))).toEqual([['0334', 'GHA', 'MLI']]);
  });
  it('reads a capitalised country before "-led"', () => {
    const d = run('Ankara has refused to pledge any direct help to the US-led coalition.');
    expect(d.events[0]?.target?.cameo).toBe('USA');
  });
});

describe('events: conditions', () => {
  it('reads a hostile act held out on a condition as a threat', () => {
    expect(triples(run('Spain could expel the Moroccan ambassador if the attacks continue.'))).toEqual([['1313', 'ESP', 'MARGOV']]);
  });
  it('does not read gas supplies as a gas attack', () => {
    expect(run('Russia could cut gas supplies to Moldova unless the debt is paid.').events.some((e) => e.code.startsWith('20'))).toBe(false);
  });
});

describe('actors: a document, forum or meeting named after a place', () => {
  it('is no actor of that place', () => {
    const r = analyze({ id: 'named', published: '2024-05-02', text: 'Poland will help implement the Geneva Conventions and the Minsk Protocol.' });
    expect(r.events.flatMap((e) => [e.target?.cameo]).filter((c) => c === 'CHEGOV' || c === 'CHE' || c === 'BLRGOV' || c === 'BLR')).toEqual([]);
    expect(r.actors.filter((a) => /Minsk|Geneva/.test(a.name)).map((a) => a.country ?? null)).toEqual([null, null]);
  });
  it('leaves the place itself and a possessive before a plan coded', () => {
    expect(analyze({ id: 'n2', published: '2024-05-02', text: 'Poland backed Ukraine\'s peace plan.' }).events[0]?.target?.cameo).toBe('UKR');
    expect(analyze({ id: 'n3', published: '2024-05-02', text: 'Russia attacked Geneva.' }).events[0]?.target?.cameo).toBe('CHE');
  });
});

describe('events: a country word before "counterparts" or "allies"', () => {
  it('names whose peers they are, not the country of a role named alone in the sentence', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (text: string) => analyze({ id: 'peers', text }).events.map((e) => [e.code, e.source?.cameo ?? null, e.target?.cameo ?? null]);
    const got = ev('The defence minister has talked with several of his Peruvian counterparts this month.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter((e) => e[1]?.startsWith('PER'))).toEqual([]);
  });
  it('an office named alone in a government’s own text ("The Secretary", "The Vice President") is that government’s', async () => {
    const { analyze } = await import('../src/analyze.js');
    const ev = (text: string) => analyze({ id: 'office', source: 'White House', text }).events.map((e) => [e.code, e.source?.cameo ?? null, e.target?.cameo ?? null]);
    expect(ev('The Secretary will sit down with Foreign Minister Ana Ruiz of Peru next week.')[0]?.[1]).toBe('USAGOV');
    expect(ev('The Vice President met President Tomas Varga of Chile in Lima.')[0]?.[1]).toBe('USAGOV');
    // an official named after a bare office, of no country of its own
    expect(ev('Secretary Linden met the Chilean foreign minister in Santiago this week.')[0]?.[1]).toBe('USAGOV');
  });
});

describe('events: "me" or "us" as the one an act is done to', () => {
  it('is the author of a statement, or the speaker of a turn', async () => {
    const { analyze } = await import('../src/analyze.js');
    const title = 'Statement from President Joe Biden on his call with President Tomas Varga of Chile';
    const ev = (text: string) => analyze({ id: 'me', source: 'White House', title, text }).events.map((e) => [e.code, e.source?.name ?? null, e.target?.cameo ?? null]);
    expect(ev('Tonight President Tomas Varga of Chile thanked me for the grain shipments.')).toContainEqual(['051', 'Tomas Varga', 'USAGOV']);
    // (an attack on "me" by no armed force is made in words)
    expect(ev('Last year President Tomas Varga of Chile attacked me in a long speech.').map((e) => e[0])).toEqual(['111']);
    // not a call to the listener, nor the speaker's own act on "me"
    expect(ev('Pardon me?')).toEqual([]);
  });
});
