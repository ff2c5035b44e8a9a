import { expect } from 'vitest';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import { NO_VALUE } from '../../../src/core/cohort/types.ts';
import { activities, type Pathway } from '../../../src/core/pathway/types.ts';
import { formatProblem, problemCodes, type Problem, type Result } from '../../../src/core/problems.ts';
import { comparable } from '../cohort/helpers.ts';

/**
 * The shape every importer promises, whatever it was fed: a cohort whose columns agree with each other
 * and with the pathway, or a non-empty list of catalogued problems with a message. Throws (with a
 * message naming the broken rule) so that it works both inside `expect` and inside fast-check.
 */
export function assertCohortShape(c: Cohort, pathway: Pathway): void {
  const fail = (why: string): never => {
    throw new Error(`malformed cohort: ${why}`);
  };
  const J = c.journeyIds.length;
  const E = c.time.length;
  if (J === 0 || E === 0) fail('a cohort that loads has at least one journey and one event');
  if (c.journeyStart.length !== J + 1)
    fail(`journeyStart has ${c.journeyStart.length} entries for ${J} journeys`);
  if (c.journeyStart[0] !== 0 || c.journeyStart[J] !== E)
    fail('journeyStart must run from 0 to the event count');
  for (let j = 0; j < J; j++) {
    const a = c.journeyStart[j]!;
    const b = c.journeyStart[j + 1]!;
    if (b <= a) fail(`journey ${j} has no events (journeyStart not strictly increasing)`);
    for (let e = a + 1; e < b; e++)
      if (c.time[e]! < c.time[e - 1]!) fail(`journey ${j} is not in time order`);
  }
  if (new Set(c.journeyIds).size !== J) fail('journey ids repeat');
  if (c.journeyIds.some((id) => id.trim() === '')) fail('an empty journey id');
  for (const [name, len] of [
    ['service', c.service.length],
    ['activity', c.activity.length],
    ['row', c.row.length],
  ] as const) {
    if (len !== E) fail(`${name} has ${len} entries for ${E} events`);
  }
  if (c.concernStart.length !== E + 1) fail('concernStart must have events + 1 entries');
  if (c.concernStart[0] !== 0 || c.concernStart[E] !== c.concernCodes.length)
    fail('concernStart must end at the codes');
  for (let e = 0; e < E; e++) {
    if (!Number.isFinite(c.time[e])) fail(`event ${e} has time ${c.time[e]}`);
    if (c.service[e]! >= pathway.services.length) fail(`event ${e} has service index ${c.service[e]}`);
    if (c.activity[e]! >= activities.length) fail(`event ${e} has activity index ${c.activity[e]}`);
    if (!(c.row[e]! >= 1)) fail(`event ${e} has row ${c.row[e]}`);
    if (c.concernStart[e + 1]! < c.concernStart[e]!) fail(`concernStart decreases at ${e}`);
  }
  for (const code of c.concernCodes) if (code >= pathway.concerns.length) fail(`concern index ${code}`);
  for (const e of c.notes.keys()) if (!(e >= 0 && e < E)) fail(`a note on event ${e}`);
  for (const a of c.attributes) {
    if (a.codes.length !== E) fail(`attribute ${a.name} has ${a.codes.length} codes`);
    for (const code of a.codes)
      if (code !== NO_VALUE && code >= a.values.length) fail(`attribute ${a.name} code ${code}`);
  }
}

/** Problems are from the catalogue, with a message, and print as `file:row: column: message [code]`. */
export function assertProblemsShape(problems: readonly Problem[]): void {
  if (problems.length === 0) throw new Error('a failed result must list at least one problem');
  for (const p of problems) {
    if (!Object.hasOwn(problemCodes, p.code)) throw new Error(`unknown problem code ${p.code}`);
    if (typeof p.message !== 'string' || p.message.trim() === '') throw new Error(`${p.code} has no message`);
    if (p.row !== undefined && !(Number.isInteger(p.row) && p.row >= 1))
      throw new Error(`${p.code} has row ${p.row}`);
    // A message quotes values shortened: a hostile file cannot make a huge problem list.
    if (p.message.length > 2000) throw new Error(`${p.code} has a ${p.message.length}-character message`);
    formatProblem(p);
  }
}

/** Either a well-formed cohort or well-formed problems. */
export function assertResultShape(r: Result<Cohort>, pathway: Pathway): void {
  if (r.ok) assertCohortShape(r.value, pathway);
  else assertProblemsShape(r.problems);
}

/** The arrays of a cohort, as plain data, for comparing two imports of one text (with format and rows). */
export function cohortData(c: Cohort) {
  return { format: c.format, ...comparable(c), row: [...c.row] };
}

export function expectNotPolluted(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}
