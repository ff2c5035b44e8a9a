import { nearestIds } from '../cohort/nearest.ts';
import { RESERVED as RESERVED_COLUMNS } from '../cohort/cohortHeader.ts';
import { normalizeColumnName } from '../cohort/rows.ts';
import { activities, type Pathway } from '../pathway/types.ts';
import { problem, type Problem } from '../problems.ts';
import { showJson } from '../schemaProblems.ts';
import type { ImportProfile, ProfileRole } from './profileSchema.ts';
import { valueKey } from './valueMap.ts';

/** The §2 columns the validator is given, besides kept ones; the paired duration is one more. */
export const DURATION_COLUMN = 'duration_minutes';
/** Names §2 reads itself: a kept column may not take one. */
const RESERVED = new Set<string>([...RESERVED_COLUMNS, DURATION_COLUMN]);

/** Where each role's column is in the file (-1 when the profile maps none). */
export type RoleColumns = Readonly<Record<ProfileRole, number>>;

/** A profile bound to a file's header: source columns by index, and the §2 columns it describes. */
export interface BoundProfile {
  readonly roles: RoleColumns;
  readonly concerns: number;
  readonly flags: readonly { readonly col: number; readonly concern: string; readonly name: string }[];
  /** Source columns kept as attributes, and their (normalised) names. */
  readonly keep: readonly { readonly col: number; readonly name: string }[];
  /** The §2 header given to the validator: journey_id, date or day, service, activity, … */
  readonly out: readonly string[];
  readonly outConcerns: number;
  readonly outNote: number;
  /** The first kept column in `out`. */
  readonly outKeep: number;
  readonly outDuration: number;
}

/** The column roles of a profile (CONTRACT §5), in the order problems name them. */
export const PROFILE_ROLES: readonly ProfileRole[] = [
  'journey',
  'time',
  'day',
  'start',
  'service',
  'activity',
  'lifecycle',
  'instance',
  'note',
];

function fileHas(names: readonly string[]): string {
  const named = names.map((c) => c.trim()).filter((c) => c !== '');
  const shown = named.slice(0, 30).map((c) => JSON.stringify(c));
  return `the file has ${shown.join(', ')}${named.length > 30 ? ` and ${named.length - 30} more` : ''}`;
}

/**
 * Binds a profile to a file's header (normalised column names, and `names` as the file writes them): every column the profile names must be
 * there (PL422, with the file's own columns and the nearest name); kept columns must not take a name §2
 * reads itself (PL424: a kept `Activity` would be read as the activity).
 */
export function bindProfile(
  profile: ImportProfile,
  columns: readonly string[],
  names: readonly string[],
  where: { readonly profileFile: string | undefined; readonly file: string | undefined },
): BoundProfile | Problem[] {
  const problems: Problem[] = [];
  const index = new Map<string, number>();
  columns.forEach((c, i) => {
    if (!index.has(c)) index.set(c, i);
  });
  const known = names.filter((c) => c.trim() !== '').map((c) => ({ id: c.trim(), names: [c] }));
  const find = (name: string, field: string): number => {
    const i = index.get(normalizeColumnName(name));
    if (i !== undefined) return i;
    const near = nearestIds(name, known);
    const hint = near.length > 0 ? ` (did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}?)` : '';
    problems.push(
      problem(
        'PL422',
        `${showJson(name)} is not a column of ${where.file ?? 'the file'}${hint}; ${fileHas(names)} (names are matched ignoring case and surrounding spaces).`,
        { file: where.profileFile, column: field },
      ),
    );
    return -1;
  };
  const roles = Object.fromEntries(
    PROFILE_ROLES.map((r) => {
      const name = profile.columns[r];
      return [r, name === undefined ? -1 : find(name, `columns.${r}`)];
    }),
  ) as Record<ProfileRole, number>;
  const concerns = profile.concerns ? find(profile.concerns.column, 'concerns.column') : -1;
  const flags = Object.entries(profile.concernColumns ?? {}).map(([name, concern]) => ({
    col: find(name, `concernColumns[${JSON.stringify(name)}]`),
    concern,
    name,
  }));
  const used = new Set<number>([...Object.values(roles), concerns, ...flags.map((f) => f.col)]);
  let keep: { col: number; name: string }[];
  if (profile.keep) {
    keep = [];
    profile.keep.forEach((name, k) => {
      const col = find(name, `keep[${k}]`);
      if (col < 0) return;
      const norm = normalizeColumnName(name);
      if (RESERVED.has(norm) || used.has(col))
        problems.push(
          problem(
            'PL424',
            `${showJson(name)} cannot be kept as an attribute: ${used.has(col) ? 'the profile reads it for a role already' : `§2 reads a column named "${norm}" itself`}. Map it in "columns" instead, or leave it out of "keep".`,
            { file: where.profileFile, column: `keep[${k}]` },
          ),
        );
      else keep.push({ col, name: norm });
    });
  } else {
    // Every other column, except ones §2 would read as its own (a process-mining "Activity").
    keep = columns
      .map((name, col) => ({ col, name: name === '' ? `column_${col + 1}` : name }))
      .filter((k) => !used.has(k.col) && !RESERVED.has(k.name));
  }
  if (problems.length > 0) return problems;
  const out = ['journey_id', roles.day >= 0 ? 'day' : 'date', 'service', 'activity'];
  const push = (name: string) => out.push(name) - 1;
  const outConcerns = concerns >= 0 || flags.length > 0 ? push('concerns') : -1;
  const outNote = roles.note >= 0 ? push('note') : -1;
  const outKeep = out.length;
  for (const k of keep) out.push(k.name);
  const outDuration = roles.lifecycle >= 0 || roles.start >= 0 ? push(DURATION_COLUMN) : -1;
  return { roles, concerns, flags, keep, out, outConcerns, outNote, outKeep, outDuration };
}

