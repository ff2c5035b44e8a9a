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
  agency: text,
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

export const pathwaySchema = z.looseObject({
  $schema: z.string().optional(),
  id,
  title: text,
  area: text,
  source: text,
  sourceUrl: z.string().optional(),
  version: z.union([text, z.number()]).transform(String),
  levels: z.array(levelSchema).min(1, 'needs at least one level'),
  services: z.array(serviceSchema).min(1, 'needs at least one service'),
  routes: z.array(routeSchema),
  concerns: z.array(concernSchema),
});

export type PathwayInput = z.input<typeof pathwaySchema>;

/** A JSON Schema of the same format, for editors and other tools (`pathway-data/pathway.schema.json`). */
export function pathwayJsonSchema(): unknown {
  return z.toJSONSchema(pathwaySchema, { io: 'input', unrepresentable: 'any' });
}
