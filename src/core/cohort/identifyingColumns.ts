/** Column names that say a column holds identifying data (names, NHS numbers, dates of birth, …). */
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
