/** Matching a typed filter against speakers' names; no dependencies, so the web UI bundles the same rule the stores use. */

/** The words of a name, for matching a speaker asked for: lower case, runs of letters and digits ("Joseph R. Biden, Jr." → joseph r biden jr). */
export function nameWords(s: string): string[] {
  return s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Whether a speaker's name fits what is typed in a speakers filter: the words typed are words of the name in a row, the
 * last one may be the start of its word ("vlad", "Putin", "vladimir put" fit Vladimir Putin; "in" or "utin" do not).
 */
export function nameStartsMatch(name: string, query: string): boolean {
  const q = nameWords(query);
  const w = nameWords(name);
  if (!q.length) return false;
  const last = q.length - 1;
  outer: for (let i = 0; i + q.length <= w.length; i++) {
    for (let j = 0; j < last; j++) if (w[i + j] !== q[j]) continue outer;
    if (w[i + last].startsWith(q[last])) return true;
  }
  return false;
}
