import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';
import { expectSvgSnapshot, isCi } from './svgSnapshot.ts';

const name = `snapshot-guard-${String(process.pid)}`;
const stored = join(root, 'tests', 'output', `${name}.svg`);

afterEach(() => {
  for (const f of [stored, stored.replace(/\.svg$/, '-changed.svg')]) if (existsSync(f)) unlinkSync(f);
});

describe('figure snapshots cannot pass by accident', () => {
  it('fail under CI when the stored snapshot is missing, and write nothing', () => {
    expect(() => {
      expectSvgSnapshot(name, '<svg/>', { CI: 'true' });
    }).toThrow(/is missing/);
    expect(existsSync(stored)).toBe(false);
  });

  it('write a missing snapshot on a developer’s machine, then compare with it', () => {
    expectSvgSnapshot(name, '<svg width="1.23456"/>', {});
    expect(readFileSync(stored, 'utf8')).toBe('<svg width="1.2"/>');
    expect(() => {
      expectSvgSnapshot(name, '<svg width="9"/>', {});
    }).toThrow(/differs/);
    expect(existsSync(stored.replace(/\.svg$/, '-changed.svg'))).toBe(true);
  });

  it('read CI the way CI services set it', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({})).toBe(false);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '' })).toBe(false);
  });
});
