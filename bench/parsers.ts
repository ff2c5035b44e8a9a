/**
 * CSV parsers on the benchmark's file, raw parsing only (each row handed to a callback, nothing built), so
 * the importer's choice can be re-checked as the libraries change. Papa Parse's step mode is what the
 * importer uses; uDSV is faster but not robust enough for users' files (see the note printed below).
 */
import { dsvFormat } from 'd3-dsv';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time(runs: number, f: () => number): { ms: number; rows: number } {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const ts: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const t = performance.now();
    rows = f();
    ts.push(performance.now() - t);
  }
  return { ms: median(ts), rows };
}

export function parserBenchmark(csv: string, runs = 3): void {
  const cases: [string, () => number][] = [
    [
      'Papa Parse 5, step mode (the importer)',
      () => {
        let n = 0;
        Papa.parse<string[]>(csv, {
          delimiter: ',',
          fastMode: false,
          step: () => {
            n++;
          },
        });
        return n;
      },
    ],
    [
      'Papa Parse 5, chunk mode (256 KB)',
      () => {
        let n = 0;
        Papa.parse<string[]>(csv, {
          delimiter: ',',
          fastMode: false,
          chunkSize: 1 << 18,
          chunk: (r: Papa.ParseResult<string[]>) => {
            n += r.data.length;
          },
          complete: () => undefined,
        });
        return n;
      },
    ],
    [
      'uDSV 0.7, stringArrs with a callback',
      () => {
        let n = 0;
        initParser(inferSchema(csv.slice(0, 65536))).stringArrs(csv, () => {
          n++;
        });
        return n;
      },
    ],
    [
      'd3-dsv 3, parseRows with a callback',
      () => {
        let n = 0;
        dsvFormat(',').parseRows(csv, () => {
          n++;
          return null;
        });
        return n;
      },
    ],
  ];
  console.log(`\nCSV parsers, raw parse of the same text (median of ${runs}):`);
  for (const [name, f] of cases) {
    const r = time(runs, f);
    console.log(
      `  ${name.padEnd(42)} ${r.ms.toFixed(0).padStart(5)} ms  (${r.rows.toLocaleString('en-GB')} rows)`,
    );
  }
  console.log(
    '  uDSV is not used: it skips blank lines (so row numbers in messages would be wrong), joins a short row\n' +
      '  with the next one, collapses rows when line ends are mixed, and drops an unclosed quote silently\n' +
      '  (tests/unit/cohort/csvParserChoice.test.ts). d3-dsv reports no malformed quotes either.',
  );
}
