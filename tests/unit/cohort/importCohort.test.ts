import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/core/cohort/detectFormat.ts';
import {
  createImportJob,
  DEFAULT_MAX_BYTES,
  importCohort,
  importCohortAsync,
} from '../../../src/core/cohort/importCohort.ts';
import { runImportJob } from '../../../src/core/cohort/importJob.ts';
import { validatePathway } from '../../../src/core/pathway/validatePathway.ts';
import { formatProblem } from '../../../src/core/problems.ts';
import { comparable, expectOneProblem, fixture, okValue, pathway, problemsOf, where } from './helpers.ts';

const CSV = fixture('same-events.csv');
const JSON_TEXT = fixture('same-events.json');
const XES = fixture('same-events.xes');

describe('detectFormat', () => {
  it('goes by extension first', () => {
    expect(detectFormat('cohort.CSV', '[]')).toEqual({ ok: true, value: 'csv' });
    expect(detectFormat('data/cohort.tsv', '')).toEqual({ ok: true, value: 'csv' });
    expect(detectFormat('cohort.json', 'a,b')).toEqual({ ok: true, value: 'json' });
    expect(detectFormat('log.xes', '')).toEqual({ ok: true, value: 'xes' });
    expect(detectFormat('log.xml', '')).toEqual({ ok: true, value: 'xes' });
  });

  it('sniffs the content when the extension says nothing', () => {
    expect(detectFormat('export', '\uFEFF  \n[{"a":1}]')).toEqual({ ok: true, value: 'json' });
    expect(detectFormat('export.dat', '<?xml version="1.0"?><log/>')).toEqual({ ok: true, value: 'xes' });
    expect(detectFormat('export', 'journey_id,date\n')).toEqual({ ok: true, value: 'csv' });
  });

  it('explains spreadsheets and compressed files', () => {
    expect(problemsOf(detectFormat('cohort.xlsx', ''))[0]?.message).toBe(
      'a .xlsx spreadsheet cannot be read directly; save it as CSV (UTF-8) and import that.',
    );
    expect(problemsOf(detectFormat('log.xes.gz', ''))[0]?.message).toMatch(/compressed \(\.gz\)/);
  });
});

describe('importCohort', () => {
  it('gives identical cohort arrays for the same events as CSV, JSON and XES', () => {
    const csv = okValue(importCohort('same-events.csv', CSV, pathway));
    const json = okValue(importCohort('same-events.json', JSON_TEXT, pathway));
    const xes = okValue(importCohort('same-events.xes', XES, pathway));
    expect([csv.format, json.format, xes.format]).toEqual(['csv', 'json', 'xes']);
    expect(comparable(json)).toEqual(comparable(csv));
    expect(comparable(xes)).toEqual(comparable(csv));
    expect(csv.file).toBe('same-events.csv');
  });

  it('dispatches by sniffing when there is no extension', () => {
    expect(okValue(importCohort('upload', JSON_TEXT, pathway)).format).toBe('json');
    expect(okValue(importCohort('upload', XES, pathway)).format).toBe('xes');
    expect(okValue(importCohort('upload', CSV, pathway)).format).toBe('csv');
  });

  it('refuses binary content: NUL bytes and invalid UTF-8', () => {
    const nul = expectOneProblem(
      problemsOf(importCohort('c.csv', 'journey_id\nA\u0000B', pathway)),
      2,
      undefined,
      'PL203',
    );
    expect(nul.message).toMatch(/NUL bytes, so it looks binary/);
    const zip = expectOneProblem(
      problemsOf(importCohort('upload', 'PK\u0003\u0004\u0000\u0000', pathway)),
      1,
      undefined,
      'PL203',
    );
    expect(zip.file).toBe('upload');
    const bad = expectOneProblem(
      problemsOf(importCohort('c.csv', `${CSV}C9,2020-01-01,gp,contact,,caf\uFFFD,\n`, pathway)),
      10,
      undefined,
      'PL203',
    );
    expect(bad.message).toMatch(/not valid UTF-8/);
  });

  it('enforces the size limit, stating it', () => {
    expect(DEFAULT_MAX_BYTES).toBe(200 * 1024 * 1024);
    const p = expectOneProblem(
      problemsOf(importCohort('big.csv', CSV, pathway, { maxBytes: 100 })),
      undefined,
      undefined,
      'PL204',
    );
    expect(p.message).toMatch(/^the file is 0\.0 MB; the limit is 0\.0 MB/);
    const q = expectOneProblem(
      problemsOf(importCohort('big.csv', CSV, pathway, { byteLength: 250 * 1024 * 1024 })),
      undefined,
      undefined,
      'PL204',
    );
    expect(q.message).toBe(
      'the file is 250 MB; the limit is 200 MB. Split the cohort or raise the limit (option maxBytes).',
    );
    // Multi-byte characters count as bytes: 40 × "é" is 80 bytes of UTF-8.
    const text = `journey_id,date,service,activity,note\nA,2020-01-01,gp,contact,${'é'.repeat(40)}\n`;
    expect(importCohort('c.csv', text, pathway, { maxBytes: text.length + 30 }).ok).toBe(false);
    expect(importCohort('c.csv', text, pathway, { maxBytes: text.length + 40 }).ok).toBe(true);
  });

  it('runs the anonymity guard in either mode, with the same findings', () => {
    const text = `${CSV}C04,2020-06-01,gp,contact,,11-13,DOB 12/03/2008\n`;
    const inPass = problemsOf(importCohort('c.csv', text, pathway));
    const separate = problemsOf(importCohort('c.csv', text, pathway, { anonymity: 'separate' }));
    expect(where(inPass)).toEqual(['10|note|PL300']);
    expect(separate).toEqual(inPass);
    expect(formatProblem(inPass[0] ?? separate[0]!)).toBe(
      'c.csv:10: note: looks like a date of birth (DOB **/**/****: a date next to "DOB", "born" or "date of birth"); a cohort must be anonymised: remove or replace it before import. [PL300]',
    );
    okValue(importCohort('c.csv', CSV, pathway, { anonymity: 'separate' }));
  });
});

