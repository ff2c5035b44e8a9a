import { nearestIds, type NamedId } from '../../cohort/nearest.ts';
import { activities, type Activity, type Pathway } from '../../pathway/types.ts';
import type { ExportPreview } from './previewExport.ts';
import type { ImportProfile, ProfileRole } from '../profileSchema.ts';
import { PROFILE_ROLES } from '../bindProfile.ts';
import { valueKey } from '../valueMap.ts';

/**
 * The mapping dialog's working copy of an import profile (CONTRACT §5): which column plays each role,
 * the time formats, and the service and activity value maps. Pure: the dialog renders it and sends
 * changes; `profileOfDraft` writes the profile file (the same JSON as the command line's `--map`).
 */
export interface MappingDraft {
  /** The column of each role (a §2 role, or `concerns`: a delimited column of concern words). */
  readonly columns: Readonly<Partial<Record<DraftRole, string>>>;
  /** Time formats tried in order (tokens `yyyy MM dd HH mm ss`, `iso`, `excel`). */
  readonly formats: readonly string[];
  /** The IANA zone of times written without an offset. */
  readonly zone: string;
  /** Service column value → a service id of the pathway, or `drop`. Unmapped values are absent. */
  readonly services: Readonly<Record<string, string>>;
  /** Activity column value (or service value, without an activity column) → an activity, or `drop`. */
  readonly activities: Readonly<Record<string, string>>;
  /** What the rest of a profile loaded from a file said (concern maps, kept columns, its description). */
  readonly rest: Readonly<
    Pick<ImportProfile, 'description' | 'delimiter' | 'concerns' | 'concernColumns' | 'keep'>
  >;
}

export type DraftRole = ProfileRole | 'concerns';

/** The roles a column can be given, in the order the dialog lists them. */
export const DRAFT_ROLES: readonly DraftRole[] = [
  ...PROFILE_ROLES.filter((r) => r !== 'note'),
  'concerns',
  'note',
];

export const DROP = 'drop';

/** The pathway's services by their id and label, for suggestions. */
const serviceNames = (pathway: Pathway): NamedId[] =>
  pathway.services.map((s) => ({ id: s.id, names: [s.id, s.label] }));

/** Words of local extracts for the nine activities (CONTRACT §2), beyond the ids themselves. */
const ACTIVITY_WORDS: Readonly<Record<Activity, readonly string[]>> = {
  concern: ['concern raised'],
  contact: ['attended', 'appointment', 'seen', 'contact'],
  referral: ['referral received', 'referred'],
  assessment: ['assessed'],
  intervention: ['treatment', 'therapy'],
  admission: ['admitted'],
  discharge: ['discharged'],
  declined: ['declined', 'refused', 'cancelled by patient'],
  did_not_attend: ['dna', 'did not attend', 'no show'],
};
const ACTIVITY_NAMES: NamedId[] = activities.map((a) => ({ id: a, names: [a, ...ACTIVITY_WORDS[a]] }));

/** The id a value most likely means: its id or label exactly (ignoring case and spaces), else the nearest. */
export function suggestTarget(value: string, known: readonly NamedId[]): string | undefined {
  const key = valueKey(value);
  const exact = known.find((k) => k.names.some((n) => valueKey(n) === key));
  return exact?.id ?? nearestIds(value, known, 1)[0];
}

const valuesOf = (preview: ExportPreview, column: string | undefined): string[] =>
  preview.columns.find((c) => c.name === column)?.values.map((v) => v.value) ?? [];

/** Suggestions for every distinct value of a column that has one. */
function suggestAll(values: readonly string[], known: readonly NamedId[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const id = suggestTarget(v, known);
    if (id !== undefined) out[v] = id;
  }
  return out;
}

/** The column an activity map is keyed by: the activity column, or the service column without one. */
export const activityKeyColumn = (draft: MappingDraft): string | undefined =>
  draft.columns.activity ?? draft.columns.service;

/**
 * A first draft for an export: the columns its names suggest, the time formats that read its dates, and
 * each service and activity value mapped to the pathway's id it most likely means (left unmapped when
 * nothing is close: a guess helps less than the list of what is allowed).
 */
export function draftFromPreview(preview: ExportPreview, pathway: Pathway): MappingDraft {
  const columns: Partial<Record<DraftRole, string>> = { ...preview.suggested };
  const timeColumn = preview.columns.find((c) => c.name === (columns.time ?? columns.start));
  // True/false columns named like a concern of the pathway record it (`Suicidal ideation` → suicidal_ideation).
  const concerns = pathway.concerns.map((c) => ({ id: c.id, names: [c.id, c.label] }));
  const concernColumns = suggestAll(preview.flags, concerns);
  const draft: MappingDraft = {
    columns,
    formats: timeColumn?.timeFormats.length ? [...timeColumn.timeFormats] : ['iso'],
    zone: 'Europe/London',
    services: suggestAll(valuesOf(preview, columns.service), serviceNames(pathway)),
    activities: {},
    rest: Object.keys(concernColumns).length > 0 ? { concernColumns } : {},
  };
  return { ...draft, activities: suggestAll(valuesOf(preview, activityKeyColumn(draft)), ACTIVITY_NAMES) };
}

