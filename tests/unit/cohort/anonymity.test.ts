import { describe, expect, it } from 'vitest';
import { checkAnonymity } from '../../../src/core/cohort/anonymity.ts';
import { findIdentifier, isValidNhsNumber, maskText } from '../../../src/core/cohort/identifiers.ts';
import { identifyingColumnReason } from '../../../src/core/cohort/identifyingColumns.ts';
import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import { fixture, okValue, pathway, problemsOf, where } from './helpers.ts';

const HEADER = 'journey_id,date,service,activity,note';
const csv = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;
const imp = (text: string) => importCsv(text, pathway, { file: 'a.csv' });

describe('isValidNhsNumber', () => {
  it('applies the modulus-11 check digit', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
    expect(isValidNhsNumber('4010232137')).toBe(true);
    expect(isValidNhsNumber('4010232138')).toBe(false);
    // 11 − (sum mod 11) = 11 means a check digit of 0.
    expect(isValidNhsNumber('4000000020')).toBe(true);
    expect(isValidNhsNumber('4000000021')).toBe(false);
    // 11 − (sum mod 11) = 10: no check digit makes a valid number.
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`123456789${d}`)).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
  });
});

describe('findIdentifier', () => {
  const hit = (s: string) => findIdentifier(s);
  it('finds NHS numbers (valid check digit only) and masks them', () => {
    expect(hit('9434765919')).toMatchObject({ kind: 'nhs-number', masked: '943 *** ****' });
    expect(hit('NHS no 943 476 5919, seen today')).toMatchObject({
      kind: 'nhs-number',
      masked: '943 *** ****',
    });
    expect(hit('943 476 5918')).toBeUndefined();
    expect(hit('ref 94347659190')).toBeUndefined();
  });

  it('finds full UK postcodes', () => {
    expect(hit('lives near CV1 5FB')).toMatchObject({ kind: 'postcode', masked: 'CV* ***' });
    expect(hit('B15 2TT')).toMatchObject({ kind: 'postcode', masked: 'B** ***' });
    expect(hit('SW1A 1AA')).toMatchObject({ kind: 'postcode', masked: 'SW** ***' });
    expect(hit('moved to cv6 1aa')).toMatchObject({ kind: 'postcode' });
    expect(hit('CV15FB')).toMatchObject({ kind: 'postcode' });
    // Not postcodes: an unknown area, a lower-case id without a space, an outward code alone.
    expect(hit('QQ1 5FB')).toBeUndefined();
    expect(hit('b12ab')).toBeUndefined();
    expect(hit('lives in CV1')).toBeUndefined();
    expect(hit('11-13')).toBeUndefined();
  });

  it('finds email addresses', () => {
    expect(hit('mum: jane.doe@example.org')).toMatchObject({ kind: 'email', masked: 'j***.***@*******.***' });
    expect(hit('at 3@ school')).toBeUndefined();
  });

  it('finds UK phone numbers in their usual forms', () => {
    expect(hit('call 07700 900123')).toMatchObject({ kind: 'phone', masked: '07*** ******' });
    expect(hit('+44 7700 900123')).toMatchObject({ kind: 'phone', masked: '+44 **** ******' });
    expect(hit('024 7696 0000')).toMatchObject({ kind: 'phone', masked: '02* **** ****' });
    expect(hit('(024) 7696 0000')).toMatchObject({ kind: 'phone' });
    expect(hit('+44 (0)24 7696 0000')).toMatchObject({ kind: 'phone' });
    expect(hit('01632 960123')).toMatchObject({ kind: 'phone' });
    expect(hit('0303 123 4567')).toMatchObject({ kind: 'phone' });
    expect(hit('07700900123 2020')).toMatchObject({ kind: 'phone' });
    expect(hit('0770090012345')).toBeUndefined();
    expect(hit('2020-01-05T10:00:00Z')).toBeUndefined();
    expect(hit('0800 123 456')).toBeUndefined();
  });

  it('finds dates of birth next to DOB, born or date of birth', () => {
    expect(hit('DOB 12/03/2008')).toMatchObject({ kind: 'date-of-birth', masked: 'DOB **/**/****' });
    expect(hit('born 12 March 2008')).toMatchObject({ kind: 'date-of-birth', masked: 'born ** ***** ****' });
    expect(hit('Date of birth: 2008-03-12')).toMatchObject({ kind: 'date-of-birth' });
    expect(hit('d.o.b. 1.3.08')).toMatchObject({ kind: 'date-of-birth' });
    expect(hit('born on March 12, 2008')).toMatchObject({ kind: 'date-of-birth' });
    expect(hit('seen 12/03/2020')).toBeUndefined();
    expect(hit('born in 2008')).toBeUndefined();
  });

  it('leaves ordinary cohort text alone', () => {
    for (const s of [
      'C01',
      'school',
      'self_harm;low_mood',
      '2020-03-14',
      '14-15',
      'Head of year notices cuts on arms',
      'Seen within 48 hours',
      'Ward 14 admission 2 nights',
    ]) {
      expect(hit(s), s).toBeUndefined();
    }
  });

  it('maskText keeps separators', () => {
    expect(maskText('ab-12 c', 1)).toBe('a*-** *');
  });
});

