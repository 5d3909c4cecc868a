import type { Stage } from '../model/doc.js';
import { tokenize } from './tokenize.js';
import { paragraphs, sentences } from './segment.js';

/** Paragraphs, tokens and sentences, with offsets. */
export const textStage: Stage = {
  name: 'text',
  run(doc) {
    doc.paragraphs = paragraphs(doc.text);
    doc.tokens = tokenize(doc.text);
    doc.sentences = sentences(doc.text, doc.tokens, doc.paragraphs);
  },
};
