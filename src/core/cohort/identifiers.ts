/**
 * The shapes of identifying data in a cell, for the anonymity guard (anonymity.ts): NHS numbers, UK phone
 * numbers and postcodes, emails, dates of birth. It is a safety net, not a proof of anonymity: it finds the identifiers that have a recognisable shape.
 * Cheap pre-checks (digit count, '@', trigger words) keep it fast; callers scan each distinct value once.
 */
export type IdentifierKind = 'nhs-number' | 'postcode' | 'email' | 'phone' | 'date-of-birth';

export interface IdentifierHit {
  readonly kind: IdentifierKind;
  /** The matched text with its identifying characters replaced by `*`. */
  readonly masked: string;
  /** Why the text was taken for an identifier. */
  readonly why: string;
}

/** "an NHS number", "a UK postcode", … */
export const KIND_LABEL: Readonly<Record<IdentifierKind, string>> = {
  'nhs-number': 'an NHS number',
  postcode: 'a UK postcode',
  email: 'an email address',
  phone: 'a UK phone number',
  'date-of-birth': 'a date of birth',
};

/** Replaces letters and digits from position `keep` on with `*`, keeping separators. */
export function maskText(text: string, keep = 0): string {
  let out = text.slice(0, keep);
  for (let i = keep; i < text.length; i++) {
    const ch = text.charAt(i);
    out += /[\p{L}\p{N}]/u.test(ch) ? '*' : ch;
  }
  return out;
}

/**
 * NHS number check (10 digits; separators ignored): weights 10..2 on the first nine digits,
 * check = 11 − (sum mod 11); 11 → 0; 10 → no valid NHS number.
 */
export function isValidNhsNumber(text: string): boolean {
  const d = text.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === d.charCodeAt(9) - 48;
}

const NHS_RE = /(?<![\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])/g;

function findNhsNumber(text: string): IdentifierHit | undefined {
  NHS_RE.lastIndex = 0;
  for (let m = NHS_RE.exec(text); m; m = NHS_RE.exec(text)) {
    const digits = `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`;
    if (isValidNhsNumber(digits)) {
      return {
        kind: 'nhs-number',
        masked: `${digits.slice(0, 3)} *** ****`,
        why: '10 digits with a valid NHS modulus-11 check digit',
      };
    }
  }
  return undefined;
}

/** A run of digits, spaces, dashes and brackets that starts like a UK number (+44…, 0…). */
const PHONE_RE = /(?<![\d+])(?:\+44|\(?0)[\d\s\-()]{7,18}\d/g;

function isUkPhoneDigits(d: string): boolean {
  if (d.length === 11) return /^0[1237]/.test(d);
  if (d.length === 10) return d.startsWith('01');
  return false;
}

/**
 * A day-first date (01-05-2014 10:00, 01/05/2014): its digits can look like a UK number starting 01…, but
 * no phone number is written in groups of 2, 2 and 4 digits. Such a match is a date, not a phone number.
 */
const DATE_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}(?!\d)/;

function looksLikeDate(text: string): boolean {
  const m = DATE_FIRST.exec(text);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
}

function findPhone(text: string): IdentifierHit | undefined {
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    const raw = m[0];
    if (looksLikeDate(raw)) continue;
    // Grow the number group by group, so that a following unrelated number does not spoil the match.
    const groups = raw
      .split(/[\s\-()]+/)
      .map((g) => g.replace(/\D/g, ''))
      .filter((g) => g !== '');
    let digits = '';
    let consumed = '';
    for (const g of groups) {
      digits += g;
      consumed = raw.slice(0, raw.indexOf(g, consumed.length) + g.length);
      let national = digits;
      if (national.startsWith('44')) national = national.slice(2);
      if (raw.startsWith('+44') && !national.startsWith('0')) national = `0${national}`;
      if (national.length >= 10 && isUkPhoneDigits(national)) {
        const keep = consumed.startsWith('+44') ? 3 : consumed.startsWith('(') ? 3 : 2;
        return { kind: 'phone', masked: maskText(consumed, keep), why: 'the shape of a UK phone number' };
      }
      if (national.length > 11) break;
    }
  }
  return undefined;
}