describe('identifyingColumnReason', () => {
  it('flags columns named like names, NHS numbers, dates of birth, addresses, postcodes, emails and phones', () => {
    const cases: Record<string, string> = {
      name: 'names',
      'First Name': 'names',
      surname: 'names',
      forename: 'names',
      full_name: 'names',
      nhs_number: 'NHS numbers',
      'NHS No': 'NHS numbers',
      NHS: 'NHS numbers',
      patient_nhs_id: 'NHS numbers',
      dob: 'dates of birth',
      date_of_birth: 'dates of birth',
      BirthDate: 'dates of birth',
      address: 'addresses',
      home_address_line_1: 'addresses',
      postcode: 'postcodes',
      'Post code': 'postcodes',
      email: 'email addresses',
      'e-mail': 'email addresses',
      mobile: 'phone numbers',
      telephone: 'phone numbers',
    };
    for (const [col, why] of Object.entries(cases)) expect(identifyingColumnReason(col), col).toBe(why);
    for (const col of [
      'age_band',
      'school_name',
      'service',
      'hotel',
      'concerns',
      'gender',
      'nhs_trust_region',
    ]) {
      expect(identifyingColumnReason(col), col).toBeUndefined();
    }
  });
});

describe('the anonymity guard during import (PL300)', () => {
  it('refuses identifying values in notes, attributes and journey ids, naming rows and columns, values masked', () => {
    const text = [
      `${HEADER},area`,
      'C01,2020-01-01,gp,contact,NHS 943 476 5919,north',
      'C01,2020-01-02,gp,contact,mum on 07700 900123,north',
      'C02,2020-01-03,gp,contact,,CV1 5FB',
      'C02,2020-01-04,gp,contact,DOB 12/03/2008,CV1 5FB',
      '9434765919,2020-01-05,gp,contact,email a.b@example.org,',
      '',
    ].join('\n');
    const p = problemsOf(imp(text));
    expect(where(p)).toEqual([
      '2|note|PL300',
      '3|note|PL300',
      '4|area|PL300',
      '5|note|PL300',
      '6|journey_id|PL300',
      '6|note|PL300',
    ]);
    expect(p[0]?.message).toBe(
      'looks like an NHS number (943 *** ****: 10 digits with a valid NHS modulus-11 check digit); a cohort must be anonymised: remove or replace it before import.',
    );
    expect(p[4]?.message).toMatch(/journey ids must be pseudonyms such as C01/);
    const all = JSON.stringify(p);
    for (const secret of ['476 5919', '4765919', '900123', '5FB', '12/03', 'a.b@example'])
      expect(all).not.toContain(secret);
  });

  it('refuses identifying column names at row 1', () => {
    const p = problemsOf(
      imp('journey_id,date,service,activity,First Name,postcode\nC01,2020-01-01,gp,contact,,\n'),
    );
    expect(where(p)).toEqual(['1|first name|PL300', '1|postcode|PL300']);
    expect(p[0]?.message).toMatch(
      /^the column name suggests it holds names; identifying columns are not allowed/,
    );
  });

  it('passes a clean cohort', () => {
    okValue(imp(fixture('same-events.csv')));
    okValue(importCsv(fixture('clean-days.csv'), pathway));
  });

  it('can be turned off for the validator alone, and then run on the built cohort with the same findings', () => {
    const text = csv(
      'C01,2020-01-01,gp,contact,NHS 943 476 5919',
      'C01,2020-01-02,gp,contact,fine',
      '9434765919,2020-01-03,gp,contact,',
    );
    const cohort = okValue(importCsv(text, pathway, { file: 'a.csv', anonymity: false }));
    const separate = checkAnonymity(cohort);
    expect(where(separate)).toEqual(['2|note|PL300', '4|journey_id|PL300']);
    expect(separate.map((x) => x.message)).toEqual(problemsOf(imp(text)).map((x) => x.message));
    expect(separate[0]?.file).toBe('a.csv');
    expect(checkAnonymity(okValue(imp(fixture('same-events.csv'))))).toEqual([]);
  });

  it('checkAnonymity reports each identifying attribute value once, at its first row, and caps the list', () => {
    const rows = Array.from(
      { length: 8 },
      (_, i) => `C0${i},2020-01-0${i + 1},gp,contact,,${i < 2 ? 'B15 2TT' : `x${i}@example.org`}`,
    );
    const cohort = okValue(
      importCsv(`${HEADER},contact\n${rows.join('\n')}\n`, pathway, { anonymity: false }),
    );
    const p = checkAnonymity(cohort, { maxProblems: 4 });
    expect(where(p)).toEqual([
      '2|contact|PL300',
      '4|contact|PL300',
      '5|contact|PL300',
      '6|contact|PL300',
      '-|-|PL205',
    ]);
  });
});
