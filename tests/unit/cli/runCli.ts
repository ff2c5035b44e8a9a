import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../helpers.ts';

/** Runs the built command line (`bin/pathway-lens.mjs`) as a user would, in UTC. */
export function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin/pathway-lens.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
