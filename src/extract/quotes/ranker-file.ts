/**
 * The file format of the quote layer's two rankers (content ends, speakers): a four-letter magic,
 * the hash width in bits, then the float32 weights, deflated. A file of another ranker or another
 * width is refused, so a model is never read with the wrong feature layout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { dataPath } from '../../data.js';

export function saveRanker(magic: string, bits: number, W: Float32Array): Buffer {
  const head = Buffer.alloc(8);
  head.write(magic, 0, 'latin1');
  head.writeUInt32LE(bits, 4);
  return deflateSync(Buffer.concat([head, Buffer.from(W.buffer, W.byteOffset, W.byteLength)]), { level: 9 });
}

/** `what` names the ranker in the error a wrong file gets. */
export function loadRanker(magic: string, bits: number, buf: Buffer, what: string): Float32Array {
  const raw = inflateSync(buf);
  if (raw.toString('latin1', 0, 4) !== magic || raw.readUInt32LE(4) !== bits) throw new Error(`${what}: bad model file`);
  const W = new Float32Array(1 << bits);
  for (let i = 0; i < W.length; i++) W[i] = raw.readFloatLE(8 + 4 * i);
  return W;
}

/** The shipped ranker at data path `file`, or null when it is absent (before the first training). */
export function shippedRanker(magic: string, bits: number, file: string, what: string): Float32Array | null {
  return existsSync(dataPath(file)) ? loadRanker(magic, bits, readFileSync(dataPath(file)), what) : null;
}
