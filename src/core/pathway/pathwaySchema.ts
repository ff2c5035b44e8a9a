import { z } from 'zod';
import { activities } from './types.ts';

/**
 * The pathway file format (CONTRACT §1). Only the contract's fields are required; audit notes,
 * targets and layout hints are optional. Unknown keys are allowed so that a newer file still opens,
 * but every id a route or service refers to is checked in `validatePathway`.
 */
const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must start with a letter and use only letters, digits, "_" and "-"');
const text = z.string().trim().min(1, 'must not be empty');

export const levelSchema = z.looseObject({
  id,
  label: text,
  thrive: z.string().optional(),
  description: z.string().optional(),
});

export const serviceSchema = z.looseObject({
  id,
  label: text,
  level: id,
  // May be empty: a pathway discovered from a log does not know the agencies yet (CONTRACT §6).
  agency: z.string().trim(),
  tags: z.array(z.string().min(1)),
  description: z.string(),
  audit: z
    .object({
      workingWell: z.array(z.string()).optional(),
      worriedAbout: z.array(z.string()).optional(),
      needsToHappen: z.array(z.string()).optional(),
    })
    .optional(),
  targets: z.array(z.object({ label: text, hours: z.number().positive().optional() })).optional(),
  column: z.number().int().min(0).max(50).optional(),
});

export const routeSchema = z.looseObject({
  from: id,
  to: id,
  activity: z.enum(activities).optional(),
  label: z.string().optional(),
});

export const concernSchema = z.looseObject({ id, label: text });

/**
 * Upper bounds on the lists. The replay table is compiled by asking the machine about every pair of
 * services and every activity, so its cost grows with services² and with routes: a hostile file of 5,000
 * services would freeze the app for minutes. A real pathway has tens of services (Coventry's has 19); a
 * map of more than a hundred is unreadable anyway.
 */
export const PATHWAY_LIMITS = { levels: 50, services: 100, routes: 1000, concerns: 500 } as const;
const most = (what: keyof typeof PATHWAY_LIMITS) =>
  [PATHWAY_LIMITS[what], `at most ${PATHWAY_LIMITS[what]} ${what} are allowed`] as const;

export const pathwaySchema = z.looseObject({
  $schema: z.string().optional(),
  id,
  title: text,
  area: text,
  source: text,
  sourceUrl: z.string().optional(),
  version: z.union([text, z.number()]).transform(String),
  levels: z
    .array(levelSchema)
    .min(1, 'needs at least one level')
    .max(...most('levels')),
  services: z
    .array(serviceSchema)
    .min(1, 'needs at least one service')
    .max(...most('services')),
  routes: z.array(routeSchema).max(...most('routes')),
  concerns: z.array(concernSchema).max(...most('concerns')),
});

export type PathwayInput = z.input<typeof pathwaySchema>;

/** A JSON Schema of the same format, for editors and other tools (`pathway-data/pathway.schema.json`). */
export function pathwayJsonSchema(): unknown {
  return z.toJSONSchema(pathwaySchema, { io: 'input', unrepresentable: 'any' });
}
