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
import { decodeRetyper } from './retype.js';
import { toMentions } from './mentions.js';
import { groupMentions } from './group.js';

const MODEL = decodeModel(readFileSync(process.env.READOUT_NER_MODEL ?? dataPath('extract/entities/ner-model.bin')));
/**
 * the span re-typer trained on the shipped tagger's output (READOUT_NER_RETYPE=FILE loads another;
 * =none turns it off, as it should be with a scratch tagger from READOUT_NER_MODEL: its scores
 * are what the re-typer weighs)
 */
const RETYPE_FILE = process.env.READOUT_NER_RETYPE ?? dataPath('extract/entities/retype-model.bin');
const RETYPER = RETYPE_FILE === 'none' ? undefined : decodeRetyper(readFileSync(RETYPE_FILE));

export const entitiesStage: Stage = {
  name: 'entities',
  run(doc) {
    const tagging = tagTokens(doc.text, doc.tokens, doc.sentences, MODEL, RETYPER);
    doc.mentions = toMentions(doc, tagging);
    doc.entities = groupMentions(doc, doc.mentions);
  },
};
