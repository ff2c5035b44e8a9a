import { compileFormat, type CompiledFormat, type FormatPart, type Token } from '../profile/timeFormat.ts';

/**
 * An import profile's `time` (CONTRACT §5) compiled to DuckDB: each format of `time.format` becomes a
 * regular expression with captures (RE2) and `make_timestamp`, tried in order as `TimeReader` tries them;
 * `"iso"` is §2's reading, `"excel"` spreadsheet serial days. A local time (no offset in the text) is read
 * in `time.zone` by the rule of `ZoneOffsets` (the earlier instant of a repeated hour, the offset before
 * the change in a skipped one), built from ICU's instant → offset conversion, which is unambiguous:
 * ICU's own local → instant conversion takes the later instant of a repeated hour, unlike the importer.
 * Pure text; only explicit zones are used, so the session's TimeZone setting does not matter.
 */

/** The reading of one cell: the wall time (or instant) and whether it is a local time for the zone. */
const READ = (w: string, local: string) => `{'w': ${w}, 'local': ${local}}`;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** `body` with `name` bound to `value`, computed once per row (a lambda over a one-item list). */
export const bind = (value: string, name: string, body: string) =>
  `list_transform([${value}], lambda ${name}: ${body})[1]`;

/** RE2 text for one literal character of a pattern. */
const reChar = (c: string) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\x{${c.codePointAt(0)?.toString(16) ?? '0'}}`);

/** Tokens that read a variable number of digits (greedily, never giving any back). */
const VARIABLE: readonly Token[] = ['M', 'd', 'H', 'SSS'];
const DIGIT_TOKENS: readonly Token[] = ['yyyy', 'MM', 'M', 'dd', 'd', 'HH', 'H', 'mm', 'ss', 'SSS'];
const NEVER = '[^\\x{0}-\\x{10FFFF}]';

const TOKEN_RE: Readonly<Record<Token, [string, string]>> = {
  yyyy: ['y', '(\\d{4})'],
  MMM: ['mon', '([A-Za-z]+)'],
  MM: ['mo', '(\\d{2})'],
  M: ['mo', '(\\d{1,2})'],
  dd: ['d', '(\\d{2})'],
  d: ['d', '(\\d{1,2})'],
  HH: ['h', '(\\d{2})'],
  H: ['h', '(\\d{1,2})'],
  mm: ['mi', '(\\d{2})'],
  ss: ['s', '(\\d{2})'],
  SSS: ['f', '(\\d+)'],
};

/**
 * Why a pattern cannot be matched by a regular expression exactly as `matchFormat` matches it, or
 * undefined: a token of variable width directly followed by digits (the importer reads greedily and never
 * backtracks; a regular expression would), or a month name followed by letters.
 */
function unsafe(parts: readonly FormatPart[]): string | undefined {
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i] as FormatPart;
    const b = parts[i + 1] as FormatPart;
    if (!('token' in a)) continue;
    const next = 'token' in b ? b.token : b.literal.charAt(0);
    const digitNext = 'token' in b ? DIGIT_TOKENS.includes(b.token) : /\d/.test(next);
    if (VARIABLE.includes(a.token) && digitNext)
      return `"${a.token}" of variable width is followed directly by ${'token' in b ? `"${b.token}"` : 'a digit'}`;
    if (a.token === 'MMM' && !('token' in b) && /[A-Za-z]/.test(next))
      return '"MMM" is followed directly by a letter';
  }
  return undefined;
}

/** The regular expression of a compiled pattern, and the names of its captures in order. */
function patternRegex(f: CompiledFormat): { re: string; names: string[] } {
  let re = '^';
  const names: string[] = [];
  let afterSpace = false;
  for (const p of f.parts) {
    if ('token' in p) {
      const [name, group] = TOKEN_RE[p.token];
      names.push(name);
      re += group;
      afterSpace = false;
      continue;
    }
    for (const ch of p.literal) {
      if (ch === ' ') {
        // A space reads every space there is: a second space in the pattern never matches.
        re += afterSpace ? NEVER : ' +';
        afterSpace = true;
      } else {
        re += reChar(ch);
        afterSpace = false;
      }
    }
  }
  if (f.hasTime) {
    re += '(?: *(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?))?';
    names.push('z', 'sg', 'oh', 'om');
  }
  return { re: `${re}$`, names };
}

const int = (v: string) => `CAST(${v} AS INTEGER)`;
const MONTHS = `['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']`;
const SHORT = `['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']`;

/** The reading of `x` (trimmed text) by one pattern, as a READ struct or NULL. */
function patternSql(f: CompiledFormat, x: string): string {
  const { re, names } = patternRegex(f);
  const has = (n: string) => names.includes(n);
  const p = `regexp_extract(${x}, ${lit(re)}, [${names.map(lit).join(', ')}])`;
  const g = (n: string) => `p.${n}`;
  const mo = has('mon')
    ? `COALESCE(NULLIF(list_position(${MONTHS}, lower(p.mon)), 0), NULLIF(list_position(${SHORT}, CASE WHEN lower(p.mon) = 'sept' THEN 'sep' ELSE lower(p.mon) END), 0), 0)`
    : int(g('mo'));
  const h = has('h') ? int(g('h')) : '0';
  const mi = has('mi') ? int(g('mi')) : '0';
  const s = has('s') ? int(g('s')) : '0';
  const frac = has('f') ? `CAST(concat('0.', p.f) AS DOUBLE)` : '0';
  const valid = `${mo} BETWEEN 1 AND 12 AND ${int(g('d'))} >= 1
      AND ${int(g('d'))} <= day(last_day(make_date(${int(g('y'))}, ${mo}, 1))) AND ${h} <= 23 AND ${mi} <= 59 AND ${s} <= 59`;
  const date = `make_date(${int(g('y'))}, ${mo}, ${int(g('d'))})`;
  let read: string;
  if (!f.hasTime) read = READ(`CAST(${date} AS TIMESTAMP)`, 'false');
  else {
    const wall = `CAST(${date} AS TIMESTAMP) + to_microseconds(CAST(round((${h} * 3600 + ${mi} * 60 + ${s} + ${frac}) * 1e6) AS BIGINT))`;
    const offset = `CASE WHEN p.z <> '' THEN 0 ELSE CASE WHEN p.sg = '-' THEN -1 ELSE 1 END * (${int('p.oh')} * 60 + ${int(`COALESCE(NULLIF(p.om, ''), '0')`)}) END`;
    read = `CASE WHEN p.z = '' AND p.sg = '' THEN ${READ(wall, 'true')}
      WHEN ${int(`COALESCE(NULLIF(p.oh, ''), '0')`)} > 23 OR ${int(`COALESCE(NULLIF(p.om, ''), '0')`)} > 59 THEN NULL
      ELSE ${READ(`${wall} - to_minutes(${offset})`, 'false')} END`;
  }
  return bind(p, 'p', `CASE WHEN p.y = '' THEN NULL WHEN ${valid} THEN ${read} END`);
}

/** §2's ISO 8601 reading (the macros of duckdbSource), local when the text has a time of day but no offset. */
function isoSql(x: string): string {
  return bind(
    `pl_iso_parts(${x})`,
    'p',
    `CASE WHEN pl_iso_time(p) IS NULL THEN NULL
      ELSE ${READ('pl_iso_time(p)', `p.h <> '' AND p.z = '' AND p.sg = ''`)} END`,
  );
}

/** Spreadsheet serial days (1900 date system), from serial 61; a fraction is a local time of day. */
function excelSql(x: string): string {
  const serial = `CAST(${x} AS DOUBLE)`;
  const seconds = `CAST(round((${serial} - floor(${serial})) * 86400) AS BIGINT)`;
  return `CASE WHEN regexp_full_match(${x}, '\\d{1,6}(?:\\.\\d+)?') AND ${serial} >= 61 THEN
      ${READ(
        `TIMESTAMP '1970-01-01' + to_days(CAST(floor(${serial}) AS INTEGER) - 25569) + to_seconds(${seconds})`,
        `NOT (${seconds} = 0 AND NOT contains(${x}, '.'))`,
      )} END`;
}

/** What a profile's time formats compile to: the macros to create, or why they cannot be compiled. */
export type CompiledTimeSql =
  | { readonly ok: true; readonly macros: readonly string[] }
  | { readonly ok: false; readonly field: string; readonly message: string };

/**
 * The macros `pl_time_read(x)` (a READ struct: the first format that reads `x`, or NULL) and
 * `pl_time_zoned(r)` (`{t, gap}`: its instant, and whether it is a local time in the zone's skipped hour),
 * for `formats` (none: ISO 8601) in `zone`.
 */
export function profileTimeSql(formats: readonly string[], zone: string): CompiledTimeSql {
  const reads: string[] = [];
  for (const [i, pattern] of (formats.length > 0 ? formats : ['iso']).entries()) {
    const key = pattern.trim().toLowerCase();
    if (key === 'iso') reads.push(isoSql('x'));
    else if (key === 'excel') reads.push(excelSql('x'));
    else {
      const f = compileFormat(pattern);
      const field = formats.length > 1 ? `time.format[${i}]` : 'time.format';
      if (typeof f === 'string') return { ok: false, field, message: f };
      const why = unsafe(f.parts);
      if (why)
        return {
          ok: false,
          field,
          message: `${JSON.stringify(pattern)}: ${why}, which the DuckDB engine cannot read exactly as the importer does; separate the fields (e.g. "d/M/yyyy")`,
        };
      reads.push(patternSql(f, 'x'));
    }
  }
  const read = reads.length === 1 ? (reads[0] as string) : `COALESCE(${reads.join(',\n      ')})`;
  const macros = [`CREATE OR REPLACE TEMP MACRO pl_time_read(x) AS ${read}`];
  if (zone === 'UTC')
    macros.push("CREATE OR REPLACE TEMP MACRO pl_time_zoned(r) AS {'t': r.w, 'gap': false}");
  else {
    // ZoneOffsets.localOffset, with ICU's offset at an instant (a wall time read as UTC, minus the zone's time).
    const z = lit(zone);
    macros.push(
      `CREATE OR REPLACE TEMP MACRO pl_off(i) AS CAST(timezone(${z}, timezone('UTC', i)) AS TIMESTAMP) - i`,
      `CREATE OR REPLACE TEMP MACRO pl_zone(w) AS ${bind(
        `{'b': pl_off(w - INTERVAL 1 DAY), 'a': pl_off(w + INTERVAL 1 DAY)}`,
        'q',
        `CASE
        WHEN q.b = q.a THEN {'o': q.b, 'gap': false}
        WHEN pl_off(w - q.b) = q.b AND pl_off(w - q.a) = q.a THEN {'o': CASE WHEN w - q.b <= w - q.a THEN q.b ELSE q.a END, 'gap': false}
        WHEN pl_off(w - q.b) = q.b THEN {'o': q.b, 'gap': false}
        WHEN pl_off(w - q.a) = q.a THEN {'o': q.a, 'gap': false}
        ELSE {'o': q.b, 'gap': true} END`,
      )}`,
      // One zone reading per row: {t, gap}.
      `CREATE OR REPLACE TEMP MACRO pl_time_zoned(r) AS CASE WHEN r.local THEN ${bind('pl_zone(r.w)', 'z', `{'t': r.w - z.o, 'gap': z.gap}`)} ELSE {'t': r.w, 'gap': false} END`,
    );
  }
  return { ok: true, macros };
}
