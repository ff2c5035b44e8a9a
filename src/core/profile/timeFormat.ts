/**
 * A time format of an import profile (CONTRACT §5): the tokens `yyyy MM M dd d HH H mm ss SSS` and
 * literal characters, as in Java, .NET and date-fns patterns. Also accepted, because exports use them:
 * `MMM` (an English month name or its first three letters, any case: Mar, MARCH) and text in single
 * quotes as a literal ('T'). A space matches one or more spaces. After the pattern, a zone offset
 * (`Z`, `+01:00`, `+0100`, `+01`) may follow when the pattern has a time of day; it wins over the
 * profile's time zone.
 *
 * `MM`, `dd`, `HH`, `mm` and `ss` take exactly two digits, `M`, `d` and `H` one or two, `yyyy` four,
 * `SSS` a fraction of a second of any number of digits (2011-10-11 13:45:40.276000 reads with `ss.SSS`).
 */
export type Token = 'yyyy' | 'MMM' | 'MM' | 'M' | 'dd' | 'd' | 'HH' | 'H' | 'mm' | 'ss' | 'SSS';
export type FormatPart = { readonly token: Token } | { readonly literal: string };

/** The fields of a matched local time (month 1–12; second may be fractional); `offset` in minutes when given. */
export interface LocalTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  sec: number;
  /** Minutes east of UTC, when the text gave a zone offset. */
  offset: number | undefined;
}

export interface CompiledFormat {
  readonly pattern: string;
  readonly parts: readonly FormatPart[];
  /** The pattern has a time of day (HH or H). */
  readonly hasTime: boolean;
}

const TOKENS: readonly Token[] = ['yyyy', 'MMM', 'MM', 'M', 'dd', 'd', 'HH', 'H', 'mm', 'ss', 'SSS'];
const TOKEN_LETTERS = 'yMdHmsS';
/** Letters people write in patterns of other libraries, and what to write instead. */
const MISTAKES: Readonly<Record<string, string>> = {
  Y: 'yyyy (a year; Y is a week-based year elsewhere)',
  D: 'dd or d (a day of the month; D is a day of the year elsewhere)',
  h: 'HH or H (24-hour clock; 12-hour clocks with AM/PM are not read)',
  a: 'HH or H (24-hour clock; AM/PM is not read)',
  yy: 'yyyy (four-digit years: a two-digit year is ambiguous)',
  y: 'yyyy (four-digit years)',
  S: 'SSS (a fraction of a second of any length)',
  SS: 'SSS (a fraction of a second of any length)',
  MMMM: 'MMM (which reads full month names too)',
  ddd: 'dd (day names are not read)',
  dddd: 'dd (day names are not read)',
  Z: 'nothing for the zone: an offset after the time (Z, +01:00) is read without a token',
  X: 'nothing for the zone: an offset after the time (Z, +01:00) is read without a token',
  z: 'nothing for the zone: an offset after the time (Z, +01:00) is read without a token',
  HHH: 'HH',
  mmm: 'mm',
  sss: 'ss',
};

/** Compiles a pattern, or says what is wrong with it. */
export function compileFormat(pattern: string): CompiledFormat | string {
  const parts: FormatPart[] = [];
  let literal = '';
  const flush = () => {
    if (literal !== '') parts.push({ literal });
    literal = '';
  };
  for (let i = 0; i < pattern.length;) {
    const c = pattern.charAt(i);
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0)
        return `the quote at position ${i + 1} is not closed; put literal text in single quotes, e.g. 'T'.`;
      literal += end === i + 1 ? "'" : pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (TOKEN_LETTERS.includes(c) || c in MISTAKES) {
      let j = i;
      while (j < pattern.length && pattern.charAt(j) === c) j++;
      const run = pattern.slice(i, j);
      const token = TOKENS.find((t) => t === run);
      if (!token) {
        const hint = MISTAKES[run] ?? MISTAKES[c];
        return `"${run}" is not a token${hint ? `; write ${hint}` : ''}. Tokens: ${TOKENS.join(' ')}; put other letters in single quotes.`;
      }
      flush();
      parts.push({ token });
      i = j;
      continue;
    }
    literal += c;
    i++;
  }
  flush();
  const has = (...t: Token[]) => parts.some((p) => 'token' in p && t.includes(p.token));
  const missing = [
    has('yyyy') ? '' : 'a year (yyyy)',
    has('MMM', 'MM', 'M') ? '' : 'a month (MM, M or MMM)',
    has('dd', 'd') ? '' : 'a day (dd or d)',
  ].filter(Boolean);
  if (missing.length > 0) return `the format needs ${missing.join(', ')}.`;
  const hasTime = has('HH', 'H');
  if (!hasTime && has('mm', 'ss', 'SSS')) return 'the format has minutes or seconds but no hour (HH or H).';
  const seen = new Set<string>();
  for (const p of parts) {
    if (!('token' in p)) continue;
    const field = p.token === 'mm' ? 'm' : p.token.charAt(0);
    if (seen.has(field)) return `"${p.token}" gives a field twice.`;
    seen.add(field);
  }
  return { pattern, parts, hasTime };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reads `min`..`max` digits at `at`; returns the value and the end, or undefined. */
