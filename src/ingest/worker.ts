/**
 * Worker-thread entry: runs the pure pipeline on one article. The same `analyze` runs in the
 * CLI, the server, tests and here.
 */
import { analyze } from '../analyze.js';
import { toRecord } from '../model/record.js';
import type { Analysis, Article, StageError } from '../model/types.js';

export interface WorkerTask {
  article: Article;
  /** 'line': return the JSON Lines record as a string; 'analysis': return the Analysis */
  output: 'line' | 'analysis';
  textLayers?: boolean;
}

/** 'line' output: the JSON Lines record, and the stages that failed on this article (if any) */
export interface LineResult {
  line: string;
  errors?: StageError[];
}

export default function run(task: WorkerTask): LineResult | Analysis {
  const a = analyze(task.article);
  if (task.output === 'line') return { line: JSON.stringify(toRecord(a, { textLayers: task.textLayers })), errors: a.errors };
  // tokens are not stored (the text layer recomputes them cheaply): do not copy them between threads
  return task.textLayers ? a : { ...a, tokens: [] };
}
