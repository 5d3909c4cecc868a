import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Quote } from '../src/model/types.js';

function quotesOf(text: string, published = '2024-05-10'): Quote[] {
  return analyze({ id: 't', text, published }).quotes;
}

/** The quote whose text contains `words`. */
function quoteWith(qs: Quote[], words: string): Quote {
  const q = qs.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with "${words}" in ${JSON.stringify(qs.map((x) => x.text))}`);
  return q;
}

describe('quotes: the setting between the verb and "that" belongs to the attribution', () => {
  it('starts the content at "that" after a date, a statement with its time, a message read out', () => {
    const a = quoteWith(quotesOf('Harbor commissioner Lena Varga said on April 22 that the ferry pier would reopen in June.'), 'ferry pier');
    expect(a.text.startsWith('that the ferry pier')).toBe(true);
    expect(a.time).toBe('2024-04-22');
    const b = quoteWith(quotesOf('The water board said in a statement late on Tuesday that it had lifted the boil notice.'), 'boil notice');
    expect(b.text.startsWith('that it had lifted')).toBe(true);
    expect(b.time).toBe('2024-05-07');
    const c = quoteWith(quotesOf('The bishop said in a letter read out at the cathedral that he was grateful to the volunteers.'), 'grateful');
    expect(c.text.startsWith('that he was grateful')).toBe(true);
  });
});

describe('quotes: the addressee', () => {
  it('links a media noun to the outlet named before it', () => {
    const a = quoteWith(quotesOf('Reuters first reported the sale on Monday. The club chairman Piet Almas told the outlet that no offer had been accepted.'), 'no offer');
    expect(a.addressee?.name).toBe('Reuters');
    const b = quoteWith(quotesOf('The Guardian saw a draft of the plan. A spokeswoman, Maren Holt, told the newspaper that the draft was old.'), 'draft was old');
    expect(b.addressee?.name).toMatch(/Guardian/);
    const c = quoteWith(quotesOf('BERLIN (AFP) - Talks resumed.\n\n"We are close to a deal," union leader Karl Brenner told the German news agency.'), 'close to a deal');
    expect(c.addressee?.name).toBe('AFP');
  });

  it('takes the outlet of an interview named in the sentence', () => {
    const a = quoteWith(quotesOf('In an interview with Politico, Senator Rhea Tamsin said the bill would pass in May.'), 'bill would pass');
    expect(a.addressee?.name).toBe('Politico');
    const b = quoteWith(quotesOf('Speaking to The Washington Post, the mayor, Ivo Radek, said the budget was balanced.'), 'budget was balanced');
    expect(b.addressee?.name).toMatch(/Washington Post/);
  });

  it('leaves a time or a place out of the addressee', () => {
    const a = quoteWith(quotesOf('Minister Odile Ferrant told reporters Thursday that the border would stay open.'), 'border');
    expect(a.addressee?.name).toBe('reporters');
    const b = quoteWith(quotesOf('Governor Ana Pell told lawmakers last week that the levy would be cut.'), 'levy');
    expect(b.addressee?.name).toBe('lawmakers');
    const c = quoteWith(quotesOf('"The talks went well," Trump told reporters aboard Air Force One on Sunday.'), 'talks went well');
    expect(c.addressee?.name).toBe('reporters');
    expect(c.time).toBe('2024-05-05');
  });
});

describe('quotes: words relayed from a second source (via)', () => {
  it('finds the source behind an apposition, an auxiliary, a relaying verb and a role', () => {
    const a = quoteWith(quotesOf('Senator Dana Wick said Colonel Arno Brandt, the garrison chief, had told the committee that the depot would close.'), 'depot');
    expect(a.via?.name).toMatch(/Brandt/);
    const b = quoteWith(quotesOf('The envoy Lars Onder said the rebels had signaled to the mediators that they would free ten prisoners.'), 'prisoners');
    expect(b.via?.name).toMatch(/rebels/);
    const c = quoteWith(quotesOf('Mayor Tess Rowan told reporters that the governor had told her the state would pay for the bridge.'), 'bridge');
    expect(c.via?.name).toMatch(/governor/);
    const d = quoteWith(quotesOf('Coach Milo Perez said his goalkeeper, Jonas Feld, had told him that he was fit to play.'), 'fit to play');
    expect(d.via?.name).toMatch(/Feld/);
  });

  it('gives no second source to a plain reported clause', () => {
    const q = quoteWith(quotesOf('Mayor Tess Rowan said the bridge had been repaired in April.'), 'bridge');
    expect(q.via).toBeUndefined();
    // a telephone call is not a message relayed; a call for something is
    const phoned = quoteWith(quotesOf('Aide Ivo Marek said on Friday that Chancellor Lena Ostrova had called President Tomas Varga twice.'), 'twice');
    expect(phoned.via).toBeUndefined();
    const urged = quoteWith(quotesOf('Aide Ivo Marek said on Friday that Chancellor Lena Ostrova had called for an immediate truce in the valley.'), 'truce');
    expect(urged.via?.name).toMatch(/Ostrova/);
    const named = quoteWith(quotesOf('Aide Ivo Marek said on Friday that Chancellor Lena Ostrova had called President Tomas Varga a liar.'), 'liar');
    expect(named.via?.name).toMatch(/Ostrova/);
  });

  it('gives no second source to words the speaker opens in the first person', () => {
    const r = analyze({ id: 'fp', text: 'ANNA BERG: Good morning.\n\nQ Will the piers reopen?\n\nANNA BERG: We stressed, first of all, that the ferry line would reopen in May. The piers come later.\n\nQ And fares?\n\nANNA BERG: Like I said, the council agreed that fares would stay low.' });
    const opened = r.quotes.filter((q) => q.rule.includes('speaker-label') && /^(We stressed|Like I said)/.test(q.text));
    expect(opened.length).toBe(2);
    for (const q of opened) expect(q.via).toBeUndefined();
  });
});

describe('quotes: a tagger guess whose cue is a bare preposition', () => {
  it('is no quote (a topic of talks, a phrase)', () => {
    const text = 'President Ana Ruiz of Chile spoke with President Tomas Varga of Peru about the border crossings and fishing rights.';
    const qs = analyze({ id: 'prep', text }).quotes;
    expect(qs.filter((q) => q.rule === 'tagger' && q.cue && /^(about|of|for|to|at|on)$/i.test(q.cue.text))).toEqual([]);
  });
});

describe('quotes: "made clear that"', () => {
  it('is a cue of saying, its subject the speaker', () => {
    const qs = analyze({ id: 'clear', text: 'President Ana Ruiz of Chile made clear that the canal would stay open to ships from Peru.' }).quotes;
    expect(qs.map((q) => [q.speaker?.name, q.cue?.text])).toContainEqual(['Ana Ruiz', 'made clear']);
  });
});

describe('quotes: "This was stated by X" names the speaker of the sentence before', () => {
  it('makes that sentence X’s, in place of a guess with a speaker inside its words', () => {
    const qs = quotesOf('By its latest decisions, the river board is breaking the pact of the three valleys and draining the lake. This was stated by Mayor Ana Ruiz at a briefing in the town hall.');
    const q = quoteWith(qs, 'breaking the pact');
    expect(q.speaker?.name).toContain('Ana Ruiz');
    expect(q.text.startsWith('By its latest decisions')).toBe(true);
    expect(qs.filter((x) => x.speaker?.name === 'its')).toEqual([]);
    const r = quoteWith(quotesOf('The ferry to the islands will run twice a day from June. This has been announced by the harbor commissioner Tom Reyes.'), 'ferry to the islands');
    expect(r.speaker?.name).toContain('Tom Reyes');
  });
  it('not a sentence about something else done by someone', () => {
    const qs = quotesOf('The ferry to the islands will run twice a day from June. This was decided by the harbor board last week.');
    expect(qs.filter((x) => x.text.includes('ferry to the islands'))).toEqual([]);
  });
});

describe('quotes: the subject of a passive of reporting or judging, with its source after "by"', () => {
  it('is what the source reported or judged: a subject opening the sentence, or a relative pronoun', () => {
    const a = quoteWith(quotesOf('The ferry company will close its northern route in May. The closure was first reported by the Harbor Ledger on Sunday.'), 'The closure');
    expect(a.text).toBe('The closure');
    expect(a.speaker?.name).toContain('Harbor Ledger');
    const b = quoteWith(quotesOf('Councilwoman Ines Moreau proposed a new tax on parking. But her plan was quickly denounced by the shopkeepers of Dorvale.'), 'her plan');
    expect(b.text).toBe('her plan');
    expect(b.speaker?.name).toContain('shopkeepers');
    const qs = quotesOf('Moreau, who has been endorsed by the teachers of Dorvale, runs for mayor this fall.');
    const c = quoteWith(qs, 'who');
    expect(c.text).toBe('who');
    expect(c.speaker?.name).toContain('teachers');
    // (and no content opens at the source's own phrase)
    expect(qs.filter((q) => q.text.startsWith('by the teachers'))).toEqual([]);
  });
  it('not a passive of doing ("was repaired by"), nor one inside quotation marks', () => {
    expect(quotesOf('The old bridge was repaired by the county crews in March.')).toEqual([]);
    expect(quotesOf('The bakery on Elm Street was praised, and a mural was painted by local children.').filter((q) => q.rule === 'passive-by')).toEqual([]);
  });
});

describe('quotes: a statement announced before its paragraphs', () => {
  it('gives each quoted paragraph after "Below is a statement by X" to X, also when only the last one closes its marks', () => {
    const text = 'Four more families were reunited on Friday. Below is a statement by the Foreign Minister of Chile, Ana Ruiz, on the work of the commission.\n\n“Our commitment to the families who wait for news of their relatives remains firm.\n\n“I thank the volunteers of both countries for the patience they have shown in every single case.”\n\nThe commission will meet again in May.';
    const qs = quotesOf(text);
    const st = qs.filter((q) => q.rule === 'statement');
    expect(st.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(st[0].text.startsWith('Our commitment')).toBe(true);
    expect(st[1].text.endsWith('every single case.')).toBe(true);
    // (the narrator's line after them is no part of the statement)
    expect(qs.some((q) => q.text.includes('meet again'))).toBe(false);
  });
});

describe('quotes: a joint text that says who "we" are', () => {
  it('gives what "we" state to the persons named after "We," at a paragraph’s start', () => {
    const text = 'We, President of Chile Ana Ruiz and President of Peru Tomas Varga, note that our countries share rivers.\n\nToday, we stress again that rivers must be kept clean.';
    const qs = analyze({ id: 'we', source: 'White House', title: 'Chile-Peru Presidential Joint Statement on Rivers', text, published: '2024-05-02' }).quotes;
    const q = qs.find((x) => text.slice(x.start, x.end).includes('kept clean'));
    expect(q?.speaker?.name).toBe('Ana Ruiz and Tomas Varga');
  });
  it('gives a view held by "our" to them too, and in a government\'s unsigned text to the government', () => {
    const text = 'We, President of Chile Ana Ruiz and President of Peru Tomas Varga, note that our countries share rivers.\n\nToday, we restate our view that rivers must be kept clean.';
    const qs = analyze({ id: 'we3', title: 'Chile-Peru Presidential Joint Statement on Rivers', text }).quotes;
    expect(qs.find((x) => text.slice(x.start, x.end).includes('kept clean'))?.speaker?.name).toBe('Ana Ruiz and Tomas Varga');
    const house = analyze({ id: 'we4', source: 'White House', text: 'The sanctions will bite. It is our view that Peru must change course.' }).quotes;
    expect(house.map((q) => q.speaker?.name)).toEqual(['White House']);
  });
  it('gives what the sentence that names them states to all of them, not to the last one named', () => {
    const text = 'We, President Ana Varga of Chile and President Tomas Ruiz of Peru, note that the two nations have kept the peace at sea. Later, we affirmed again our view that a fishing war helps no one.';
    const qs = analyze({ id: 'we2', title: 'Chile-Peru Presidential Joint Statement on Fisheries', text }).quotes;
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Ana Varga and Tomas Ruiz', 'Ana Varga and Tomas Ruiz']);
  });
});

describe('quotes: a stance told with "was clear that"', () => {
  const content = (text: string, speaker: string) => {
    const qs = analyze({ id: 'st', source: 'Government of Chile', text, published: '2024-05-02' }).quotes;
    return qs.filter((q) => q.speaker?.name.includes(speaker)).map((q) => text.slice(q.start, q.end));
  };
  it('is the subject’s that-clause, also after "with" someone', () => {
    expect(content('President Ana Ruiz was clear with President Tomas Varga that the bridge will stay open to trucks.', 'Ruiz')).toEqual(['that the bridge will stay open to trucks']);
    expect(content('Minister Tomas Varga has been consistent that tolls will not rise this year.', 'Varga')).toEqual(['that tolls will not rise this year']);
  });
  it('is no one’s after "It is clear"', () => {
    expect(analyze({ id: 'st2', text: 'It is clear that the bridge will stay open to trucks.', published: '2024-05-02' }).quotes).toEqual([]);
  });
});

describe('quotes: "X briefed Y on …"', () => {
  it('is what X told Y about', () => {
    const text = 'President Ana Ruiz briefed President Tomas Varga on the repairs to the river bridge.';
    const qs = analyze({ id: 'br', source: 'Government of Chile', text, published: '2024-05-02' }).quotes;
    expect(qs.map((q) => [q.speaker?.name, text.slice(q.start, q.end)])).toEqual([['Ana Ruiz', 'the repairs to the river bridge']]);
  });
  it('is nothing when what was updated is a thing ("updated the figures on …")', () => {
    expect(analyze({ id: 'br2', text: 'The ministry updated the figures on its website.', published: '2024-05-02' }).quotes).toEqual([]);
  });
});

describe('quotes: a telephone call is no one’s words', () => {
  it('drops "called X" when the content is only the one called, and keeps what someone was called', async () => {
    const { analyze } = await import('../src/analyze.js');
    const got = (text: string) => analyze({ id: 'call', text }).quotes.map((q) => q.text);
    expect(got('President Ana Varga called President Tomas Ruiz on Thursday.')).toEqual([]);
    expect(got('Governor Varga called him again on Monday.')).toEqual([]);
    expect(got('Varga called Ruiz a liar.')).toEqual(['Ruiz a liar']);
    expect(got('Varga called him, in a long speech, “a failed mayor.”').length).toBe(1);
  });
});

describe('quotes: the speaker named after what was said', () => {
  it('takes "…, said Ana Varga, Adviser to …" as her words even when a cue stands inside them', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'Peru does not refuse to talk to Chile, yet wants only talks free of preconditions, said Ana Varga, Counsellor to the Chief of Staff.';
    const r = analyze({ id: 'post', text });
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['Peru does not refuse to talk to Chile, yet wants only talks free of preconditions', 'Ana Varga']]);
  });
});

describe('quotes: an attack or a defence in arms is no one’s words', () => {
  it('drops "attacked / defended" a place or a force, and keeps an attack in words', () => {
    const got = (text: string) => analyze({ id: 'arms', text }).quotes.map((q) => [q.speaker?.name, q.text]);
    expect(got('Northern militias attacked almost the whole territory of Vardia overnight.')).toEqual([]);
    expect(got('Our soldiers defended the city of Molvik for eleven days.')).toEqual([]);
    expect(got('The senator attacked her rival’s record on farm subsidies.').length).toBe(1);
    expect(got('Governor Ana Varga defended her plan to close the mines.').length).toBe(1);
    expect(got('President Ana Varga spoke with President Tomas Ruiz to underscore the lasting support of Peru for Chile while it defends its liberty against the aggression of Norland.').filter(([, t]) => String(t).includes('its liberty'))).toEqual([]);
  });
});

describe('quotes: the aim of a measure is no one’s words', () => {
  it('drops "This action seeks to …" (a measure’s aim), and keeps a person’s aim', () => {
    const got = (text: string) => analyze({ id: 'aim', text }).quotes.map((q) => q.text);
    expect(got('The Treasury named nine firms on Friday. This action seeks to break up the networks of officials and agents who fund the militia.')).toEqual([]);
    expect(got('Treasury sanctioned twelve people. This action seeks to cut off the funding of the militia and its backers.')).toEqual([]);
    expect(got('The senator seeks to end the ferry subsidy.')).toEqual(['to end the ferry subsidy']);
  });
});

describe('quotes: a participle that modifies a noun is no verb of saying', () => {
  const got = (text: string) => analyze({ id: 'mod', text }).quotes.map((q) => [q.cue?.text, q.text]);
  const cues = (text: string) => got(text).map(([cue]) => cue);
  it('drops "its continued …", and keeps the verb', () => {
    expect(got('Today, President Ana Varga signed an order that imposes a duty on Norland in reaction to its continued purchase of Vardian coal.')).toEqual([]);
    expect(got('The governor continued her attacks on the ferry subsidy.')).toHaveLength(1);
  });
  it('drops "continued" before a noun after "and", a preposition or a possessor', () => {
    expect(cues('The mayors of Lima and Quito discussed the port, the ferry fares, and continued efforts by both cities to find more funds.')).not.toContain('continued');
    expect(cues('Both mayors praised the province’s continued support for the ferry line.')).not.toContain('continued');
  });
});

describe('quotes: a gerund after "for", "from" or "to" is no verb of saying', () => {
  it('drops what someone is punished for or kept from, and keeps a gerund that reports', () => {
    const got = (text: string) => analyze({ id: 'ger', text }).quotes.map((q) => q.text);
    expect(got('The order puts new duties on Norland for supporting the blockade of the Vardian ports.')).toEqual([]);
    expect(got('The duties aim to deter Norland from supporting the blockade of the Vardian ports.')).toEqual([]);
    expect(got('Governor Ana Varga closed the session by saying that the ports would reopen in May.')).toEqual(['that the ports would reopen in May']);
  });
});

describe('quotes: a cue written in capitals is a heading, not a verb of saying', () => {
  it('drops the quote a heading would give', () => {
    const text = 'Fact sheet: duties on Norland.\n\nCOUNTERING NORLAND\u2019S THREAT TO THE VARDIAN PORTS: The actions of Norland in the region pose a lasting threat to Vardian security and trade.\n\nThe duties take effect in May.';
    const got = analyze({ id: 'caps', text }).quotes.filter((q) => q.cue && /^[A-Z\s]+$/.test(q.cue.text));
    expect(got).toEqual([]);
  });
});

describe('quotes: "say yes to" is going along, not words', () => {
  it('reports no "yes to …" as said', () => {
    const got = analyze({ id: 'yes', text: 'Their allies must say yes to every rule and repeat it.' }).quotes.map((q) => q.text);
    expect(got.some((t) => t.startsWith('yes to'))).toBe(false);
  });
});

describe('quotes: an imperative that opens its sentence', () => {
  it('makes no speaker of the one it tells', () => {
    const got = analyze({ id: 'imp', text: 'Families near the river should stay at home tonight. Warn your neighbours about what is happening on the dam.' }).quotes.map((q) => q.speaker?.name);
    expect(got).not.toContain('your neighbours');
  });
});

describe('quotes: a possessive pronoun is no speaker', () => {
  it('drops a quote whose speaker would be "its"', () => {
    const got = (text: string) => analyze({ id: 'pos', text }).quotes.map((q) => [q.speaker?.name, q.text]);
    expect(got('Today we are imposing new duties on Norland. We call on Norland to withdraw its support for the blockade of the Vardian ports.').filter(([s]) => s === 'its')).toEqual([]);
  });
});

describe('quotes: a stance noun between the verb and the content', () => {
  it('belongs to the cue ("expressed serious concern about", "voiced support for")', () => {
    const cue = (text: string) => analyze({ id: 'st', text }).quotes.map((q) => [q.cue?.text, q.text]);
    expect(cue('Governor Ana Varga expressed serious concern about the closure of the ferry line.')).toEqual([['expressed serious concern about', 'the closure of the ferry line']]);
    expect(cue('Ana Varga told reporters on Monday that the ferry line would reopen.')).toEqual([['told', 'that the ferry line would reopen']]);
  });
});

describe('quotes: an agentless passive in the account of a call', () => {
  const text = 'President Ana Varga of Peru spoke by phone to President Tomas Ruiz of Chile. The value of closer work between the two port authorities was separately noted, and a joint customs office was also emphasized. Emphasis was placed on weekly contact between the fishery ministers.';
  it('is what the call’s two parties stressed, one quote for each passive', () => {
    const got = analyze({ id: 'ap', text, title: 'Telephone conversation with the President of Chile' }).quotes.map((q) => [q.speaker?.name, q.cue?.text, q.text]);
    expect(got).toEqual([
      ['Ana Varga and Tomas Ruiz', 'was separately noted', 'The value of closer work between the two port authorities'],
      ['Ana Varga and Tomas Ruiz', 'was also emphasized', 'a joint customs office'],
      ['Ana Varga and Tomas Ruiz', 'Emphasis was placed on', 'weekly contact between the fishery ministers'],
    ]);
  });
  it('reads past a talk named at its head without a comma ("During the call the …")', () => {
    const more = 'President Ana Varga of Peru spoke by phone to President Tomas Ruiz of Chile. During the call the value of closer work between the two port authorities was stressed.';
    const got = analyze({ id: 'ap6', text: more, title: 'Telephone conversation with the President of Chile' }).quotes.map((q) => q.text);
    expect(got).toEqual(['the value of closer work between the two port authorities']);
  });
  it('is no one’s words outside such an account', () => {
    expect(analyze({ id: 'ap2', text, title: 'Ports and fisheries' }).quotes).toEqual([]);
  });
  it('reads what the talk itself addressed, or its two sides exchanged views on, as a topic of the two', () => {
    const more = 'President Ana Varga of Peru spoke by phone to President Tomas Ruiz of Chile. In addition, the conversation addressed the new customs rules at the border. The parties exchanged opinions on the fishing season.';
    const got = analyze({ id: 'ap4', text: more, title: 'Telephone conversation with the President of Chile' }).quotes.map((q) => [q.speaker?.name, q.text, q.topic ?? false]);
    expect(got).toEqual([
      ['Ana Varga and Tomas Ruiz', 'the new customs rules at the border', true],
      ['Ana Varga and Tomas Ruiz', 'the fishing season', true],
    ]);
  });
  it('reads a discussion the two sides had, and the key topic of their talks, as topics of the two', () => {
    const more = 'President Ana Varga of Peru spoke by phone to President Tomas Ruiz of Chile. The main topic of the call was the new customs rules at the border. The parties had a long discussion of the fishing season.';
    const got = analyze({ id: 'ap5', text: more, title: 'Telephone conversation with the President of Chile' }).quotes.map((q) => [q.speaker?.name, q.text, q.topic ?? false]);
    expect(got).toEqual([
      ['Ana Varga and Tomas Ruiz', 'the new customs rules at the border', true],
      ['Ana Varga and Tomas Ruiz', 'the fishing season', true],
    ]);
  });
  it('takes no "to" phrase after a reply someone owns for its content', () => {
    const got = analyze({ id: 'rp', text: 'The envoy Marta Lind will hand President Ana Varga’s reply to the Chilean president in Santiago.' }).quotes.map((q) => q.text);
    expect(got).toEqual([]);
  });
  it('reads a topic discussed, and a passive whose content follows it ("It was agreed that …")', () => {
    const more = 'President Ana Varga of Peru spoke by phone to President Tomas Ruiz of Chile. Joint patrols along the southern coast were discussed. It was agreed that the fishery ministers would meet in Arica in June.';
    const got = analyze({ id: 'ap3', text: more, title: 'Telephone conversation with the President of Chile' }).quotes.map((q) => [q.speaker?.name, q.cue?.text, q.text, q.topic ?? false]);
    expect(got).toEqual([
      ['Ana Varga and Tomas Ruiz', 'were discussed', 'Joint patrols along the southern coast', true],
      ['Ana Varga and Tomas Ruiz', 'It was agreed', 'that the fishery ministers would meet in Arica in June', false],
    ]);
  });
});

describe('quotes: readouts\' verbs of relaying, detailing and commending', () => {
  it('takes "relayed", "detailed", "highlighted" and "commended" as cues', () => {
    const qs = quotesOf('Mayor Ana Ruiz spoke with Governor Tomas Berg on Monday. Mayor Ruiz relayed the council\'s support for the flood barrier. Governor Berg detailed the steps the state will take before winter. He also highlighted the dangers of an early thaw. The two leaders commended the work of the river crews.');
    expect(quoteWith(qs, 'support for the flood barrier').cue?.text).toBe('relayed');
    expect(quoteWith(qs, 'steps the state will take').cue?.text).toBe('detailed');
    expect(quoteWith(qs, 'dangers of an early thaw').cue?.text).toMatch(/highlighted$/);
    expect(quoteWith(qs, 'work of the river crews').cue?.text).toBe('commended');
  });
  it('takes "echoed" as a cue: the words repeated are the echoer\'s too', () => {
    const qs = quotesOf('Senator Lena Dahl echoed the mayor\'s warning that the levees would not hold another storm.');
    const q = quoteWith(qs, 'levees would not hold');
    expect([q.speaker?.name, q.cue?.text]).toEqual(['Lena Dahl', 'echoed']);
  });
});

describe('quotes: "we call on" in an official statement', () => {
  it('reads the bare "call" after a subject pronoun as the verb, not the noun', () => {
    const text = 'FACT SHEET: The Harbor Board Acts on the Strike\n\nToday, the harbor board is closing two piers.\n\nWe call on the dock union to return to the table this week.';
    const q = analyze({ id: 'fs', text, published: '2024-05-10', source: 'White House' }).quotes.find((x) => x.text.includes('return to the table'));
    expect(q?.cue?.text).toBe('call on');
    expect(analyze({ id: 'n', text: 'The mayor took a call on Monday from the governor.', published: '2024-05-10' }).quotes).toEqual([]);
  });
});

describe('quotes: a stance told with "be" and an adjective of saying plainly', () => {
  it('ends before a colon that opens a quotation, and takes "transparent" and "frank" too', () => {
    const qs = quotesOf('Mayor Ana Ruiz has also been upfront that the pier would close for a year: “Nobody wants this, but the pilings are rotten.”');
    expect(quoteWith(qs, 'the pier would close').text).toBe('that the pier would close for a year');
    const t = quotesOf('Governor Tomas Berg has been transparent that the bridge tolls would rise in spring.');
    expect(quoteWith(t, 'tolls would rise').speaker?.name).toBe('Tomas Berg');
  });
});

describe('quotes: readouts\' "shared his assessment of" and "instructed their teams to"', () => {
  it('takes an assessment or impressions a possessor shares, and what leaders instructed their teams to do', () => {
    const qs = quotesOf('Governor Ana Ruiz spoke with Governor Tomas Berg. Governor Ruiz shared her assessment of the flood damage on the east bank. The two governors instructed their aides to press ahead with the levee plan.');
    expect(quoteWith(qs, 'the flood damage on the east bank').speaker?.name).toBe('Ana Ruiz');
    expect(quoteWith(qs, 'press ahead with the levee plan').cue?.text).toBe('instructed');
  });
});
