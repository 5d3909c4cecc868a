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
