import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/cohort/decodeText.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { fixture, okValue, pathway, problemsOf } from './helpers.ts';

const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
};

describe('decodeText', () => {
  it('decodes UTF-8 with or without BOM, and UTF-16 with a BOM', () => {
    const text = fixture('same-events.csv');
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    expect(decodeText(utf16le(text).buffer)).toBe(text);
    const be = utf16le(text).slice();
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] ?? 0, be[i] ?? 0];
    expect(decodeText(be)).toBe(text);
    okValue(importCohort('c.csv', decodeText(utf16le(text)), pathway));
  });

  it('turns invalid UTF-8 into replacement characters, which the import refuses', () => {
    const bytes = new TextEncoder().encode('journey_id,date,service,activity\nA,2020-01-01,gp,contact\n');
    const latin1 = new Uint8Array([...bytes.slice(0, -1), 0x2c, 0xe9, 0x0a]);
    const p = problemsOf(importCohort('c.csv', decodeText(latin1), pathway));
    expect(p.map((x) => [x.code, x.row])).toEqual([['PL203', 2]]);
  });
});
