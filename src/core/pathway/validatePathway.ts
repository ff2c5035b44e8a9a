import { problem, type Problem, type Result, ok, fail } from '../problems.ts';
import { parseJsonFile, schemaProblem } from '../schemaProblems.ts';
import { pathwaySchema } from './pathwaySchema.ts';
import type { Pathway } from './types.ts';

/**
 * Validates a parsed pathway file: the schema first, then the references between its parts
 * (duplicate ids, services in unknown levels, routes to unknown services). Cycles of routes are
 * valid — children step down and back up. Never throws for bad input.
 */
export function validatePathway(input: unknown, file?: string): Result<Pathway> {
  const parsed = pathwaySchema.safeParse(input);
  if (!parsed.success)
    return fail(
      parsed.error.issues.map((i) => schemaProblem(i, input, file, { type: 'PL101', value: 'PL104' })),
    );
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
  const json = parseJsonFile(text, file, 'PL100');
  return json.ok ? validatePathway(json.value, file) : json;
}
