/** A DuckDB value as text (the values read here are strings, numbers and big integers). */
export function cellText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return v === undefined ? '' : JSON.stringify(v);
}
