import { describe, expect, it } from 'vitest';
import { analyze, analyzeDoc, STAGES } from '../src/analyze.js';

const UPTO_QUOTES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes') + 1);

/** [speaker, whether linked to an entity, content] of every quote. */
function turns(text: string, title?: string): Array<[string | undefined, boolean, string]> {
  return analyzeDoc({ id: 't', text, title }, UPTO_QUOTES).quotes.map((q) => [q.speaker?.name, !!q.speaker?.entity, text.slice(q.start, q.end)]);
}

describe('transcripts: answer labels and titled surnames', () => {
  it('gives an "A:" answer to the one person the introduction names, not to the questioner', () => {
    const text = 'Our interview with Senator Abe Ferris of Millbrook.\n\nQ: Will you run again?\n\nA: Not for a second.\n\nQ: Why not?\n\nA: The party left me.';
    expect(turns(text)).toEqual([
      ['Q', false, 'Will you run again?'],
      ['Abe Ferris', true, 'Not for a second'],
      ['Q', false, 'Why not?'],
      ['Abe Ferris', true, 'The party left me'],
    ]);
  });
  it('gives an "A:" answer to the person the introduction names most often, and keeps "A" when two are named alike', () => {
    const intro = 'A talk with Senator Abe Ferris. Ferris flew home with our reporters Lena Moss and Cal Oduya on Friday, and Ferris spoke of the levy.';
    const text = `${intro}\n\nQ: Will you run again?\n\nA: Not for a second.`;
    expect(turns(text)).toEqual([
      ['Q', false, 'Will you run again?'],
      ['Abe Ferris', true, 'Not for a second'],
    ]);
    const even = 'Senator Abe Ferris met Mayor Ines Walcott.\n\nQ: Will you run again?\n\nA: Not for a second.';
    expect(turns(even).map((t) => t[0])).toEqual(['Q', 'A']);
  });
  it('keeps "A" as the speaker when no one is named before the questions', () => {
    const got = turns('Q: Will you run again?\n\nA: Not for a second.');
    expect(got.map((t) => t[0])).toEqual(['Q', 'A']);
  });
  it('reads "SEN. FERRIS:" as Ferris, the person of that surname named in the text', () => {
    const text = 'Senator Abe Ferris and Mayor Ines Walcott spoke at the hearing.\n\nSEN. FERRIS: The levy is dead.\n\nMAYOR WALCOTT: It is not.\n\nMR. DUNMORE: We will see.';
    expect(turns(text)).toEqual([
      ['Abe Ferris', true, 'The levy is dead'],
      ['Ines Walcott', true, 'It is not'],
      ['Dunmore', false, 'We will see'],
    ]);
  });
});

describe('transcripts laid out with single line breaks', () => {
  it('reads each labelled line as a turn of its own', () => {
    const text = 'Q: Is the navy sending more ships?\nMR. KIRBY: There are no plans to do that.\nQ: And next month?\nMR. KIRBY: Not at this point.';
    expect(turns(text).map((t) => [t[0], t[2]])).toEqual([
      ['Q', 'Is the navy sending more ships?'],
      ['Kirby', 'There are no plans to do that'],
      ['Q', 'And next month?'],
      ['Kirby', 'Not at this point'],
    ]);
  });
});

