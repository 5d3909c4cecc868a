/** Shared pieces of the CLI: clear one-line errors, output with back-pressure. */
import type { Writable } from 'node:stream';

/** Prints one error line `readout CMD: WHERE: MESSAGE` and marks the run as failed (exit 1). */
export function fail(cmd: string, where: string | undefined, message: string): void {
  process.stderr.write(`readout ${cmd}: ${where ? where + ': ' : ''}${message}\n`);
  process.exitCode = 1;
}

/** Writes a chunk and waits for the stream to drain when its buffer is full. */
export function write(out: Writable, chunk: string): Promise<void> | void {
  if (out.errored) throw out.errored;
  if (!out.write(chunk)) {
    // a stream that fails while full (a disk filling up) never drains: its error ends the wait
    return new Promise((resolve, reject) => {
      const drained = () => {
        out.off('error', failed);
        resolve();
      };
      const failed = (e: Error) => {
        out.off('drain', drained);
        reject(e);
      };
      out.once('drain', drained);
      out.once('error', failed);
    });
  }
}

export function parseIntOption(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new Error(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
    }
    return n;
  };
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
