/** Lower case, every run of other characters than a-z and 0-9 one `_`, trimmed of `_`. */
export function idKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Optimal string alignment distance (Levenshtein with transpositions), for short strings. */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m] ?? 0;
}

/** A known id and the names it goes by (its id, its label). */
export interface NamedId {
  readonly id: string;
  readonly names: readonly string[];
}

/**
 * The known ids nearest to an unknown value, best first (at most `most`): a name that contains the value
 * or is contained in it (`Rise Crisis Line` → crisis_line), or one a few edits away (`scool` → school).
 * Nothing when no name is close: a wild guess helps less than the list of what is allowed.
 */
export function nearestIds(value: string, known: readonly NamedId[], most = 2): string[] {
  const v = idKey(value.slice(0, 80));
  if (v === '') return [];
  const scored: { id: string; score: number }[] = [];
  for (const k of known) {
    let best = Number.POSITIVE_INFINITY;
    for (const name of k.names) {
      const key = idKey(name.slice(0, 80));
      if (key === '') continue;
      if (key.length >= 3 && v.length >= 3 && (key.includes(v) || v.includes(key))) {
        best = Math.min(best, 0.5 + Math.abs(key.length - v.length) / 100);
        continue;
      }
      const d = editDistance(v, key);
      if (d <= Math.max(1, Math.floor(Math.min(v.length, key.length) / 3))) best = Math.min(best, d);
    }
    if (best < Number.POSITIVE_INFINITY) scored.push({ id: k.id, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return scored.slice(0, most).map((s) => s.id);
}