describe('transcripts: labels in ordinary case, "Q." and labels alone on their line', () => {
  it('reads names and roles in ordinary case as speakers where several label lines make a transcript', () => {
    const text = 'Trade chief Lena Vossberg spoke to the Courier.\nCourier: How near is a deal?\nVossberg: Nearer than last month, but not done.\nCourier: What is left?\nVossberg: Timber. Always timber.';
    expect(turns(text).map((t) => [t[0], t[2]])).toEqual([
      ['Courier', 'How near is a deal?'],
      ['Lena Vossberg', 'Nearer than last month, but not done'],
      ['Courier', 'What is left?'],
      ['Lena Vossberg', 'Timber. Always timber'],
    ]);
  });
  it('reads "Q." and "A." and a label whose words are on the next line', () => {
    const qa = turns('Bank governor Ilse Marten took questions.\n\nQ. Will rates rise again?\nA. We will look at the data first.');
    expect(qa.map((t) => [t[0], t[1], t[2]])).toEqual([
      ['Q.', false, 'Will rates rise again?'],
      ['Ilse Marten', true, 'We will look at the data first'],
    ]);
    const alone = turns('Senator Willa Brant and Mayor Omar Castell debated the levy.\n\nBrant:\nThe levy would ruin the harbour.\n\nCastell:\nThe levy is fair.');
    expect(alone.map((t) => [t[0], t[2]])).toEqual([
      ['Willa Brant', 'The levy would ruin the harbour'],
      ['Omar Castell', 'The levy is fair'],
    ]);
  });
  it('takes no heading for a speaker', () => {
    expect(turns('The harbour reopens in May.\nNote: Times are local.\nUpdate: The ferry runs daily.')).toEqual([]);
    expect(turns('UPDATE: The ferry runs daily.\n\nPREVIOUSLY:\nThe harbour was closed for a year.')).toEqual([]);
  });
});

describe('transcripts: one address given whole under one label', () => {
  it('gives every paragraph of an address under "THE PRESIDENT:" to the president', () => {
    const text = 'East Room\n\n9:02 A.M. EST\n\nTHE PRESIDENT: Good morning, everyone. Today the canal treaty comes home.\n\nWe believe that the locks will open by spring.\n\nI thank the crews who kept working.\n\n9:14 A.M. EST';
    // the turns (an attribution inside one is a quote of its own: see below)
    const qs = analyzeDoc({ id: 't', text, title: 'Remarks by President Corvin on the Canal Treaty' }, UPTO_QUOTES).quotes.filter((q) => !q.rule.startsWith('in-turn+'));
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual(['Good morning, everyone. Today the canal treaty comes home', 'We believe that the locks will open by spring', 'I thank the crews who kept working']);
    expect(qs.every((q) => q.speaker?.name === 'President Corvin')).toBe(true);
  });
  it('gives an address opened by a titled name to that person, paragraph after paragraph', () => {
    const text = 'President of Chile Ana Ruiz: Friends, this winter has been long. The roads are open again.\n\nWe will rebuild the bridge at Holt before the thaw.\n\nThank you all.';
    expect(turns(text).map((t) => [t[0], t[2]])).toEqual([
      ['Ana Ruiz', 'Friends, this winter has been long. The roads are open again'],
      ['Ana Ruiz', 'We will rebuild the bridge at Holt before the thaw'],
      ['Ana Ruiz', 'Thank you all'],
    ]);
  });
  it('does not take a one-line headline with a name and a colon for an address', () => {
    const text = 'Brekke: Bridge Will Wait.\n\nThe governor of Norland said on Monday that the Holt bridge would not be rebuilt this year.\n\nWork on the roads goes on.';
    expect(turns(text).filter((t) => t[2].startsWith('Work') || t[2].startsWith('The governor'))).toEqual([]);
  });
});

describe('transcripts: where an address given whole ends', () => {
  it('ends before the narrator speaks again: the office with its verb, the speaker by name, a caption', () => {
    const text = 'East Room\n\n9:02 A.M. EST\n\nTHE PRESIDENT: Good morning, everyone. Today the canal treaty comes home.\n\nThe President of Peru and I agreed on the locks.\n\nThe President departed the East Room at 9:14 a.m.\n\nPhoto: The crews at the locks.';
    // the turns (an attribution inside one is a quote of its own: see below)
    const qs = analyzeDoc({ id: 't', text, title: 'Remarks by President Corvin on the Canal Treaty' }, UPTO_QUOTES).quotes.filter((q) => !q.rule.startsWith('in-turn+'));
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual(['Good morning, everyone. Today the canal treaty comes home', 'The President of Peru and I agreed on the locks']);
    const lede = 'President of Chile Ana Ruiz: We will not give up the canal. The talks go on.\n\nRuiz spoke in Lima on Monday after the vote.\n\nThe opposition said it would appeal the ruling.';
    expect(turns(lede).map((t) => t[0])).toEqual(['Ana Ruiz', 'opposition']);
  });
});

