/**
 * Ids for services and concerns discovered from a log's values (CONTRACT §6): the value in lower case,
 * every run of characters other than `a-z0-9` replaced by `_`, trimmed of `_`.
 */
export function slugId(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The key under which the importer matches a value to a service or concern: trimmed, lower case. */
export function valueKey(value: string): string {
  return value.trim().toLowerCase();
}

/** A value whose key is already an id of the contract's form: it keeps its key as its id. */
function isClean(key: string): boolean {
  return /^[a-z][a-z0-9_]*$/.test(key) && slugId(key) === key;
}

/**
 * The slug made into a valid pathway id (which must start with a letter): a slug starting with a digit
 * gets `s_` in front (`2nd line` → `s_2nd_line`), and an empty slug (a value of punctuation or of
 * letters outside a-z, such as `&&` or `急诊`) becomes `fallback` (`service`, `concern`).
 */
function baseId(key: string, fallback: string): string {
  const slug = slugId(key);
  if (slug === '') return fallback;
  return /^[0-9]/.test(slug) ? `s_${slug}` : slug;
}

/**
 * One id per value key (keys distinct, in rank order), unique, valid, and never equal to the key of
 * another value — the importer matches a cell to a service by id before label, so an id equal to
 * another value would capture that value's rows. Two passes:
 * 1. every value whose key is already of the slug's form (`school`, `early_help`) keeps it;
 * 2. the others, in rank order, get their slug (see `baseId`), or, when that is taken by an earlier
 *    value or by `reserved`, the slug with `_2`, `_3`, … (`A&E` and `A E` → `a_e`, `a_e_2`).
 * Ids from pass 2 have no leading, trailing or doubled `_`, so they cannot equal a key that pass 1
 * did not claim.
 */
export function assignIds(
  keys: readonly string[],
  fallback: string,
  reserved: readonly string[] = [],
): string[] {
  const taken = new Set(reserved);
  const ids = new Array<string>(keys.length).fill('');
  keys.forEach((key, i) => {
    if (isClean(key) && !taken.has(key)) {
      ids[i] = key;
      taken.add(key);
    }
  });
  keys.forEach((key, i) => {
    if (ids[i] !== '') return;
    const base = baseId(key, fallback);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    ids[i] = id;
    taken.add(id);
  });
  return ids;
}
