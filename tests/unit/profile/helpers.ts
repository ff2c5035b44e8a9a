import { importCsv } from '../../../src/core/cohort/importCsv.ts';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import type { Pathway } from '../../../src/core/pathway/types.ts';
import type { Result } from '../../../src/core/problems.ts';
import { importWithProfile } from '../../../src/core/profile/importWithProfile.ts';
import { validateProfile } from '../../../src/core/profile/parseProfile.ts';
import { okValue, pathway as testville } from '../cohort/helpers.ts';

export const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

/** Reads `text` through the profile `spec` (validated first), against Testville unless told otherwise. */
export function withProfile(
  text: string,
  spec: Record<string, unknown>,
  pathway: Pathway = testville,
  file = 'export.csv',
): Result<Cohort> {
  const profile = okValue(validateProfile({ profile: 1, ...spec }, 'x.profile.json'));
  return importWithProfile(file, text, pathway, { profile, file: 'x.profile.json' });
}

/** Reads a §2 file as it is. */
export function plain(text: string, pathway: Pathway = testville, file = 'export.csv'): Result<Cohort> {
  return importCsv(text, pathway, { file });
}
