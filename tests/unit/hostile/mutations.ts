import fc from 'fast-check';

// Random damage to a valid file, for the fuzz tests: characters inserted, deleted, duplicated, replaced,
// the text cut short, delimiters and quotes swapped, with fragments that hit the parsers' edge cases.

/** Characters and fragments that break parsers: quotes, delimiters, line ends, markup, surrogates, NUL. */
export const TOKENS = [
  '"',
  "'",
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '|',
  ' ',
  '<',
  '>',
  '&',
  '/',
  '=',
  '+',
  '-',
  '@',
  ':',
  '{',
  '}',
  '[',
  ']',
  '\\',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '\uD800',
  '\uDC00',
  '😀',
  'é',
  '0',
  '9',
  'x',
  '""',
  '","',
  '&amp;',
  '&lt;',
  '&xxe;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<event>',
  '</event>',
  '<trace>',
  '</trace>',
  '</log>',
  '<!DOCTYPE log [<!ENTITY a "aa">]>',
  '<string key="service" value="gp"/>',
  '<date key="time:timestamp" value="2020-02-30T00:00:00Z"/>',
  'null',
  'true',
  '1e999',
  '-0',
  '{}',
  '[]',
  '"journey_id"',
  '"__proto__"',
  '{"__proto__":{"polluted":1}}',
  '2020-02-30',
  '9999-12-31',
  '05/01/2020',
  '9434765919',
  'jane@example.com',
  'CV1 2AB',
  '=HYPERLINK("x")',
  '<script>alert(1)</script>',
  'journey_id',
  'date',
  'day',
  'service',
  'activity',
  'concerns',
  'note',
  'school',
  'ed',
  'self_harm',
] as const;

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
/** A position, as a fraction of the text's length (so one mutation list fits any text). */
export const at = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

export type Mutation =
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly len: number }
  | { readonly op: 'duplicate'; readonly at: number; readonly len: number; readonly to: number }
  | { readonly op: 'replace'; readonly at: number; readonly text: string }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'swap'; readonly from: string; readonly to: string };

const SWAPPABLE = [
  ',',
  ';',
  '\t',
  '|',
  '"',
  "'",
  '\n',
  '\r\n',
  '<',
  '>',
  '{',
  '[',
  ':',
  '-',
  'T',
  ' ',
] as const;
// Weighted towards small local edits (which keep most of the file valid, so the validator is reached)
// over whole-file damage (truncation, swapping every delimiter), which mostly stops at the header.
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at, text: fragment }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('replace' as const), at, text: fragment }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('delete' as const), at, len: fc.integer({ min: 1, max: 40 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('duplicate' as const),
      at,
      len: fc.integer({ min: 1, max: 200 }),
      to: at,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('swap' as const),
      from: fc.constantFrom(...SWAPPABLE),
      to: fc.constantFrom(...SWAPPABLE),
    }),
  },
);
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 });

export function mutate(text: string, list: readonly Mutation[]): string {
  let s = text;
  const pos = (f: number) => Math.min(s.length, Math.floor(f * (s.length + 1)));
  for (const m of list) {
    switch (m.op) {
      case 'insert': {
        const i = pos(m.at);
        s = s.slice(0, i) + m.text + s.slice(i);
        break;
      }
      case 'delete': {
        const i = pos(m.at);
        s = s.slice(0, i) + s.slice(i + m.len);
        break;
      }
      case 'duplicate': {
        const i = pos(m.at);
        const piece = s.slice(i, i + m.len);
        const j = pos(m.to);
        s = s.slice(0, j) + piece + s.slice(j);
        break;
      }
      case 'replace': {
        const i = pos(m.at);
        s = s.slice(0, i) + m.text + s.slice(i + 1);
        break;
      }
      case 'truncate':
        s = s.slice(0, pos(m.at));
        break;
      case 'swap':
        s = s.split(m.from).join(m.to);
        break;
    }
  }
  return s;
}
