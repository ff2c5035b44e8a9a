import { problem, type Problem } from '../problems.ts';
import { findIdentifier, KIND_LABEL, type IdentifierHit } from './identifiers.ts';
import { identifyingColumnReason } from './identifyingColumns.ts';
import { capProblems } from './problemList.ts';
import type { Cohort } from './types.ts';
import { NO_VALUE } from './types.ts';

/**
 * The anonymity guard. A cohort must not carry names, NHS numbers, dates of birth, postcodes, addresses,
 * emails or phone numbers (DOMAIN.md, data protection). Any hit refuses the import (PL300); messages
 * name the row and column and show the value MASKED, so the problem list itself leaks nothing. The shapes
 * it looks for are in identifiers.ts (cell values) and identifyingColumns.ts (column names).
 */
const ADVICE = 'a cohort must be anonymised: remove or replace it before import';

/** The PL300 problem for a hit in a cell. `column` names the column (journey_id, note, an attribute…). */
export function identifierProblem(
  hit: IdentifierHit,
  where: { file?: string | undefined; row?: number | undefined; column: string },
): Problem {
  const what = where.column === 'journey_id' ? 'journey ids must be pseudonyms such as C01' : ADVICE;
  return problem('PL300', `looks like ${KIND_LABEL[hit.kind]} (${hit.masked}: ${hit.why}); ${what}.`, where);
}

/** The PL300 problem for an identifying column name (reported at the header row). */
export function identifyingColumnProblem(
  column: string,
  reason: string,
  where: { file?: string | undefined; row?: number | undefined },
): Problem {
  return problem(
    'PL300',
    `the column name suggests it holds ${reason}; identifying columns are not allowed — ${ADVICE}.`,
    { ...where, column },
  );
}

export interface AnonymityOptions {
  readonly file?: string | undefined;
  /** Stop after this many problems (then one PL205). Default 100. */
  readonly maxProblems?: number | undefined;
}

/**
 * Scans a built cohort — journey ids, attribute names and values, notes — for identifying data.
 * Returns the problems (PL300, values masked), empty when none was found. Each distinct identifying
 * value is reported once, at the first row that has it.
 */
export function checkAnonymity(cohort: Cohort, opts: AnonymityOptions = {}): Problem[] {
  const file = opts.file ?? cohort.file;
  const found: Problem[] = [];
  for (const attr of cohort.attributes) {
    const reason = identifyingColumnReason(attr.name);
    if (reason) found.push(identifyingColumnProblem(attr.name, reason, { file, row: 1 }));
  }
  const events = cohort.time.length;
  for (let j = 0; j < cohort.journeyIds.length; j++) {
    const hit = findIdentifier(cohort.journeyIds[j] ?? '');
    if (!hit) continue;
    let row = Number.MAX_SAFE_INTEGER;
    for (let e = cohort.journeyStart[j] ?? 0; e < (cohort.journeyStart[j + 1] ?? 0); e++)
      row = Math.min(row, cohort.row[e] ?? row);
    found.push(identifierProblem(hit, { file, row, column: 'journey_id' }));
  }
  for (const attr of cohort.attributes) {
    const hits = attr.values.map((v) => findIdentifier(v));
    if (!hits.some(Boolean)) continue;
    const firstRow = new Map<number, number>();
    for (let e = 0; e < events; e++) {
      const code = attr.codes[e] ?? NO_VALUE;
      if (code === NO_VALUE || !hits[code]) continue;
      const row = cohort.row[e] ?? 0;
      const prev = firstRow.get(code);
      if (prev === undefined || row < prev) firstRow.set(code, row);
    }
    for (const [code, row] of firstRow) {
      const hit = hits[code];
      if (hit) found.push(identifierProblem(hit, { file, row, column: attr.name }));
    }
  }
  for (const [e, note] of cohort.notes) {
    const hit = findIdentifier(note);
    if (hit) found.push(identifierProblem(hit, { file, row: cohort.row[e], column: 'note' }));
  }
  found.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return capProblems(found, opts.maxProblems ?? 100, file);
}
