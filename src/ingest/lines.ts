/**
 * Reads a byte stream as lines, strictly: every line is decoded as UTF-8 with a fatal decoder
 * so that invalid bytes are reported (with the line number) instead of silently replaced, and a
 * line longer than `maxBytes` is skipped without being held in memory.
 */
import { createReadStream } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** A line, or why it cannot be read; `bytes`: the bytes it took in the stream, its line break included. */
export type Line =
  | { lineNo: number; bytes: number; text: string }
  | { lineNo: number; bytes: number; error: string };

export interface LineOptions {
  /** longest accepted line in bytes (default 32 MiB) */
  maxBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024;

/** The error of a first line holding NUL bytes: nothing more is read from the stream. */
export const BINARY_FILE = 'binary data (NUL bytes) in the first line: not a text file (nothing more read from it)';

/** The UTF-16 a byte order mark at the start of the bytes says (Windows PowerShell's `>` writes one), or undefined. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The stream's bytes, UTF-16 (a file starting with its byte order mark, as Windows PowerShell's `>` writes) turned to
 * UTF-8 so the lines split on the same newlines; any other stream as it is.
 */
async function* asUtf8(stream: Readable | AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const chunk0 of stream) {
    const chunk = typeof chunk0 === 'string' ? Buffer.from(chunk0) : chunk0;
    if (first && chunk.length) {
      first = false;
      const utf16 = utf16Bom(chunk);
      if (utf16) decoder = new TextDecoder(utf16, { fatal: true });
    }
    if (!decoder) {
      yield chunk;
      continue;
    }
    try {
      yield Buffer.from(decoder.decode(chunk, { stream: true }));
    } catch {
      throw new Error('invalid UTF-16');
    }
  }
  if (decoder) {
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw new Error('invalid UTF-16 (it ends inside a character)');
    }
    if (rest) yield Buffer.from(rest);
  }
}

export async function* readLines(stream0: Readable | AsyncIterable<Buffer | string>, opts: LineOptions = {}): AsyncGenerator<Line> {
  const stream = asUtf8(stream0);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_LINE_BYTES;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let lineNo = 1;
  let oversize = false;
  let sawBom = false;

  const finish = (): Line | null => {
    const n = lineNo++;
    const bytes = size + 1;
    if (oversize) {
      const mib = (size / 1048576).toFixed(1);
      oversize = false;
      parts = [];
      size = 0;
      return { lineNo: n, bytes, error: `line is ${mib} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit for one record` };
    }
    let buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (!sawBom && n === 1 && buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      buf = buf.subarray(3);
      sawBom = true;
    }
    if (buf.length > 0 && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
    if (buf.indexOf(0) !== -1) return { lineNo: n, bytes, error: n === 1 ? BINARY_FILE : 'binary data (NUL bytes), not text' };
    try {
      return { lineNo: n, bytes, text: decoder.decode(buf) };
    } catch {
      return { lineNo: n, bytes, error: 'invalid UTF-8' };
    }
  };

  for await (const chunk0 of stream) {
    const chunk = typeof chunk0 === 'string' ? Buffer.from(chunk0) : chunk0;
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl === -1 ? chunk.length : nl;
      if (!oversize) {
        if (size + (end - from) > maxBytes) {
          oversize = true;
          parts = [];
        } else if (end > from) parts.push(chunk.subarray(from, end));
      }
      size += end - from;
      if (nl === -1) break;
      const line = finish();
      if (line) yield line;
      // a binary file (an archive, a PDF, UTF-16 without its byte order mark) is one error, not one per "line" of it
      if (line && 'error' in line && line.error === BINARY_FILE) return;
      from = nl + 1;
    }
  }
  if (size > 0 || parts.length > 0 || oversize) {
    const line = finish();
    if (line) yield line;
  }
}

/**
 * A JSON Lines file as a stream of its bytes: a gzipped one (.jsonl.gz) through gunzip, with
 * `onGzBytes` told the file's own bytes as they are read.
 */
export function openJsonLines(file: string, onGzBytes?: (n: number) => void): { stream: NodeJS.ReadableStream; gzipped: boolean } {
  const raw = createReadStream(file);
  const gzipped = /\.gz$/i.test(file);
  if (gzipped && onGzBytes) raw.on('data', (chunk: Buffer | string) => onGzBytes(chunk.length));
  return { stream: gzipped ? pipeline(raw, createGunzip(), () => {}) : raw, gzipped };
}