describe('runImportJob / importCohortAsync (for a Web Worker)', () => {
  const big = () => {
    const rows = Array.from(
      { length: 30_000 },
      (_, i) => `J${i % 300},2020-01-${String((i % 28) + 1).padStart(2, '0')},gp,contact,anxiety`,
    );
    return `journey_id,date,service,activity,concerns\n${rows.join('\n')}\n`;
  };

  it('reports increasing progress, yields between slices and ends with the cohort', async () => {
    const progress: number[] = [];
    let yields = 0;
    const out = await importCohortAsync('big.csv', big(), pathway, {
      sliceMs: 0,
      stepBudget: 50_000,
      onProgress: (f) => progress.push(f),
      yieldControl: async () => {
        yields++;
        await Promise.resolve();
      },
    });
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.value.time).toHaveLength(30_000);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= (progress[i - 1] ?? 0))).toBe(true);
    expect(yields).toBe(progress.length - 1);
  });

  it('stops when asked to cancel', async () => {
    let slices = 0;
    const job = createImportJob('big.csv', big(), pathway);
    const out = await runImportJob(job, {
      sliceMs: 0,
      stepBudget: 50_000,
      onProgress: () => slices++,
      shouldCancel: () => slices >= 2,
    });
    expect(out).toEqual({ ok: false, cancelled: true, problems: [] });
    expect(job.progress).toBeLessThan(1);
  });

  it('passes problems through', async () => {
    const out = await importCohortAsync('x.json', '{}', pathway);
    if (out.ok) throw new Error('expected problems');
    expect(out.problems.map((p) => p.code)).toEqual(['PL203']);
  });
});

const coventry = fileURLToPath(new URL('../../../pathway-data/coventry/', import.meta.url));
const haveCoventry = ['pathway.json', 'cohort.csv', 'cohort.json', 'cohort.xes'].every((f) =>
  existsSync(coventry + f),
);

describe.skipIf(!haveCoventry)('the shipped Coventry cohort', () => {
  it('reads the same journeys from its CSV, JSON and XES', () => {
    const p = validatePathway(JSON.parse(readFileSync(`${coventry}pathway.json`, 'utf8')) as unknown);
    if (!p.ok) throw new Error(p.problems.map(formatProblem).join('\n'));
    const read = (f: string) => okValue(importCohort(f, readFileSync(coventry + f, 'utf8'), p.value));
    // Only the XES says it is synthetic (a log attribute); the CSV and JSON have no synthetic column.
    const same = (f: string) => ({ ...comparable(read(f)), synthetic: undefined });
    expect(same('cohort.json')).toEqual(same('cohort.csv'));
    expect(same('cohort.xes')).toEqual(same('cohort.csv'));
  });
});