/**
 * The profile's target ids checked against the pathway (PL423): services (ids or labels), activities,
 * concern codes, with the nearest known id. Keys are ignored here; only what they map to matters.
 */
export function checkTargets(
  profile: ImportProfile,
  pathway: Pathway,
  profileFile: string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const services = new Map<string, string>();
  for (const s of pathway.services) services.set(valueKey(s.label), s.id);
  for (const s of pathway.services) services.set(valueKey(s.id), s.id);
  const concerns = new Set(pathway.concerns.map((c) => c.id.toLowerCase()));
  const serviceNames = pathway.services.map((s) => ({ id: s.id, names: [s.id, s.label] }));
  const concernNames = pathway.concerns.map((c) => ({ id: c.id, names: [c.id, c.label] }));
  const activityNames = activities.map((a) => ({ id: a, names: [a] }));
  const isActivity = (v: string) =>
    (activities as readonly string[]).includes(v.toLowerCase().replace(/[\s-]+/g, '_'));
  const check = (
    field: string,
    spec: Readonly<Record<string, string>> | undefined,
    ok: (v: string) => boolean,
    what: string,
    names: readonly { id: string; names: readonly string[] }[],
    words: readonly string[],
  ) => {
    for (const [key, target] of Object.entries(spec ?? {})) {
      // A word applies to one value too ("Admin team": "drop"); "error" only makes sense as the default.
      const word = target.trim().toLowerCase();
      if (words.includes(word) && (key === '*' || word !== 'error')) continue;
      if (ok(target)) continue;
      const near = nearestIds(target, names);
      const hint = near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : '';
      const allowed = key === '*' ? `${words.join(', ')} or ${what}` : what;
      problems.push(
        problem(
          'PL423',
          `${showJson(target)} is not ${what}${hint}; allowed: ${allowed}: ${names.map((n) => n.id).join(', ')}.`,
          { file: profileFile, column: `${field}[${JSON.stringify(key)}]` },
        ),
      );
    }
  };
  const of = ` of pathway ${pathway.id}`;
  check('services', profile.services, (v) => services.has(valueKey(v)), `a service${of}`, serviceNames, [
    'error',
    'drop',
  ]);
  check('activities', profile.activities, isActivity, 'an activity', activityNames, ['error', 'drop']);
  const isConcern = (v: string) => concerns.has(v.trim().toLowerCase());
  check('concerns.values', profile.concerns?.values, isConcern, `a concern code${of}`, concernNames, [
    'error',
    'drop',
    'ignore',
  ]);
  check('concernColumns', profile.concernColumns, isConcern, `a concern code${of}`, concernNames, []);
  return problems;
}