describe('transcripts: attributions inside a turn', () => {
  const text = [
    'MS. HALVORSEN: Good afternoon. The minister spoke with President Tomas Ortega this morning.',
    'Q Thanks. What did they agree?',
    'MS. HALVORSEN: I told him that the ferry line would reopen in May. President Ortega said that his government would pay for the new piers. As I said in my briefing last week, the line matters to both towns. We supported their plan. I want to stress one thing again. We think the fares will stay low.',
    'Q And the fares?',
    'MS. HALVORSEN: We will see.',
  ].join('\n\n');
  const qs = analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes;
  const inner = qs.filter((q) => q.rule.startsWith('in-turn+'));
  it('finds what the turn\'s speaker reports, beside the turn itself', () => {
    expect(qs.filter((q) => q.rule.includes('speaker-label')).length).toBe(5);
    const told = inner.find((q) => q.text.includes('ferry line would reopen'));
    expect(told?.speaker?.name).toBe('Halvorsen');
    expect(told?.via).toBeUndefined();
    expect(told?.cue?.text).toBe('told');
  });
  it('gives someone else\'s words to the turn\'s speaker as relayed, theirs as `via`', () => {
    const relayed = inner.find((q) => q.text.includes('would pay for the new piers'));
    expect(relayed?.speaker?.name).toBe('Halvorsen');
    expect(relayed?.via?.name).toBe('Tomas Ortega');
  });
  it('takes no setting of a saying for what was said, no act or wish to speak of the speaker\'s, and the turn stays whole', () => {
    expect(inner.some((q) => q.text.startsWith('in my briefing'))).toBe(false);
    expect(inner.some((q) => q.text.startsWith('their plan') || q.text.startsWith('to stress one thing'))).toBe(false);
    expect(inner.find((q) => q.text.includes('fares will stay low'))?.speaker?.name).toBe('Halvorsen');
    expect(qs.find((q) => q.rule.includes('speaker-label') && q.text.startsWith('I told him'))?.text).toContain('both towns');
  });
});

describe('transcripts: a report the tagger alone found inside a turn', () => {
  it('keeps a that-clause with a verb of saying as relayed, and not the tagger’s other guesses', () => {
    const text = [
      'President Tomas Varga of Peru spoke by phone with President Hugo Berg of Chile.',
      'QUESTION: What did they discuss?',
      'ANNA ORTIZ: I want to note that the Peruvian President responded by saying that Peru would study the offer. Our newly appointed envoys have begun talks with their counterparts.',
      'QUESTION: Thank you.',
    ].join('\n\n');
    const inner = analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes.filter((q) => q.rule.startsWith('in-turn+'));
    const relayed = inner.find((q) => q.text === 'that Peru would study the offer');
    expect(relayed?.speaker?.name).toBe('ANNA ORTIZ');
    expect(relayed?.via?.name).toBe('Tomas Varga');
    expect(inner.some((q) => q.text.includes('talks with their counterparts'))).toBe(false);
  });
});

describe('quotes: a fronted aside of saying before someone else’s saying', () => {
  it('gives the that-clause to the nearer subject and its verb, relayed inside a turn', () => {
    const plain = analyze({ id: 'a', text: 'As I said, the ministers agreed that the ferry would run all winter.' }).quotes;
    const q = plain.find((x) => x.text === 'that the ferry would run all winter');
    expect(q?.speaker?.name).toBe('ministers');
    expect(q?.cue?.text).toBe('agreed');
    const text = [
      'President Tomas Varga of Peru spoke by phone with President Hugo Berg of Chile.',
      'QUESTION: What did they settle?',
      'ANNA ORTIZ: Like I told you, both leaders agreed that the ferry would run all winter.',
      'QUESTION: Thank you.',
    ].join('\n\n');
    const inner = analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes.find((x) => x.text === 'that the ferry would run all winter');
    expect(inner?.speaker?.name).toBe('ANNA ORTIZ');
    expect(inner?.cue?.text).toBe('agreed');
    expect(inner?.via?.name).toContain('Varga');
  });
});

