/**
 * The entities layer: name mentions (PER, ORG, LOC, MISC) from a two-stage averaged-perceptron
 * tagger trained by train.ts (weights in ner-model.bin, loaded once), titles kept apart from
 * names, and mentions grouped into the article's entities.
 */
import { readFileSync } from 'node:fs';
import type { Stage } from '../../model/doc.js';
import { dataPath } from '../../data.js';
import { decodeModel } from './model.js';
import { tagTokens } from './tagger.js';
import { tokenTypes } from '../../text/types.js';
import { decodeRetyper } from './retype.js';
import { toMentions } from './mentions.js';
import { groupMentions } from './group.js';
import { knownPeople, partyTags } from './known.js';

/** A model file read and decoded, with an error that names the file and the variable that chose it. */
function load<T>(file: string, what: string, decode: (b: Buffer) => T): T {
  try {
    return decode(readFileSync(file));
  } catch (e) {
    throw new Error(`entities: cannot load the ${what} from "${file}": ${(e as Error).message}`, { cause: e });
  }
}

const MODEL = load(process.env.READOUT_NER_MODEL || dataPath('extract/entities/ner-model.bin'), 'tagger (READOUT_NER_MODEL)', decodeModel);
/**
 * the span re-typer trained on the shipped tagger's output (READOUT_NER_RETYPE=FILE loads another;
 * =none turns it off). With a scratch tagger from READOUT_NER_MODEL it is off unless named: the
 * tagger's scores are what it weighs.
 */
const RETYPE_FILE = process.env.READOUT_NER_RETYPE || (process.env.READOUT_NER_MODEL ? 'none' : dataPath('extract/entities/retype-model.bin'));
const RETYPER = RETYPE_FILE === 'none' ? undefined : load(RETYPE_FILE, 're-typer (READOUT_NER_RETYPE)', decodeRetyper);

export const entitiesStage: Stage = {
  name: 'entities',
  run(doc) {
    const tagging = tagTokens(doc.text, doc.tokens, doc.sentences, MODEL, RETYPER, tokenTypes(doc));
    const { mentions, tagged } = partyTags(doc, knownPeople(doc, toMentions(doc, tagging)));
    doc.mentions = mentions;
    doc.entities = groupMentions(doc, doc.mentions);
    // a lawmaker with a party-and-state tag is American
    for (const m of tagged) {
      const e = doc.entities.find((x) => x.id === m.entity);
      if (e && !e.country) e.country = 'USA';
    }
  },
};
