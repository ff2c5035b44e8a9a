import { problem, type Problem } from '../problems.ts';
import type { Cohort } from './types.ts';
import { NO_VALUE } from './types.ts';

/**
 * The anonymity guard. A cohort must not carry names, NHS numbers, dates of birth, postcodes, addresses,
 * emails or phone numbers (DOMAIN.md, data protection). Any hit refuses the import (PL300); messages
 * name the row and column and show the value MASKED, so the problem list itself leaks nothing.
 *
 * It is a safety net, not a proof of anonymity: it finds the identifiers that have a recognisable shape.
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

function findPhone(text: string): IdentifierHit | undefined {
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    const raw = m[0];
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

const NAME_COLUMNS = new Set([
  'name',
  'names',
  'firstname',
  'first_name',
  'forename',
  'forenames',
  'surname',
  'surnames',
  'lastname',
  'last_name',
  'fullname',
  'full_name',
  'given_name',
  'given_names',
  'family_name',
  'middle_name',
  'middle_names',
  'maiden_name',
  'child_name',
  'childs_name',
  'patient_name',
  'person_name',
  'preferred_name',
  'known_as',
]);

/**
 * Why a column name suggests identifying data (names, NHS numbers, dates of birth, addresses, postcodes,
 * emails, phone numbers), or undefined when it does not.
 */
export function identifyingColumnReason(columnName: string): string | undefined {
  const n = columnName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (n === '') return undefined;
  const tokens = n.split('_');
  const has = (...t: string[]) => t.some((x) => tokens.includes(x));
  const pair = (a: string, b: string) => tokens.some((x, i) => x === a && tokens[i + 1] === b);
  if (NAME_COLUMNS.has(n) || has('surname', 'forename', 'forenames', 'firstname', 'lastname', 'fullname'))
    return 'names';
  const nhs = has('nhs') && (tokens.length === 1 || has('number', 'no', 'num', 'id', 'identifier'));
  if (nhs || has('nhsno', 'nhsnumber', 'chino') || pair('chi', 'number') || pair('chi', 'no'))
    return 'NHS numbers';
  if (has('dob', 'birth', 'birthdate', 'birthday', 'born')) return 'dates of birth';
  if (has('postcode', 'postcodes', 'zip', 'zipcode') || pair('post', 'code')) return 'postcodes';
  if (has('email', 'emails') || pair('e', 'mail')) return 'email addresses';
  if (has('phone', 'telephone', 'tel', 'mobile', 'phone_number')) return 'phone numbers';
  if (has('address', 'addresses', 'street', 'addr')) return 'addresses';
  return undefined;
}

const ADVICE = 'a cohort must be anonymised: remove or replace it before import';

/** The PL300 problem for a hit in a cell. `column` names the column (journey_id, note, an attribute…). */
export function identifierProblem(
  hit: IdentifierHit,
  where: { file?: string | undefined; row?: number | undefined; column: string },
): Problem {
  const what = where.column === 'journey_id' ? 'journey ids must be pseudonyms such as C01' : ADVICE;
  return problem('PL300', `looks like ${KIND_LABEL[hit.kind]} (${hit.masked}: ${hit.why}); ${what}.`, where);
}

/** The PL300 problem for an identifying column name (reported at the header row). */
export function identifyingColumnProblem(
  column: string,
  reason: string,
  where: { file?: string | undefined; row?: number | undefined },
): Problem {
  return problem(
    'PL300',
    `the column name suggests it holds ${reason}; identifying columns are not allowed — ${ADVICE}.`,
    { ...where, column },
  );
}

export interface AnonymityOptions {
  readonly file?: string | undefined;
  /** Stop after this many problems (then one PL205). Default 100. */
  readonly maxProblems?: number | undefined;
}

/**
 * Scans a built cohort — journey ids, attribute names and values, notes — for identifying data.
 * Returns the problems (PL300, values masked), empty when none was found. Each distinct identifying
 * value is reported once, at the first row that has it.
 */
export function checkAnonymity(cohort: Cohort, opts: AnonymityOptions = {}): Problem[] {
  const file = opts.file ?? cohort.file;
  const found: Problem[] = [];
  for (const attr of cohort.attributes) {
    const reason = identifyingColumnReason(attr.name);
    if (reason) found.push(identifyingColumnProblem(attr.name, reason, { file, row: 1 }));
  }
  const events = cohort.time.length;
  for (let j = 0; j < cohort.journeyIds.length; j++) {
    const hit = findIdentifier(cohort.journeyIds[j] ?? '');
    if (!hit) continue;
    let row = Number.MAX_SAFE_INTEGER;
    for (let e = cohort.journeyStart[j] ?? 0; e < (cohort.journeyStart[j + 1] ?? 0); e++)
      row = Math.min(row, cohort.row[e] ?? row);
    found.push(identifierProblem(hit, { file, row, column: 'journey_id' }));
  }
  for (const attr of cohort.attributes) {
    const hits = attr.values.map((v) => findIdentifier(v));
    if (!hits.some(Boolean)) continue;
    const firstRow = new Map<number, number>();
    for (let e = 0; e < events; e++) {
      const code = attr.codes[e] ?? NO_VALUE;
      if (code === NO_VALUE || !hits[code]) continue;
      const row = cohort.row[e] ?? 0;
      const prev = firstRow.get(code);
      if (prev === undefined || row < prev) firstRow.set(code, row);
    }
    for (const [code, row] of firstRow) {
      const hit = hits[code];
      if (hit) found.push(identifierProblem(hit, { file, row, column: attr.name }));
    }
  }
  for (const [e, note] of cohort.notes) {
    const hit = findIdentifier(note);
    if (hit) found.push(identifierProblem(hit, { file, row: cohort.row[e], column: 'note' }));
  }
  found.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const max = opts.maxProblems ?? 100;
  if (found.length > max) {
    const kept = found.slice(0, max);
    kept.push(
      problem('PL205', `stopped after ${max} problems; fix these and import again to see any others.`, {
        file,
      }),
    );
    return kept;
  }
  return found;
}
