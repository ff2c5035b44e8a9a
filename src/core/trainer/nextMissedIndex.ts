import type { CaseStep } from './playerCase.ts';

/** The index of the first missed early-intervention point after `from`, or undefined when there is none. */
export function nextMissedIndex(
  steps: readonly Pick<CaseStep, 'missed'>[],
  from: number,
): number | undefined {
  for (let i = Math.max(0, from + 1); i < steps.length; i++) if (steps[i]?.missed) return i;
  return undefined;
}
