/**
 * Headline quotes: `Kasich: ‘We Are Going All the Way.’` — a title line that is a name, a colon
 * and one quotation in single marks (headlines quote in single marks) is that person's words.
 */
import type { Cand } from '../build.js';
import { isCap, type Ctx } from '../context.js';
import { npLeft, speakerRef } from '../speaker.js';

const OPEN = new Set(['‘', "'"]);
const CLOSE = new Set(['’', "'"]);

export function headlineRule(ctx: Ctx, cands: Cand[], blocked: Uint8Array): void {
  const { doc, low } = ctx;
  const p = doc.sentences.length ? doc.sentences[0] : null;
  if (!p || p.paragraph !== 0) return;
  // the first paragraph, all of it
  let end = 0;
  while (end < doc.sentences.length && doc.sentences[end].paragraph === 0) end++;
  const a0 = p.tokenStart;
  const b0 = doc.sentences[end - 1].tokenEnd;
  if (b0 - a0 > 40) return;
  // NAME : ‘ … ’ (.)
  let colon = -1;
  for (let i = a0 + 1; i < a0 + 6 && i < b0; i++)
    if (low[i] === ':') {
      colon = i;
      break;
    }
  if (colon < 0 || !OPEN.has(low[colon + 1]) || doc.tokens[colon + 1].kind !== 'quote') return;
  let close = b0 - 1;
  if (low[close] === '.') close--;
  if (close <= colon + 2 || !CLOSE.has(low[close]) || doc.tokens[close].kind !== 'quote') return;
  for (let i = colon + 2; i < close; i++) if (doc.tokens[i].kind === 'quote' && (OPEN.has(low[i]) || CLOSE.has(low[i])) && ctx.text[doc.tokens[i].start - 1] === ' ') return;
  if (!isCap(ctx, colon - 1)) return;
  const np = npLeft(ctx, colon - 1, a0);
  if (!np || np.a !== a0) return;
  for (let i = a0; i < b0; i++) if (blocked[i]) return;
  cands.push({ a: colon + 2, b: close, speaker: speakerRef(ctx, np), cue: [colon, colon + 1], rule: 'headline', conf: 0.9 });
  for (let i = a0; i < b0; i++) blocked[i] = 1;
}
