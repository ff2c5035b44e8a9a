import type { Cohort } from '../../../src/core/cohort/types.ts';
import { discoverPathway } from '../../../src/core/discover/discoverPathway.ts';
import { generateCohortCsv } from '../../../src/core/generate/generateCohortCsv.ts';
import { loadPathway, type LoadedPathway } from '../../../src/core/pathway/loadedPathway.ts';
import type { Pathway } from '../../../src/core/pathway/types.ts';
import { okValue } from '../cohort/helpers.ts';
import { cohortFromCsvText } from './coventryCohort.ts';
import { coventry } from './figureFixtures.ts';

/** What a figure is made from: a loaded pathway and a cohort read for it. */
export interface Volume {
  readonly loaded: LoadedPathway;
  readonly cohort: Cohort;
}

const generatedText = new Map<number, string>();

/** `npm run generate -- --pathway pathway-data/coventry --journeys N --seed 1` as text. */
export function generatedCsv(journeys: number): string {
  let text = generatedText.get(journeys);
  if (text === undefined) {
    text = [...generateCohortCsv(coventry, { journeys, seed: 1 })].join('');
    generatedText.set(journeys, text);
  }
  return text;
}

/** A generated Coventry cohort of `journeys` journeys (seed 1), imported. */
export function generatedVolume(journeys: number): Volume {
  return {
    loaded: loadPathway(coventry),
    cohort: cohortFromCsvText(generatedCsv(journeys), coventry, `generated-${String(journeys)}.csv`),
  };
}

const AREAS = ['North Coventry locality team', 'South Warwickshire', 'Rugby and Nuneaton'] as const;

/**
 * A 40-service pathway discovered from a log, as `pathway-lens discover` writes it: 5,000 generated
 * journeys whose services are split three ways by area ("gp South Warwickshire"), the 40 values touched
 * by most journeys kept and the rest written as "other"; GP and school teams tagged early-intervention,
 * emergency departments crisis (the draft has no tags of its own).
 */
export function discoveredVolume(): Volume {
  const lines = generatedCsv(5000).trimEnd().split('\n');
  const header = lines[0] as string;
  const rows = lines.slice(1).map((l) => {
    const cells = l.split(',');
    const journey = Number((cells[0] as string).replace(/\D/g, ''));
    cells[2] = `${cells[2] as string} ${AREAS[journey % 3] as string}`;
    return cells;
  });
  const touched = new Map<string, Set<string>>();
  for (const c of rows) {
    const s = touched.get(c[2] as string) ?? new Set<string>();
    s.add(c[0] as string);
    touched.set(c[2] as string, s);
  }
  const keep = new Set(
    [...touched]
      .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
      .slice(0, 40)
      .map(([k]) => k),
  );
  for (const c of rows) if (!keep.has(c[2] as string)) c[2] = 'other';
  const text = `${header}\n${rows.map((c) => c.join(',')).join('\n')}\n`;
  const d = okValue(discoverPathway('wide.csv', text));
  const tag = (id: string): string[] =>
    /^(gp|school)_/.test(id)
      ? ['early-intervention']
      : /^(ed|ward14|crisis_line)_/.test(id)
        ? ['crisis']
        : [];
  const pathway: Pathway = {
    ...d.pathway,
    services: d.pathway.services.map((s) => ({ ...s, tags: tag(s.id) })),
  };
  return { loaded: loadPathway(pathway), cohort: d.cohort };
}
