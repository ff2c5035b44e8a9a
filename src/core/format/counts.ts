/**
 * Counts as every output writes them: thousands grouped ("41,511"), or short for a map node ("41.5k").
 */
const grouped = new Intl.NumberFormat('en-GB');

/** 41511 → "41,511". */
export function exactCount(n: number): string {
  return grouped.format(n);
}

/** 7 → "7", 1234 → "1,234", 41511 → "41.5k", 123456 → "123k". */
export function shortCount(n: number): string {
  if (n < 10_000) return grouped.format(n);
  if (n < 100_000) return `${(Math.floor(n / 100) / 10).toFixed(1)}k`;
  if (n < 1_000_000) return `${String(Math.floor(n / 1000))}k`;
  return `${(Math.floor(n / 100_000) / 10).toFixed(1)}M`;
}

/** "1 journey", "7 journeys". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${exactCount(n)} ${n === 1 ? one : many}`;
}
