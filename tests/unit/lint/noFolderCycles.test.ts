import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the ESLint config is JavaScript, without types.
import config from '../../../eslint.config.js';
import { root } from '../helpers.ts';
// @ts-expect-error -- a plain ESM rule for ESLint (the config is JavaScript), without types.
import rule, { cycleComponents, folderGraph, importsOf } from '../../../eslint-rules/noFolderCycles.js';

const graph = folderGraph as (
  files: Map<string, string>,
  allow?: readonly (readonly [string, string])[],
) => Map<string, Set<string>>;
const components = cycleComponents as (edges: Map<string, Set<string>>) => Map<string, number>;

describe('the folder graph', () => {
  it('reads every kind of relative import, type-only ones too, and nothing else', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type {\n  B,\n  C,\n} from '../b/c.ts';",
      "export * from '../d/e.ts';",
      "import './style.css';",
      "const lazy = import('../f/g.tsx');",
      "import { useState } from 'react';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.ts', '../b/c.ts', '../d/e.ts', './style.css', '../f/g.tsx']);
  });

  it('finds folders that import each other, through any number of folders', () => {
    const edges = graph(
      new Map([
        ['src/a/x.ts', "import { y } from '../b/y.ts';"],
        ['src/b/y.ts', "import { z } from '../c/z.ts';"],
        ['src/c/z.ts', "import type { X } from '../a/x.ts';"],
        ['src/d/w.ts', "import { x } from '../a/x.ts';"],
      ]),
    );
    const c = components(edges);
    expect(c.get('src/a')).toBe(c.get('src/c'));
    expect(c.get('src/b')).toBe(c.get('src/a'));
    expect(c.has('src/d')).toBe(false);
  });
});

describe('the rule in ESLint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'folder-cycles-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('src/state/view.js', "import { rows } from '../list/rows.js';\nexport const view = rows;\n");
  write('src/list/rows.js', "import { view } from '../state/view.js';\nexport const rows = view;\n");
  write('src/list/cells.js', "import { rows } from './rows.js';\nexport const cells = rows;\n");
  write('src/core/data.js', 'export const data = 1;\n');
  write('src/list/sort.js', "import { data } from '../core/data.js';\nexport const sort = data;\n");

  it('reports each import that closes a cycle, and only those', async () => {
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['src/**/*.js'],
          plugins: { local: { rules: { 'no-folder-cycles': rule as never } } },
          rules: { 'local/no-folder-cycles': ['error', { root: 'src' }] },
        },
      ],
    });
    const results = await eslint.lintFiles(['src']);
    const errors = results
      .flatMap((r) => r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}:${String(m.line)}`))
      .sort();
    expect(errors).toEqual(['src/list/rows.js:1', 'src/state/view.js:1']);
    const message = results.flatMap((r) => r.messages)[0]?.message ?? '';
    expect(message).toMatch(/must not import each other in a cycle/);
  });
});

describe('this project', () => {
  it('has no import cycles between the folders of src, beside the exceptions the lint config names', () => {
    const block = (config as { rules?: Record<string, unknown> }[]).find(
      (c) => c.rules?.['local/no-folder-cycles'] !== undefined,
    );
    const [, options] = block?.rules?.['local/no-folder-cycles'] as [string, { allow: [string, string][] }];
    const files = new Map<string, string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(e.name)) files.set(path, readFileSync(join(root, path), 'utf8'));
      }
    };
    walk('src');
    expect(files.size).toBeGreaterThan(200);
    expect([...components(graph(files, options.allow)).keys()]).toEqual([]);
  });
});
