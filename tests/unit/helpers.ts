import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePathway } from '../../src/core/pathway/validatePathway.ts';
import type { RuleParameters } from '../../src/core/analysis/parameters.ts';
import type { Days, Pathway } from '../../src/core/pathway/types.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export function readPathway(path: string): Pathway {
  const r = parsePathway(readFileSync(root + path, 'utf8'), path);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.value;
}

/** W and H of the missed early-intervention rule, as whole days. */
export const rule = (windowDays: number, horizonDays: number): RuleParameters => ({
  windowDays: windowDays as Days,
  horizonDays: horizonDays as Days,
});