/** UK postcode areas (the letters before the first digit), to keep false alarms rare. */
const POSTCODE_AREAS = new Set(
  (
    'AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC ' +
    'EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME ' +
    'MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA ' +
    'TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);
const POSTCODE_RE = /(?<![A-Za-z0-9])([A-Za-z]{1,2})(\d[A-Za-z\d]?)( ?)(\d[A-Za-z]{2})(?![A-Za-z0-9])/g;
/** Every postcode ends in a digit and two letters: a cheap test before the full expression. */
const POSTCODE_PRE = /\d[A-Za-z]{2}(?![A-Za-z0-9])/;

function findPostcode(text: string): IdentifierHit | undefined {
  if (!POSTCODE_PRE.test(text)) return undefined;
  POSTCODE_RE.lastIndex = 0;
  for (let m = POSTCODE_RE.exec(text); m; m = POSTCODE_RE.exec(text)) {
    const [whole, area = '', district = '', space = '', inward = ''] = m;
    if (!POSTCODE_AREAS.has(area.toUpperCase())) continue;
    if (/[CIKMOV]/i.test(inward.slice(1))) continue;
    // Without a space only the upper-case form counts (ids such as "b12ab" are too common otherwise).
    if (space === '' && whole !== whole.toUpperCase()) continue;
    return {
      kind: 'postcode',
      masked: `${area.toUpperCase()}${'*'.repeat(district.length)}${space}***`,
      why: 'the shape of a full UK postcode',
    };
  }
  return undefined;
}

/**
 * Every quantifier is bounded (RFC 5321: a local part has at most 64 characters, a domain label 63), so
 * that a hostile cell cannot make the scan quadratic: with `+` instead, a 1 MB note of letters and dots
 * around an "@" took minutes (each start position re-scanned the whole run), freezing the import.
 */
const EMAIL_RE = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,63}/u;

function findEmail(text: string): IdentifierHit | undefined {
  const m = EMAIL_RE.exec(text);
  if (!m) return undefined;
  return { kind: 'email', masked: maskText(m[0], 1), why: 'the shape of an email address' };
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_TEXT =
  `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}` +
  `|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{2,4}` +
  `|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{2,4})`;
// Bounded runs of spaces: two unbounded `\s*` around an optional ":" made "dob" followed by a long run of
// spaces quadratic (every split of the run was tried).
const DOB_RE = new RegExp(
  `((?:\\b(?:dob|date\\s{1,8}of\\s{1,8}birth|birth\\s{0,8}date|birthday|born(?:\\s{1,8}on)?)\\b|\\bd\\.o\\.b\\.?)\\s{0,8}[:=-]?\\s{0,8}(?:on\\s{1,8})?)(${DATE_TEXT})(?![\\d])`,
  'i',
);
const DOB_TRIGGER = /dob|d\.o\.b|birth|born/i;

function findDateOfBirth(text: string): IdentifierHit | undefined {
  if (!DOB_TRIGGER.test(text)) return undefined;
  const m = DOB_RE.exec(text);
  if (!m) return undefined;
  const [, trigger = '', date = ''] = m;
  return {
    kind: 'date-of-birth',
    masked: `${trigger}${maskText(date)}`,
    why: 'a date next to "DOB", "born" or "date of birth"',
  };
}

/**
 * Looks for an identifier in one cell. Returns the first hit, or undefined. Pre-checks keep the common
 * case (short codes, words, dates) to one pass over the characters and no regular expression.
 */
export function findIdentifier(text: string): IdentifierHit | undefined {
  const len = text.length;
  if (len < 5) return undefined;
  let digits = 0;
  let at = false;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 64) at = true;
  }
  if (at) {
    const hit = findEmail(text);
    if (hit) return hit;
  }
  if (digits >= 10) {
    const hit = findNhsNumber(text) ?? findPhone(text);
    if (hit) return hit;
  }
  if (digits >= 2) {
    const hit = findPostcode(text) ?? findDateOfBirth(text);
    if (hit) return hit;
  }
  return undefined;
}
