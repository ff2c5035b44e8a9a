import type { z } from 'zod';
import { problem, type Problem, type ProblemCode, type Result, ok, fail } from '../problems.ts';
import { pathwaySchema } from './pathwaySchema.ts';
import type { Pathway } from './types.ts';

function fieldPath(path: readonly PropertyKey[]): string {
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

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** The problem codes a schema issue is reported with: pathways use PL101/PL104, overlays PL401. */
export interface SchemaCodes {
  readonly type: ProblemCode;
  readonly value: ProblemCode;
}

/** One zod issue as a `file: field: message` problem, naming the field path and the value found. */
export function schemaProblem(
  issue: z.core.$ZodIssue,
  input: unknown,
  file: string | undefined,
  codes: SchemaCodes = { type: 'PL101', value: 'PL104' },
): Problem {
  const column = fieldPath(issue.path);
  const value = valueAt(input, issue.path);
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String).join(', ');
    return problem(codes.value, `${show(value)} is not allowed; allowed: ${allowed}.`, { file, column });
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    return problem(codes.type, `is required (${issue.expected}) but missing.`, { file, column });
  }
  if (issue.code === 'invalid_type') {
    return problem(codes.type, `${show(value)} should be ${issue.expected}.`, { file, column });
  }
  if (issue.code === 'too_big' && Array.isArray(value)) {
    // Not the list itself (it may be huge): its length and the limit.
    return problem(codes.type, `has ${value.length} entries; ${issue.message}.`, { file, column });
  }
  if (issue.code === 'invalid_union') {
    // zod's own message is only "Invalid input": name the types the alternatives expected instead.
    const expected = [
      ...new Set(issue.errors.flat().flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : []))),
    ];
    if (expected.length > 0)
      return problem(codes.type, `${show(value)} should be ${expected.join(' or ')}.`, { file, column });
  }
  return problem(codes.type, `${show(value)} ${issue.message}.`, { file, column });
}

/**
 * Validates a parsed pathway file: the schema first, then the references between its parts
 * (duplicate ids, services in unknown levels, routes to unknown services). Cycles of routes are
 * valid — children step down and back up. Never throws for bad input.
 */
export function validatePathway(input: unknown, file?: string): Result<Pathway> {
  const parsed = pathwaySchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues.map((i) => schemaProblem(i, input, file)));
  const p = parsed.data;
  const problems: Problem[] = [];

  // Ids are quoted shortened, so that a hostile file with huge ids cannot make huge messages.
  const id = (v: string) => (v.length > 60 ? `${v.slice(0, 57)}…` : v);
  const unique = (list: readonly { id: string }[], name: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        problems.push(
          problem(
            'PL102',
            `id "${id(item.id)}" is used again (first at ${name}[${first}]); ids must be unique.`,
            {
              file,
              column: `${name}[${i}].id`,
            },
          ),
        );
      } else seen.set(item.id, i);
    });
    return new Set(seen.keys());
  };
  const levelIds = unique(p.levels, 'levels');
  const serviceIds = unique(p.services, 'services');
  unique(p.concerns, 'concerns');

  const list = (s: Set<string>) => {
    const all = [...s];
    const shown = all.slice(0, 25).map(id).join(', ');
    return all.length > 25 ? `${shown}, …` : shown;
  };
  p.services.forEach((s, i) => {
    if (!levelIds.has(s.level)) {
      problems.push(
        problem('PL103', `level "${id(s.level)}" is not defined in levels; allowed: ${list(levelIds)}.`, {
          file,
          column: `services[${i}].level`,
        }),
      );
    }
  });
  p.routes.forEach((r, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!serviceIds.has(r[end])) {
        problems.push(
          problem(
            'PL103',
            `service "${id(r[end])}" is not defined in services; allowed: ${list(serviceIds)}.`,
            {
              file,
              column: `routes[${i}].${end}`,
            },
          ),
        );
      }
    }
  });
  if (problems.length > 0) return fail(problems);
  return ok(p as unknown as Pathway);
}

/** Parses the text of a pathway file, then validates it. */
export function parsePathway(text: string, file?: string): Result<Pathway> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail([
      problem('PL100', `${(e as Error).message}. Check for a missing comma, quote or bracket.`, {
        file,
        row: undefined,
      }),
    ]);
  }
  return validatePathway(json, file);
}
