import { DEFAULT_MAX_SERVICES, OTHER_ID } from '../../discover/discoverOptions.ts';
import type { ExportPreview } from './previewExport.ts';
import { profileOfDraft, type DraftRole, type MappingDraft } from './mappingDraft.ts';

/**
 * The mapping dialog's discovery mode ("Start from data" with a log not in the §2 columns): the profile
 * says only which column plays each role and how times are written. Service values are kept as they are,
 * so that discovery makes one service per distinct value (CONTRACT §6), exactly as
 * `pathway-lens discover --map` does with the same profile.
 */

/** The activity of a row whose activity is not one of the nine (CONTRACT §2), or of every row without an activity column. */
export const DISCOVERY_ACTIVITY = 'contact';

/** A first draft for a log: the columns its names suggest and the time formats that read its times; no value maps. */
export function discoveryDraft(preview: ExportPreview): MappingDraft {
  const columns: Partial<Record<DraftRole, string>> = { ...preview.suggested };
  const timeColumn = preview.columns.find((c) => c.name === (columns.time ?? columns.start));
  return {
    columns,
    formats: timeColumn?.timeFormats.length ? [...timeColumn.timeFormats] : ['iso'],
    zone: 'Europe/London',
    services: {},
    activities: {},
    rest: {},
  };
}

/**
 * The import profile (CONTRACT §5) of a discovery draft, as its JSON object. No `services` map, so every
 * value is read as it is (a profile loaded from a file keeps its own map). `activities` keeps a value that
 * is one of the nine activities and reads any other as `contact`: discovery draws routes between services,
 * whatever happened there, and a log need not name §2's activities.
 */
export function profileOfDiscovery(draft: MappingDraft): Record<string, unknown> {
  return {
    ...profileOfDraft(draft),
    activities: { ...draft.activities, '*': DISCOVERY_ACTIVITY },
  };
}

/** What the dialog says of the service column: its distinct values, and how many merge into `other`. */
export interface DiscoveredServices {
  readonly column: string;
  /** Distinct values counted (all of them when `complete`). */
  readonly distinct: number;
  readonly complete: boolean;
  /** Values that become services of their own (at most `DEFAULT_MAX_SERVICES`). */
  readonly kept: number;
  /** Values merged into one service `other` (0 when there are at most `DEFAULT_MAX_SERVICES`). */
  readonly merged: number;
  readonly other: string;
}

/** The service column's values as discovery will treat them, or undefined without a service column. */
export function discoveredServices(
  preview: ExportPreview,
  column: string | undefined,
): DiscoveredServices | undefined {
  const col = preview.columns.find((c) => c.name === column);
  if (!col) return undefined;
  const kept = Math.min(col.distinct, DEFAULT_MAX_SERVICES);
  return {
    column: col.name,
    distinct: col.distinct,
    complete: col.complete,
    kept,
    merged: col.distinct - kept,
    other: OTHER_ID,
  };
}