/**
 * A column given a role (or a role cleared), with suggestions for a column newly chosen for a role whose
 * values are mapped (service, activity). Without a pathway (the dialog's discovery mode) values are not
 * mapped, so nothing is suggested for them.
 */
export function withRole(
  draft: MappingDraft,
  role: DraftRole,
  column: string | undefined,
  preview: ExportPreview,
  pathway: Pathway | undefined,
): MappingDraft {
  // One column per role, and one role per column.
  const columns: Partial<Record<DraftRole, string>> = Object.fromEntries(
    Object.entries(draft.columns).filter(([r, c]) => r !== role && c !== column),
  );
  if (column !== undefined) columns[role] = column;
  let next: MappingDraft = { ...draft, columns };
  if (role === 'time' || role === 'start') next = withTimeFormats(next, column, preview);
  if (!pathway) return next;
  if (role === 'service' && column !== draft.columns.service)
    next = { ...next, services: suggestAll(valuesOf(preview, column), serviceNames(pathway)) };
  if (activityKeyColumn(next) !== activityKeyColumn(draft))
    next = { ...next, activities: suggestAll(valuesOf(preview, activityKeyColumn(next)), ACTIVITY_NAMES) };
  return next;
}

/** The formats that read a column newly chosen for the time, when the preview found any. */
function withTimeFormats(
  draft: MappingDraft,
  column: string | undefined,
  preview: ExportPreview,
): MappingDraft {
  const formats = preview.columns.find((c) => c.name === column)?.timeFormats ?? [];
  return column !== undefined && formats.length > 0 ? { ...draft, formats: [...formats] } : draft;
}

/** The draft of a profile read from a file (or remembered on this device). */
export function draftFromProfile(profile: ImportProfile): MappingDraft {
  const format = profile.time?.format;
  const strip = (map: Readonly<Record<string, string>> | undefined) =>
    Object.fromEntries(Object.entries(map ?? {}).filter(([k]) => k !== '*'));
  const { description, delimiter, concerns, concernColumns, keep } = profile;
  const columns: Partial<Record<DraftRole, string>> = { ...profile.columns };
  if (concerns) columns.concerns = concerns.column;
  return {
    columns,
    formats: format === undefined ? ['iso'] : typeof format === 'string' ? [format] : [...format],
    zone: profile.time?.zone ?? 'UTC',
    services: strip(profile.services),
    activities: strip(profile.activities),
    rest: Object.fromEntries(
      Object.entries({ description, delimiter, concerns, concernColumns, keep }).filter(
        ([, v]) => v !== undefined,
      ),
    ),
  };
}

/** Values of a map's column that the draft does not map, most rows first. */
export function unmappedValues(
  map: Readonly<Record<string, string>>,
  preview: ExportPreview,
  column: string | undefined,
): { value: string; count: number; firstRow: number }[] {
  const mapped = new Set(Object.keys(map).map(valueKey));
  const col = preview.columns.find((c) => c.name === column);
  return (col?.values ?? []).filter((v) => !mapped.has(valueKey(v.value)));
}

/** Maps every value not yet mapped to `target` (an id or `drop`). */
export function mapRemaining(
  map: Readonly<Record<string, string>>,
  preview: ExportPreview,
  column: string | undefined,
  target: string,
): Record<string, string> {
  const out = { ...map };
  for (const v of unmappedValues(map, preview, column)) out[v.value] = target;
  return out;
}

/**
 * The import profile a draft describes (CONTRACT §5), as its JSON object: unmapped values stay errors
 * (the import names them, grouped, with their rows), so nothing is silently read as something else.
 */
export function profileOfDraft(draft: MappingDraft): Record<string, unknown> {
  const { concerns: concernColumn, ...columns } = draft.columns;
  const concerns =
    concernColumn === undefined
      ? undefined
      : { separator: ',', ...draft.rest.concerns, column: concernColumn };
  const nonEmpty = (map: Readonly<Record<string, string>>) =>
    Object.keys(map).length > 0 ? { ...map, '*': 'error' } : undefined;
  const profile: Record<string, unknown> = {
    profile: 1,
    description: draft.rest.description,
    delimiter: draft.rest.delimiter,
    columns,
    time:
      columns.time || columns.start
        ? { format: draft.formats.length === 1 ? draft.formats[0] : [...draft.formats], zone: draft.zone }
        : undefined,
    services: nonEmpty(draft.services),
    activities: nonEmpty(draft.activities),
    concerns,
    concernColumns: draft.rest.concernColumns,
    keep: draft.rest.keep,
  };
  return Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
}
