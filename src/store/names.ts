/** Matching a typed filter against speakers' names; no dependencies, so the web UI bundles the same rule the stores use. */

/** The words of a name, for matching a speaker asked for: lower case, runs of letters and digits ("Joseph R. Biden, Jr." → joseph r biden jr). */
export function nameWords(s: string): string[] {
  return s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Whether a name holds the words asked for as whole words in a row: "Kim" and "Tom Kim" match Tom Kim, not Tom Kimball or
 * Kimberly Adams. `begun` (what is being typed in a speakers filter): the last word may be the start of its word too ("vlad",
 * "Putin", "vladimir put" fit Vladimir Putin; "in" or "utin" do not).
 */
export function nameMatches(name: string, query: string, opts: { begun?: boolean } = {}): boolean {
  const q = nameWords(query);
  const w = nameWords(name);
  if (!q.length) return false;
  const last = q.length - 1;
  outer: for (let i = 0; i + q.length <= w.length; i++) {
    for (let j = 0; j < last; j++) if (w[i + j] !== q[j]) continue outer;
    if (opts.begun ? w[i + last].startsWith(q[last]) : w[i + last] === q[last]) return true;
  }
  return false;
}
