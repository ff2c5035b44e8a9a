import { z } from 'zod';

/**
 * The import profile file format (CONTRACT §5): how to read a user's own export as the §2 cohort it
 * describes. Objects are strict, so that a misspelt field ("colums") is an error rather than ignored.
 */
const column = z.string().trim().min(1, 'must name a column of the file');
const target = z.string().trim().min(1, 'must not be empty');
/** Source value → target id; `"*"` is the default for unmapped values. */
const valueMap = z.record(z.string(), target);

export const profileColumnsSchema = z.strictObject({
  journey: column,
  time: column.optional(),
  day: column.optional(),
  start: column.optional(),
  service: column,
  activity: column.optional(),
  lifecycle: column.optional(),
  instance: column.optional(),
  note: column.optional(),
});

export const importProfileSchema = z.strictObject({
  $schema: z.string().optional(),
  profile: z.literal(1),
  /** Free text for people: where the export comes from, who wrote the profile. */
  description: z.string().optional(),
  delimiter: z.enum([',', ';', '\t', 'tab']).optional(),
  columns: profileColumnsSchema,
  time: z
    .strictObject({
      format: z
        .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1).max(20)])
        .optional(),
      zone: z.string().trim().min(1).optional(),
    })
    .optional(),
  services: valueMap.optional(),
  activities: valueMap.optional(),
  concerns: z
    .strictObject({
      column,
      separator: z.string().min(1).max(10).optional(),
      values: valueMap.optional(),
    })
    .optional(),
  concernColumns: z.record(column, target).optional(),
  keep: z.array(column).max(1000).optional(),
});

/** A valid import profile, as written in its file. */
export type ImportProfile = z.output<typeof importProfileSchema>;
export type ProfileRole = keyof z.output<typeof profileColumnsSchema>;

/** A JSON Schema of the format, for editors and other tools. */
export function importProfileJsonSchema(): unknown {
  return z.toJSONSchema(importProfileSchema, { io: 'input', unrepresentable: 'any' });
}
