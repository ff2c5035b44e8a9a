import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../helpers.ts';

/** Runs the built `pathway-lens` (rebuilt before the tests start) in the project folder. */
export function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/pathway-lens.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `pathway-lens analyse --pathway <coventry> --cohort <file> …` */
export const analyse = (cohort: string, ...more: string[]) =>
  cli('analyse', '--pathway', 'pathway-data/coventry', '--cohort', cohort, ...more);