describe('transcripts: what a turn only points to or plans', () => {
  const text = [
    'MS. HALVORSEN: Good afternoon. The minister spoke with President Tomas Ortega this morning.',
    'Q What did they agree?',
    'MS. HALVORSEN: What I am saying now matters to both towns. I have only mentioned the ferry fares so far. Today we will discuss the schedule of the new piers. We think the fares will stay low. What I told the council was that the piers would open in May.',
  ].join('\n\n');
  const inner = analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes.filter((q) => q.rule.startsWith('in-turn+'));
  it('keeps no pointer to the speaker\'s words, topic mentioned, nor plan to discuss', () => {
    for (const bad of ['now matters', 'the ferry fares', 'the schedule of the new piers']) expect(inner.some((q) => q.text.includes(bad))).toBe(false);
    expect(inner.find((q) => q.text.includes('fares will stay low'))?.speaker?.name).toBe('Halvorsen');
  });
  it('keeps a cleft whose copula opens what was said ("What I told the council was that …")', () => {
    expect(inner.some((q) => q.text.includes('piers would open in May'))).toBe(true);
  });
});

describe('transcripts: "I would say" inside a turn', () => {
  const text = [
    'Background call on the ferry talks.',
    'Q Did the President raise the fares?',
    'SENIOR OFFICIAL: Thanks for that. I would say that the President continued on the course we have held for some months, which is to keep the fares low.',
    'Q Thank you.',
  ].join('\n\n');
  const inner = analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes.filter((q) => q.rule.startsWith('in-turn+'));
  it('is the turn\'s speaker\'s own account, relaying no one', () => {
    const own = inner.find((q) => q.text.includes('continued on the course'));
    expect(own).toBeDefined();
    expect(own?.speaker?.name).toBe('SENIOR OFFICIAL');
    expect(own?.via).toBeUndefined();
  });
});

describe('transcripts: a stance told with "was clear that" inside a turn', () => {
  const text = [
    'THE PRESIDENT: Good afternoon. I was unequivocal that I would respond. President Tomas Ortega was very clear that his country would stay neutral. Our position is clear that the treaty stands.',
    'Q Thank you.',
  ].join('\n\n');
  const inner = analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes.filter((q) => q.rule.startsWith('in-turn+'));
  it('is a quote of its own beside the turn: the speaker\'s, relaying whoever was clear', () => {
    const own = inner.find((q) => q.text.includes('I would respond'));
    expect(own?.speaker?.name).toBe('THE PRESIDENT');
    expect(own?.via).toBeUndefined();
    const relayed = inner.find((q) => q.text.includes('stay neutral'));
    expect(relayed?.speaker?.name).toBe('THE PRESIDENT');
    expect(relayed?.via?.name).toBe('Tomas Ortega');
    const position = inner.find((q) => q.text.includes('treaty stands'));
    expect(position?.via).toBeUndefined();
  });
});

describe('transcripts: a turn that opens with someone else\'s words', () => {
  it('relays nothing itself: the quote inside it does', () => {
    const text = ['Anna Berg: Good evening.', 'Director Ivo Lund said that the ferry line would reopen in May. He also stressed that fares would stay low.', 'Question: And the tunnel?', 'Anna Berg: We will see.'].join('\n\n');
    const qs = analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes;
    const turn = qs.find((q) => q.rule.includes('speaker-label') && q.text.startsWith('Director Ivo Lund said'));
    expect(turn?.speaker?.name).toBe('Anna Berg');
    expect(turn?.via).toBeUndefined();
    expect(qs.find((q) => q.rule.startsWith('in-turn+') && q.text.includes('would reopen'))?.via?.name).toBe('Ivo Lund');
  });
});

