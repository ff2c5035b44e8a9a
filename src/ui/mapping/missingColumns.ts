import type { Problem } from '../../core/problems.ts';

/** A refusal that means the file is not a §2 cohort at all (a required column is missing): a mapping is needed. */
export const missingColumns = (problems: readonly Pick<Problem, 'code'>[]): boolean =>
  problems.some((p) => p.code === 'PL201');
