/** Where the text is inside quotation marks, read off the characters alone (no layer needed). */
const OPEN_QUOTE = new Set(['“', '«', '„']);
const CLOSE_QUOTE = new Set(['”', '»']);

/** Whether `pos` lies inside quotation marks opened within [from, pos). */
export function inQuote(text: string, from: number, pos: number): boolean {
  let open = false;
  for (let i = from; i < pos; i++) {
    const c = text[i];
    if (OPEN_QUOTE.has(c)) open = true;
    else if (CLOSE_QUOTE.has(c)) open = false;
    else if (c === '"') open = !open;
    else if (c === '`' && text[i + 1] === '`') {
      open = true;
      i++;
    } else if (c === "'" && text[i + 1] === "'") {
      open = false;
      i++;
    }
  }
  return open;
}

/**
 * The stretches of [from, to) inside quotation marks (read as `inQuote` reads them), as start and
 * end offsets one after the other, written into `out` (cleared first): one scan answers
 * `inQuote` for every position in the range (`inRanges`).
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
      // (as `inQuote` reads: a stretch starts right after the mark's first character and ends
      // right after it, the closing mark's own first position still inside)
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