describe('transcripts: an exchange laid out with names in ordinary case', () => {
  const text = [
    'Mayor Anna Berg briefed reporters on the talks with the port authority.',
    'Anna Berg: Good evening. The talks went on for three hours.',
    'The port director said that the ferry line would reopen in May. He also stressed that fares would stay low.',
    'Question: Will the piers be rebuilt?',
    'Anna Berg: Yes, by the autumn.',
    'Question: And the tunnel?',
    'Anna Berg: We will see.',
  ].join('\n\n');
  const qs = analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes;
  it('runs a turn on to the next label, and finds what it relays inside it', () => {
    const turn = qs.find((q) => q.rule.includes('speaker-label') && q.text.startsWith('The port director said'));
    expect(turn?.speaker?.name).toBe('Anna Berg');
    const relayed = qs.find((q) => q.rule.startsWith('in-turn+') && q.text.includes('ferry line would reopen'));
    expect(relayed?.speaker?.name).toBe('Anna Berg');
    expect(relayed?.via?.name).toMatch(/port director/i);
  });
});

describe('quotes: a stance told inside a turn, with someone else’s words in its tail', () => {
  it('is a quote of its own beside the turn, ending before the other attribution', async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = 'MODERATOR: Thank you. Our first speaker will take questions.\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks. President Ana Varga was very clear that Peru will act on the principle of “no deal about you without you”: no talks about matters of concern to our neighbours without their full consultation — which President Tomas Ruiz said that he understood.';
    const qs = analyze({ id: 'st', text }).quotes.filter((q) => q.rule.startsWith('in-turn'));
    expect(qs.map((q) => [q.rule, q.via?.name, q.text.slice(-24)])).toEqual([
      ['in-turn+stance-that', 'Ana Varga', 'without their full consultation'.slice(-24)],
      ['in-turn+tag+cue-after', 'Tomas Ruiz', 'that he understood'],
    ]);
  });
});

describe('labels: a report\'s section headings that open with a name', () => {
  it('are no turns when each name opens one short line and prose follows it, none coming back', () => {
    const text =
      'The race moves on. Here is what each candidate needs.\n\nVarga: Hold the centre.\n\nSenator Ana Varga has led the polls for weeks and needs only to avoid mistakes.\n\n' +
      'Ruiz: A long shot.\n\nGovernor Tomas Ruiz trails badly and has little money left.';
    expect(turns(text).filter(([, , t]) => t === 'Hold the centre' || t === 'A long shot')).toEqual([]);
  });
  it('leaves an exchange whose names come back, however short its lines', () => {
    expect(turns('Varga: We will hold the centre.\n\nRuiz: You will not.\n\nVarga: We will.').map(([s, , t]) => [s, t])).toEqual([
      ['Varga', 'We will hold the centre'],
      ['Ruiz', 'You will not'],
      ['Varga', 'We will'],
    ]);
  });
});

describe('quotes: the speaker’s own aside inside a turn', () => {
  it('is no quotation of its own ("…, as we know, are to blame …" restates the turn’s words)', () => {
    const text = 'Remarks at the harbor.\n\nMAYOR ORTIZ: Good morning. The storm hit the coast last week. Our crews are fighting not with the weather alone but with looters who, as we know, are to blame for most of the harm done to the shops on the pier. We will rebuild.\n\nQ: Thank you, Mayor.';
    const qs = analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes;
    expect(qs.some((q) => q.text.includes('as we know, are to blame'))).toBe(true);
    expect(qs.filter((q) => q.text.startsWith('are to blame') || q.text.startsWith('to blame'))).toEqual([]);
  });
});

describe('quotes: a writer’s sign-off after a turn', () => {
  it('ends the turn ("Follow … on Twitter @…" is no one’s words)', () => {
    const text = 'Remarks at the Bridge Opening\n\nMAYOR RUIZ: Thank you all for coming. We will finish the east bridge by June.\n\nAnd the west bridge will follow next year.\n\nFollow Ann Lee on Twitter @annlee_news';
    const qs = analyzeDoc({ id: 't', text }, UPTO_QUOTES).quotes.map((q) => q.text);
    expect(qs).toContain('And the west bridge will follow next year');
    expect(qs.some((q) => q.startsWith('Follow'))).toBe(false);
  });
});
