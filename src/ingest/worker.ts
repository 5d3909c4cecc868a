/**
 * Worker-thread entry: runs the pure pipeline on one article. The same `analyze` runs in the
 * CLI, the server, tests and here.
 */
import { analyze } from '../analyze.js';
import { toRecord } from '../model/record.js';
import type { Analysis, Article } from '../model/types.js';

export interface WorkerTask {
  article: Article;
  /** 'line': return the JSON Lines record as a string; 'analysis': return the Analysis */
  output: 'line' | 'analysis';
  textLayers?: boolean;
}

export default function run(task: WorkerTask): string | Analysis {
  const a = analyze(task.article);
  if (task.output === 'line') return JSON.stringify(toRecord(a, { textLayers: task.textLayers }));
  // tokens are not stored (the text layer recomputes them cheaply): do not copy them between threads
  return task.textLayers ? a : { ...a, tokens: [] };
}
