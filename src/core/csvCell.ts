/**
 * One CSV cell: quoted when it holds a delimiter, quote or line break, and prefixed with an apostrophe
 * when a spreadsheet would read it as a formula (=, +, -, @, tab, carriage return), so that exported
 * tables are safe to open. Numbers are written as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
