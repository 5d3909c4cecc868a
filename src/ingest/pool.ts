/**
 * Runs `analyze` on N worker threads (N = 0: in this thread) and hands results back in input
 * order, with a bounded number of articles in flight so memory stays flat.
 */
import { Piscina } from 'piscina';
import { availableParallelism } from 'node:os';
import type { WorkerTask } from './worker.js';

export interface Analyzer {
  /** Submits a task; returns a promise of its result. */
  submit(task: WorkerTask): Promise<unknown>;
  readonly threads: number;
  close(): Promise<void>;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export function createAnalyzer(threads: number): Analyzer {
  if (threads <= 0) {
    // the pipeline (and its models) loads in this thread only when it runs here
    let run: Promise<(task: WorkerTask) => unknown> | undefined;
    return {
      threads: 0,
      submit: async (task) => {
        run ??= import('./worker.js').then((m) => m.default);
        return (await run)(task);
      },
      close: async () => {},
    };
  }
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
  });
  return {
    threads,
    submit: (task) => pool.run(task),
    close: () => pool.destroy(),
  };
}

/**
 * Keeps results in order with at most `window` tasks pending: push a promise, get back the
 * settled results that are ready to be consumed in order.
 */
export class OrderedWindow<T> {
  private queue: Array<{ key: T; p: Promise<unknown> }> = [];
  constructor(private readonly window: number) {}
  get size(): number {
    return this.queue.length;
  }
  push(key: T, p: Promise<unknown>): void {
    // attach a handler at once so a rejection is never "unhandled" while it waits its turn
    p.catch(() => {});
    this.queue.push({ key, p });
  }
  get full(): boolean {
    return this.queue.length >= this.window;
  }
  /** Waits for the oldest task. */
  async shift(): Promise<{ key: T; value?: unknown; error?: unknown } | undefined> {
    const head = this.queue.shift();
    if (!head) return undefined;
    try {
      return { key: head.key, value: await head.p };
    } catch (error) {
      return { key: head.key, error };
    }
  }
}
