import { idKey } from '../../cohort/nearest.ts';
import type { ProfileRole } from '../profileSchema.ts';

/**
 * What a column of an export probably is, from its name: the names process-mining tools write (XES keys,
 * PM4Py, Disco, bupaR) and the words of local extracts (EXPORTS.md). A process-mining activity
 * (`concept:name`, Disco's `Activity`) names where something happened, so it is suggested as the
 * service, never as §2's activity.
 */
export type SuggestedRole = ProfileRole | 'concerns' | 'flag';

const BY_NAME: readonly (readonly [SuggestedRole, readonly string[]])[] = [
  [
    'journey',
    [
      'case_concept_name',
      'case_id',
      'caseid',
      'case',
      'journey_id',
      'journey',
      'pseudo_id',
      'pseudonym',
      'pseudonymised_id',
      'child_ref',
      'client_id',
      'patient_id',
      'patient',
      'person_id',
      'service_user_id',
    ],
  ],
  [
    'time',
    [
      'time_timestamp',
      'complete_timestamp',
      'end_timestamp',
      'timestamp',
      'event_date',
      'event_time',
      'date',
      'datetime',
      'date_time',
      'time',
      'contact_date',
      'referral_received_date',
      'activity_date',
    ],
  ],
  ['start', ['start_timestamp', 'start_time', 'start_date', 'start']],
  ['day', ['day', 'day_offset', 'days']],
  [
    'service',
    [
      'service',
      'concept_name',
      'activity',
      'activity_name',
      'team',
      'team_name',
      'org_group',
      'department',
      'unit',
      'ward',
      'location',
      'handling',
    ],
  ],
  // `activity` last: a file with a service column and an activity column is a §2 file in other words.
  [
    'activity',
    [
      'contact_type',
      'event_type',
      'event',
      'outcome',
      'attendance',
      'attended',
      'attendance_status',
      'activity',
    ],
  ],
  ['lifecycle', ['lifecycle_transition', 'lifecycle', 'transition', 'status_transition']],
  ['instance', ['activity_instance_id', 'concept_instance', 'instance', 'instance_id', 'handling_id']],
  ['note', ['note', 'notes', 'comment', 'comments']],
  [
    'concerns',
    ['presenting_needs', 'presenting_need', 'presenting_problem', 'concerns', 'reason_for_referral', 'needs'],
  ],
];

const ROLE_OF = new Map<string, SuggestedRole>();
for (const [role, names] of BY_NAME) for (const n of names) if (!ROLE_OF.has(n)) ROLE_OF.set(n, role);

/** The role a column's name suggests, or undefined. */
export function roleFromName(name: string): SuggestedRole | undefined {
  return ROLE_OF.get(idKey(name));
}

/** The XES lifecycle words, for a column whose values are transitions. */
const TRANSITIONS = new Set(['start', 'complete', 'schedule', 'suspend', 'resume', 'ate_abort', 'withdraw']);
const FLAGS = new Set(['true', 'false', 'yes', 'no', 'y', 'n', '0', '1', 'x', '']);

/** The role a column's values suggest (lifecycle words, true/false flags), or undefined. */
export function roleFromValues(values: readonly string[]): SuggestedRole | undefined {
  const seen = values.map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
  if (seen.length === 0) return undefined;
  if (seen.every((v) => TRANSITIONS.has(v))) return 'lifecycle';
  if (seen.every((v) => FLAGS.has(v)) && seen.some((v) => !/^[01]$/.test(v))) return 'flag';
  return undefined;
}

/**
 * One role per column at most and one column per role: by name first (in the order of `BY_NAME`, the
 * clearest names winning), then by values for columns no name placed. `values` are each column's
 * distinct values (a sample is enough).
 */
export function suggestRoles(
  names: readonly string[],
  values: readonly (readonly string[])[],
): (SuggestedRole | undefined)[] {
  const out: (SuggestedRole | undefined)[] = names.map(() => undefined);
  const taken = new Set<SuggestedRole>();
  const keys = names.map(idKey);
  for (const [role, list] of BY_NAME) {
    for (const n of list) {
      const i = keys.indexOf(n);
      if (i >= 0 && out[i] === undefined && !taken.has(role)) {
        out[i] = role;
        taken.add(role);
        break;
      }
    }
  }
  names.forEach((_, i) => {
    if (out[i] !== undefined) return;
    const role = roleFromValues(values[i] ?? []);
    if (role === 'flag') out[i] = role;
    else if (role && !taken.has(role)) {
      out[i] = role;
      taken.add(role);
    }
  });
  return out;
}
