/** Shared by the time tests: the text and time stages over one text. */
import { newDoc, type Doc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { timeStage } from '../src/extract/time/index.js';

export function run(text: string, published?: string): Doc {
  const doc = newDoc({ id: 't', text, published });
  textStage.run(doc);
  timeStage.run(doc);
  return doc;
}

export function times(text: string, published?: string): Array<[string, string, string]> {
  return run(text, published).times.map((t) => [t.text, t.type, t.value]);
}
