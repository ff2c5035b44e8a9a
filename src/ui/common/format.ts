/**
 * Numbers as the screens show them: short enough for a map node, exact where it matters (the table and
 * the accessible names use `exactCount`).
 */
const grouped = new Intl.NumberFormat('en-GB');

/** 7 → "7", 1234 → "1,234", 41511 → "41.5k", 123456 → "123k". */
export function shortCount(n: number): string {
  if (n < 10_000) return grouped.format(n);
  if (n < 100_000) return `${(Math.floor(n / 100) / 10).toFixed(1)}k`;
  if (n < 1_000_000) return `${String(Math.floor(n / 1000))}k`;
  return `${(Math.floor(n / 100_000) / 10).toFixed(1)}M`;
}

/** 41511 → "41,511". */
export function exactCount(n: number): string {
  return grouped.format(n);
}

/** Days with at most one decimal: 2 → "2 d", 31.5 → "31.5 d". */
export function shortDays(d: number): string {
  const r = Math.round(d * 10) / 10;
  return `${Number.isInteger(r) ? String(r) : r.toFixed(1)} d`;
}

/** Days in words, for accessible names and tables: "31.5 days", "1 day". */
export function daysText(d: number): string {
  const r = Math.round(d * 10) / 10;
  return `${Number.isInteger(r) ? String(r) : r.toFixed(1)} ${r === 1 ? 'day' : 'days'}`;
}

/** "1 journey", "7 journeys". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${exactCount(n)} ${n === 1 ? one : many}`;
}
