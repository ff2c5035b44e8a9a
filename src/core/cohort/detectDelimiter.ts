export type CsvDelimiter = ',' | ';' | '\t';

/**
 * Picks the delimiter of a CSV file from its header line: whichever of comma, semicolon and tab occurs
 * most often outside quotes (ties: comma, then semicolon, then tab). Column names rarely contain a
 * delimiter, so the header is a more reliable witness than the data rows (whose notes may hold commas).
 */
export function detectDelimiter(text: string, start = 0): CsvDelimiter {
  let comma = 0;
  let semi = 0;
  let tab = 0;
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10 || c === 13) {
      if (comma + semi + tab > 0) break; // the first non-blank line
    } else if (c === 44) comma++;
    else if (c === 59) semi++;
    else if (c === 9) tab++;
  }
  if (comma >= semi && comma >= tab) return ',';
  return semi >= tab ? ';' : '\t';
}
