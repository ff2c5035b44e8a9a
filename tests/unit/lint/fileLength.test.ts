import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';

/** The brief's limit: files small enough to read in one sitting. */
const MAX_LINES = 300;

/** Lines as ESLint's `max-lines` counts them: every line, blank or comment, but not the empty one after a final newline. */
function lineCount(text: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.length;
}

/** The style sheets in src/ longer than the limit, as `path (lines)`. */
function longStyleSheets(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => ({ file: join(dir, file), lines: lineCount(readFileSync(join(root, dir, file), 'utf8')) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file} (${String(lines)} lines)`)
    .sort();
}

describe('file length', () => {
  it('counts lines as max-lines does', () => {
    expect(lineCount('')).toBe(1);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\n\n/* c */\nb')).toBe(4);
    expect(lineCount('x\n'.repeat(MAX_LINES + 1))).toBe(MAX_LINES + 1);
  });

  it('keeps every style sheet in src/ to 300 lines (split a longer one by the component it styles)', () => {
    expect(longStyleSheets('src')).toEqual([]);
  });

  it('has ESLint hold every TypeScript file in src/ to 300 lines, blank lines and comments included', async () => {
    const eslint = new ESLint({ cwd: root });
    for (const file of ['src/core/problems.ts', 'src/ui/App.tsx']) {
      const config = (await eslint.calculateConfigForFile(join(root, file))) as {
        rules: Record<string, unknown>;
      };
      expect(config.rules['max-lines']).toEqual([
        2,
        { max: MAX_LINES, skipBlankLines: false, skipComments: false },
      ]);
    }
  });
});