function digitsAt(s: string, at: number, min: number, max: number): [number, number] | undefined {
  let v = 0;
  let i = at;
  while (i < s.length && i - at < max && isDigit(s.charCodeAt(i))) {
    v = v * 10 + (s.charCodeAt(i) - 48);
    i++;
  }
  return i - at >= min ? [v, i] : undefined;
}

const OFFSET_RE = /^ *(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** Matches `text` (trimmed) against a compiled format: the local time's fields, or undefined. */
export function matchFormat(f: CompiledFormat, text: string): LocalTime | undefined {
  const s = text;
  const t: LocalTime = { y: 0, mo: 0, d: 0, h: 0, mi: 0, sec: 0, offset: undefined };
  let i = 0;
  for (const p of f.parts) {
    if ('literal' in p) {
      for (const ch of p.literal) {
        if (ch === ' ') {
          if (s.charAt(i) !== ' ') return undefined;
          while (s.charAt(i) === ' ') i++;
        } else if (s.charAt(i) === ch) i++;
        else return undefined;
      }
      continue;
    }
    let r: [number, number] | undefined;
    switch (p.token) {
      case 'yyyy':
        r = digitsAt(s, i, 4, 4);
        if (!r) return undefined;
        t.y = r[0];
        break;
      case 'MMM': {
        let j = i;
        while (j < s.length && /[A-Za-z]/.test(s.charAt(j))) j++;
        const word = s.slice(i, j).toLowerCase();
        let m = FULL_MONTHS.indexOf(word);
        if (m < 0) m = MONTHS.indexOf(word === 'sept' ? 'sep' : word);
        if (m < 0) return undefined;
        t.mo = m + 1;
        r = [m + 1, j];
        break;
      }
      case 'MM':
      case 'M':
        r = digitsAt(s, i, p.token.length, 2);
        if (!r) return undefined;
        t.mo = r[0];
        break;
      case 'dd':
      case 'd':
        r = digitsAt(s, i, p.token.length, 2);
        if (!r) return undefined;
        t.d = r[0];
        break;
      case 'HH':
      case 'H':
        r = digitsAt(s, i, p.token.length, 2);
        if (!r) return undefined;
        t.h = r[0];
        break;
      case 'mm':
        r = digitsAt(s, i, 2, 2);
        if (!r) return undefined;
        t.mi = r[0];
        break;
      case 'ss':
        r = digitsAt(s, i, 2, 2);
        if (!r) return undefined;
        t.sec += r[0];
        break;
      case 'SSS': {
        let j = i;
        let frac = 0;
        let scale = 1;
        while (j < s.length && isDigit(s.charCodeAt(j))) {
          if (scale < 1e15) {
            frac = frac * 10 + (s.charCodeAt(j) - 48);
            scale *= 10;
          }
          j++;
        }
        if (j === i) return undefined;
        t.sec += frac / scale;
        r = [0, j];
        break;
      }
    }
    i = r[1];
  }
  if (i < s.length) {
    if (!f.hasTime) return undefined;
    const m = OFFSET_RE.exec(s.slice(i));
    if (!m) return undefined;
    if (m[1]) t.offset = 0;
    else {
      const oh = Number(m[3]);
      const om = m[4] === undefined ? 0 : Number(m[4]);
      if (oh > 23 || om > 59) return undefined;
      t.offset = (m[2] === '-' ? -1 : 1) * (oh * 60 + om);
    }
  }
  return t;
}
