import { problem, type Result, fail } from '../../core/problems.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { validatePathway } from '../../core/pathway/validatePathway.ts';
import { DEFAULT_PATHWAY_ID } from '../common/defaultPathway.ts';

/**
 * The pathways shipped with the app: every `pathway-data/<id>/pathway.json`, bundled by Vite at build
 * time (no request at run time). A glob rather than a single import, so a new pathway folder needs no
 * code change and a checkout without one still builds and says what is missing.
 */
const files = import.meta.glob<unknown>('../../../pathway-data/*/pathway.json', {
  eager: true,
  import: 'default',
});

const byId = new Map<string, { file: string; json: unknown }>(
  Object.entries(files).map(([path, json]) => {
    const id = /pathway-data\/([^/]+)\/pathway\.json$/.exec(path)?.[1] ?? path;
    return [id, { file: `pathway-data/${id}/pathway.json`, json }];
  }),
);

/**
 * The synthetic cohort shipped beside a pathway (`pathway-data/<id>/cohort.csv`), shown until the user
 * opens one of their own. Bundled too: the app makes no request for data.
 */
const cohorts = import.meta.glob<string>('../../../pathway-data/*/cohort.csv', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export const defaultPathwayId = DEFAULT_PATHWAY_ID;

/** A bundled pathway's shipped cohort, named `<id>/cohort.csv`, or undefined when it has none. */
export function shippedCohortOf(id: string): { readonly name: string; readonly text: string } | undefined {
  const text = cohorts[`../../../pathway-data/${id}/cohort.csv`];
  return text === undefined ? undefined : { name: `${id}/cohort.csv`, text };
}

/** A bundled pathway for the picker: its id and title (the file's id when it does not validate). */
export interface BundledPathway {
  readonly id: string;
  readonly title: string;
}

/** The bundled pathways for the picker, sorted by title. */
export function bundledPathways(): BundledPathway[] {
  return bundledPathwayIds()
    .map((id) => {
      const r = loadBundledPathway(id);
      return { id, title: r.ok ? r.value.title : id };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** The ids of the bundled pathways, sorted. */
export function bundledPathwayIds(): string[] {
  return [...byId.keys()].sort();
}

/** A bundled pathway, validated; the problems name the file and field when it is not valid. */
export function loadBundledPathway(id: string = defaultPathwayId): Result<Pathway> {
  const entry = byId.get(id);
  if (!entry) {
    const known = bundledPathwayIds();
    return fail([
      problem(
        'PL103',
        `no pathway "${id}" is bundled; available: ${known.length > 0 ? known.join(', ') : 'none'}.`,
        {
          file: `pathway-data/${id}/pathway.json`,
        },
      ),
    ]);
  }
  return validatePathway(entry.json, entry.file);
}
