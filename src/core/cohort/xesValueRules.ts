import { parseIsoDate } from './parseIsoDate.ts';
import type { XesExtension, XesValueType } from './xesTypes.ts';

/**
 * The value rules of XES (IEEE 1849-2016): the attribute types and what their values look like, and the
 * keys and types of the standard extensions (concept, time, lifecycle, org, semantic, identity, cost,
 * micro). Pure functions: the reader (xesReader.ts) applies them and reports.
 */
export const ATTRIBUTE_TYPES = new Set<string>([
  'string',
  'date',
  'int',
  'float',
  'boolean',
  'id',
  'list',
  'container',
]);
export const ATTRIBUTE_LIST = 'string, date, int, float, boolean, id, list, container';

/** The standard extensions, by the file name of their URI (the host differs between producers). */
const STANDARD_EXTENSIONS: Record<
  string,
  { readonly name: string; readonly keys: Readonly<Record<string, XesValueType>> }
> = {
  'concept.xesext': { name: 'Concept', keys: { name: 'string', instance: 'string' } },
  'time.xesext': { name: 'Time', keys: { timestamp: 'date' } },
  'lifecycle.xesext': { name: 'Lifecycle', keys: { model: 'string', transition: 'string', state: 'string' } },
  'org.xesext': { name: 'Organizational', keys: { resource: 'string', role: 'string', group: 'string' } },
  'semantic.xesext': { name: 'Semantic', keys: { modelReference: 'string' } },
  'identity.xesext': { name: 'Identity', keys: { id: 'id' } },
  'cost.xesext': {
    name: 'Cost',
    keys: { total: 'float', currency: 'string', amount: 'float', driver: 'string', type: 'string' },
  },
  'micro.xesext': { name: 'Micro', keys: { level: 'int', parentId: 'id', length: 'int' } },
};
/** Prefixes everyone uses with the same meaning: their types are checked even when not declared. */
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  concept: 'concept.xesext',
  time: 'time.xesext',
  lifecycle: 'lifecycle.xesext',
  org: 'org.xesext',
};

const INT_RE = /^[+-]?\d+$/;
const FLOAT_RE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?INF|NaN)$/;
const BOOLEAN_RE = /^(?:true|false|1|0)$/;
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function valueError(type: XesValueType, raw: string): string | undefined {
  const v = raw.trim();
  switch (type) {
    case 'int':
      return INT_RE.test(v) && Number.isSafeInteger(Number(v))
        ? undefined
        : 'is not an int (a whole number such as 42)';
    case 'float':
      return FLOAT_RE.test(v) ? undefined : 'is not a float (a number such as 3.5 or 1e-3)';
    case 'boolean':
      return BOOLEAN_RE.test(v) ? undefined : 'is not a boolean (true or false)';
    case 'date':
      return parseIsoDate(v, 'xsd') !== undefined
        ? undefined
        : 'is not a valid xs:dateTime (such as 2020-03-14T09:30:00.000+01:00; impossible dates are errors)';
    case 'id':
      return UUID_RE.test(v)
        ? undefined
        : 'is not an id (a UUID such as 550e8400-e29b-41d4-a716-446655440000)';
    default:
      return undefined;
  }
}

/** The first line where a key was used with a type (one entry per key and type). */
export interface XesKeyUse {
  readonly key: string;
  readonly type: XesValueType;
  readonly line: number;
}

/** A problem found by `extensionProblems`: its message, line and the element it names. */
export interface XesRuleProblem {
  readonly message: string;
  readonly line: number;
  readonly column: string;
}

/**
 * Keys under a standard extension's prefix must be ones it defines, with its type. A prefix counts when
 * the log declares the extension, or is one everyone uses with its standard meaning (concept, time,
 * lifecycle, org): those keys' types are checked even when undeclared, but an unknown key under an
 * undeclared prefix is tolerated.
 */
export function extensionProblems(
  extensions: readonly XesExtension[],
  keyUses: Iterable<XesKeyUse>,
): XesRuleProblem[] {
  const out: XesRuleProblem[] = [];
  const declared = new Map<string, string>();
  for (const ext of extensions) {
    const file = ext.uri.split('/').pop()?.toLowerCase() ?? '';
    if (STANDARD_EXTENSIONS[file]) declared.set(ext.prefix, file);
  }
  for (const { key, type, line } of keyUses) {
    const colon = key.indexOf(':');
    if (colon <= 0) continue;
    const prefix = key.slice(0, colon);
    const name = key.slice(colon + 1);
    const isDeclared = declared.has(prefix);
    const file = declared.get(prefix) ?? CONVENTIONAL_PREFIXES[prefix];
    const ext = file ? STANDARD_EXTENSIONS[file] : undefined;
    if (!ext) continue;
    const expected = ext.keys[name];
    const column = `<${type} key="${key}">`;
    if (expected === undefined) {
      if (isDeclared) {
        const defined = Object.keys(ext.keys)
          .map((k) => `${prefix}:${k}`)
          .join(', ');
        out.push({
          message: `is not an attribute of the ${ext.name} extension (it defines ${defined}).`,
          line,
          column,
        });
      }
    } else if (expected !== type) {
      const article = (t: string) => (t === 'int' || t === 'id' ? 'an' : 'a');
      out.push({
        message: `must be ${article(expected)} ${expected} (${ext.name} extension), not ${article(type)} ${type}.`,
        line,
        column,
      });
    }
  }
  return out;
}
