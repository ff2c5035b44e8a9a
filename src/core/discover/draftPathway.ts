import type {
  Concern,
  ConcernId,
  Level,
  LevelId,
  Pathway,
  Route,
  Service,
  ServiceId,
} from '../pathway/types.ts';
import { CRISIS, EARLY_INTERVENTION } from '../pathway/types.ts';
import type { CollectedValues } from './collectValues.ts';
import { DRAFT_AREA, DRAFT_VERSION } from './discoverOptions.ts';
import { assignIds, valueKey } from './slugId.ts';

/** What names a draft: its id, title, area and source. */
export interface DraftMeta {
  readonly id: string;
  readonly title: string;
  readonly area: string;
  readonly source: string;
}

/** The draft's names from the log's file name (`logs/running-example.xes` → id `running_example`). */
export function draftMeta(file: string, minJourneys: number): DraftMeta {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]*$/, '') || base;
  return {
    id: assignIds([valueKey(stem)], 'discovered')[0] ?? 'discovered',
    title: `Pathway discovered from ${base}`,
    area: DRAFT_AREA,
    source: `Discovered by pathway-lens discover from ${base}; routes are the moves made by at least ${minJourneys} ${minJourneys === 1 ? 'journey' : 'journeys'}.`,
  };
}

const ONE_LEVEL: Level = { id: 'all' as LevelId, label: 'All services' };

/** The log's concern codes as pathway concerns (order of first appearance; label = the value). */
export function concernsOf(values: CollectedValues): Concern[] {
  const ids = assignIds(
    values.concerns.map((c) => c.key),
    'concern',
  );
  return values.concerns.map((c, i) => ({ id: ids[i] as ConcernId, label: c.label }));
}

/**
 * A pathway holding every distinct service value of the log (one level, no routes): what the second
 * pass of discovery imports the log against, so that the normal importer checks every row and builds
 * the cohort. Never validated: it may hold thousands of services, more than a pathway file may.
 */
export function valuesPathway(values: CollectedValues, meta: DraftMeta): Pathway {
  const ids = assignIds(
    values.services.map((s) => s.key),
    'service',
  );
  return {
    ...meta,
    version: DRAFT_VERSION,
    levels: [ONE_LEVEL],
    services: values.services.map((s, i) => ({
      id: ids[i] as ServiceId,
      label: s.label,
      level: ONE_LEVEL.id,
      agency: '',
      tags: [],
      description: '',
    })),
    routes: [],
    concerns: concernsOf(values),
  };
}

/** One service of the draft, before levels and tags. */
export interface DraftService {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

export interface DraftParts {
  readonly meta: DraftMeta;
  readonly services: readonly DraftService[];
  readonly levels: readonly Level[];
  readonly levelOf: readonly LevelId[];
  /** Pairs of draft service indices. */
  readonly routes: readonly (readonly [number, number])[];
  readonly early: readonly number[];
  readonly crisis: readonly number[];
  readonly concerns: readonly Concern[];
}

/** The draft pathway file's content (CONTRACT §1 and §6). */
export function assembleDraft(parts: DraftParts): Pathway {
  const services: Service[] = parts.services.map((s, i) => ({
    id: s.id as ServiceId,
    label: s.label,
    level: parts.levelOf[i] ?? parts.levels[0]?.id ?? ONE_LEVEL.id,
    agency: '',
    tags: [
      ...(parts.early.includes(i) ? [EARLY_INTERVENTION] : []),
      ...(parts.crisis.includes(i) ? [CRISIS] : []),
    ],
    description: s.description,
  }));
  const id = (i: number) => services[i]?.id as ServiceId;
  const routes: Route[] = parts.routes.map(([a, b]) => ({ from: id(a), to: id(b) }));
  return {
    ...parts.meta,
    version: DRAFT_VERSION,
    levels: [...parts.levels],
    services,
    routes,
    concerns: [...parts.concerns],
  };
}
