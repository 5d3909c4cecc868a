/** Where the text is inside quotation marks, read off the characters alone (no layer needed). */
const OPEN_QUOTE = new Set(['“', '«', '„']);
const CLOSE_QUOTE = new Set(['”', '»']);

/** Whether `pos` lies inside quotation marks opened within [from, pos). */
export function inQuote(text: string, from: number, pos: number): boolean {
  return inRanges(quotedRanges(text, from, pos, SCRATCH), pos);
}

/** `inQuote`'s stretches, reused */
const SCRATCH: number[] = [];

/**
 * The stretches of [from, to) inside quotation marks, as start and end offsets one after the
 * other, written into `out` (cleared first): one scan answers `inQuote` for every position in
 * the range (`inRanges`). A curly or guillemet mark opens or closes, a straight double mark
 * toggles, two backquotes open and two apostrophes close.
 */
export function quotedRanges(text: string, from: number, to: number, out: number[]): number[] {
  out.length = 0;
  let open = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    let next: boolean = open;
    let skip = 0;
    if (OPEN_QUOTE.has(c)) next = true;
    else if (CLOSE_QUOTE.has(c)) next = false;
    else if (c === '"') next = !open;
    else if (c === '`' && text[i + 1] === '`') {
      next = true;
      skip = 1;
    } else if (c === "'" && text[i + 1] === "'") {
      next = false;
      skip = 1;
    }
    if (next !== open) {
      // (a stretch starts right after a mark's first character and ends right after it: the
      // closing mark's own first position is still inside)
      out.push(i + 1);
      open = next;
    }
    i += skip;
  }
  if (open) out.push(to + 1);
  return out;
}

/** Whether `pos` lies in one of the stretches `quotedRanges` found. */
export function inRanges(ranges: readonly number[], pos: number): boolean {
  for (let k = 0; k + 1 < ranges.length; k += 2) {
    if (pos < ranges[k]) return false;
    if (pos < ranges[k + 1]) return true;
  }
  return false;
}
