import type { z } from 'zod';
import { fail, ok, problem, type Problem, type ProblemCode, type Result } from './problems.ts';

/** `routes[3].to`: the path of a field in a JSON file, as problems name it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(file)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** A value quoted for a message, shortened (a hostile file may hold huge values). */
export function showJson(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** The codes a file format gives its schema problems: a wrong type or a missing field, and a value not allowed. */
export interface SchemaCodes {
  readonly type: ProblemCode;
  readonly value: ProblemCode;
}

/**
 * A zod issue as a problem `file: field: message` that names the field, the value and what is allowed
 * (zod's own messages say "Invalid input"). Shared by the pathway and import-profile validators.
 */
export function schemaProblem(
  issue: z.core.$ZodIssue,
  input: unknown,
  file: string | undefined,
  codes: SchemaCodes,
): Problem {
  const column = fieldPath(issue.path);
  const value = valueAt(input, issue.path);
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String).join(', ');
    return problem(codes.value, `${showJson(value)} is not allowed; allowed: ${allowed}.`, { file, column });
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    return problem(codes.type, `is required (${issue.expected}) but missing.`, { file, column });
  }
  if (issue.code === 'invalid_type') {
    return problem(codes.type, `${showJson(value)} should be ${issue.expected}.`, { file, column });
  }
  if (issue.code === 'too_big' && Array.isArray(value)) {
    // Not the list itself (it may be huge): its length and the limit.
    return problem(codes.type, `has ${value.length} entries; ${issue.message}.`, { file, column });
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    const what = issue.keys.length === 1 ? 'an unknown field' : 'unknown fields';
    return problem(codes.value, `has ${what} ${keys}; check the spelling.`, { file, column });
  }
  if (issue.code === 'invalid_union') {
    // zod's own message is only "Invalid input": name the types the alternatives expected instead.
    const expected = [
      ...new Set(issue.errors.flat().flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : []))),
    ];
    if (expected.length > 0)
      return problem(codes.type, `${showJson(value)} should be ${expected.join(' or ')}.`, { file, column });
  }
  return problem(codes.type, `${showJson(value)} ${issue.message}.`, { file, column });
}

/**
 * The value in the text of a JSON file (a byte order mark allowed), or one problem with `code` that says
 * what the parser found. Shared by the pathway and import-profile readers.
 */
export function parseJsonFile(text: string, file: string | undefined, code: ProblemCode): Result<unknown> {
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch (e) {
    return fail([
      problem(code, `${(e as Error).message}. Check for a missing comma, quote or bracket.`, { file }),
    ]);
  }
}
