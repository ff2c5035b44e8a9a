import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { root } from '../helpers.ts';

const outputDir = join(root, 'tests', 'output');

/**
 * Numbers rounded to a tenth (of a millimetre), so that a last-digit difference in floating point on
 * another machine does not fail the test, while anything a reader could see still does.
 */
export function normaliseSvg(svg: string): string {
  return svg.replace(/-?\d+\.\d+/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return String(r === 0 ? 0 : r);
  });
}

/** Under CI (`CI=true`) a snapshot must already be stored: a run there never writes its own reference. */
export const isCi = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';

/**
 * Observable Plot's snapshot practice: the normalised SVG is compared with `tests/output/<name>.svg`.
 * When it differs, `<name>-changed.svg` is written beside it for a reviewer to open, and the test fails;
 * to accept the change, replace the stored file with it. A missing stored file is written on a
 * developer's machine (first run), and fails the test under CI, so that a snapshot left out of a commit
 * cannot pass by writing itself.
 */
export function expectSvgSnapshot(name: string, svg: string, env: NodeJS.ProcessEnv = process.env): void {
  const actual = normaliseSvg(svg);
  const stored = join(outputDir, `${name}.svg`);
  const changed = join(outputDir, `${name}-changed.svg`);
  if (!existsSync(stored)) {
    if (isCi(env)) {
      expect.fail(
        `tests/output/${name}.svg is missing. Run the test once without CI=true to write it, look at it, and commit it.`,
      );
    }
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(stored, actual);
    return;
  }
  if (readFileSync(stored, 'utf8') === actual) {
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(
    `${name}.svg differs from tests/output/${name}.svg; open tests/output/${name}-changed.svg, and if it is right, move it over the stored file.`,
  );
}
