import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import { validatePathway } from '../../../src/core/pathway/validatePathway.ts';
import type { Pathway } from '../../../src/core/pathway/types.ts';
import { formatProblem, type Problem, type Result } from '../../../src/core/problems.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${fixtures}cohorts/${name}`, 'utf8');
}

function loadPathway(path: string): Pathway {
  const r = validatePathway(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.value;
}

/** Six services (school, gp, school_nurse "School nurse", mhst, ed, ward14) and four concerns. */
export const pathway = loadPathway(`${fixtures}cohorts/pathway.json`);
export const minimal = loadPathway(`${fixtures}pathways/minimal.json`);

/** The shared event logs made elsewhere (read in place, never copied into the project). */
export const EVENTLOGS = '/work/shared/eventlogs';
export const haveEventLogs = existsSync(`${EVENTLOGS}/NOTICE.md`);
export function eventLog(name: string): string {
  return readFileSync(`${EVENTLOGS}/${name}`, 'utf8');
}

export function okValue<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got:\n${r.problems.map(formatProblem).join('\n')}`);
  return r.value;
}

export function problemsOf<T>(r: Result<T>): Problem[] {
  if (r.ok) throw new Error('expected problems, got success');
  return r.problems;
}

/** Problems as `row|column|code` strings, for compact exact comparisons. */
export function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.row ?? '-'}|${p.column ?? '-'}|${p.code}`);
}

/** The arrays of a cohort that must not depend on the input format. */
export function comparable(c: Cohort) {
  return {
    timeBase: c.timeBase,
    synthetic: c.synthetic,
    journeyIds: [...c.journeyIds],
    journeyStart: [...c.journeyStart],
    time: [...c.time],
    service: [...c.service],
    activity: [...c.activity],
    concernStart: [...c.concernStart],
    concernCodes: [...c.concernCodes],
    notes: [...c.notes],
    attributes: c.attributes.map((a) => ({
      name: a.name,
      scope: a.scope,
      values: [...a.values],
      codes: [...a.codes],
    })),
  };
}

export function expectOneProblem(
  problems: readonly Problem[],
  row: number | undefined,
  column: string | undefined,
  code: string,
) {
  expect(where(problems)).toEqual([`${row ?? '-'}|${column ?? '-'}|${code}`]);
  return problems[0] as Problem;
}
