/**
 * Strict ISO 8601 date and date-time parsing without `Date.parse` (whose leniency differs between
 * engines and which rolls 2020-02-30 over to March). Returns days since 1970-01-01 UTC, fractional
 * when a time of day is given; `undefined` when the text is not a valid date.
 *
 * Accepted (mode `cohort`): `YYYY-MM-DD`, or `YYYY-MM-DD` + `T` (or a space) + `hh:mm[:ss[.fff]]`
 * + optional zone `Z`, `±hh:mm`, `±hhmm` or `±hh`. A date-time without a zone is read as UTC.
 * Mode `xsd` (XES `xs:dateTime`): a `T`, seconds required, zone `Z` or `±hh:mm` optional.
 */
export type IsoDateMode = 'cohort' | 'xsd';

const MS_PER_DAY = 86_400_000;

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48; // NaN past the end
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to the civil date y-m-d (proleptic Gregorian; H. Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function parseIsoDate(text: string, mode: IsoDateMode = 'cohort'): number | undefined {
  const s = text;
  const len = s.length;
  if (len < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  const day = daysFromCivil(y, mo, d);
  if (len === 10) return mode === 'xsd' ? undefined : day;

  const sep = s.charCodeAt(10);
  if (!(sep === 84 || (mode === 'cohort' && (sep === 32 || sep === 116)))) return undefined; // T, space, t
  if (len < 16 || s.charCodeAt(13) !== 58) return undefined;
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  let i = 16;
  let sec = 0;
  if (i < len && s.charCodeAt(i) === 58) {
    sec = digits(s, i + 1, 2);
    if (sec < 0 || sec > 59 || i + 3 > len) return undefined;
    i += 3;
    const c = s.charCodeAt(i);
    if (i < len && (c === 46 || (mode === 'cohort' && c === 44))) {
      // fraction of a second
      let j = i + 1;
      let frac = 0;
      let scale = 1;
      while (j < len) {
        const v = s.charCodeAt(j) - 48;
        if (!(v >= 0 && v <= 9)) break;
        if (scale < 1e15) {
          frac = frac * 10 + v;
          scale *= 10;
        }
        j++;
      }
      if (j === i + 1) return undefined;
      sec += frac / scale;
      i = j;
    }
  } else if (mode === 'xsd') {
    return undefined;
  }

  let offsetMin = 0;
  if (i < len) {
    const z = s.charCodeAt(i);
    if (z === 90 || (z === 122 && mode === 'cohort')) {
      if (i + 1 !== len) return undefined;
    } else if (z === 43 || z === 45) {
      const sign = z === 43 ? 1 : -1;
      const rest = len - i - 1;
      const oh = digits(s, i + 1, 2);
      let om = 0;
      if (rest === 5 && s.charCodeAt(i + 3) === 58) om = digits(s, i + 4, 2);
      else if (mode === 'cohort' && rest === 4) om = digits(s, i + 3, 2);
      else if (!(mode === 'cohort' && rest === 2)) return undefined;
      if (oh < 0 || oh > (mode === 'xsd' ? 14 : 23) || om < 0 || om > 59) return undefined;
      offsetMin = sign * (oh * 60 + om);
    } else {
      return undefined;
    }
  }
  const ms = ((h * 60 + mi - offsetMin) * 60 + sec) * 1000;
  return day + ms / MS_PER_DAY;
}
