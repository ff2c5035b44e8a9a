import { activities, type JourneyId, type Pathway } from '../pathway/types.ts';
import { fail, ok, problem, type Problem, type ProblemCode, type Result } from '../problems.ts';
import {
  findIdentifier,
  identifierProblem,
  identifyingColumnProblem,
  identifyingColumnReason,
  KIND_LABEL,
} from './anonymity.ts';
import { parseIsoDate } from './parseIsoDate.ts';
import type { CohortFormat, RowTarget, TargetFactory, TargetOptions } from './rows.ts';
import { NO_VALUE, type AttributeColumn, type Cohort } from './types.ts';

export type BuildOptions = TargetOptions;

/** Columns with a meaning of their own; every other column is an attribute. */
const RESERVED = [
  'journey_id',
  'date',
  'day',
  'service',
  'activity',
  'concerns',
  'note',
  'synthetic',
] as const;
type Reserved = (typeof RESERVED)[number];
const REQUIRED_HINT = 'required: journey_id, date or day, service, activity';
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '']);
const CACHE_LIMIT = 100_000;
/**
 * Every column but the reserved ones costs 4 bytes per event, so a hostile header of 200,000 columns (a
 * 1.4 MB file) used to take 19 GB. Three guards keep memory in proportion: at most MAX_COLUMNS columns;
 * attribute arrays that grow with the rows read (not with the size estimate from the file's length);
 * and at most MAX_ATTRIBUTE_CELLS attribute cells (columns × rows, 512 MB), which real cohorts — a few
 * attributes, at most a few million rows — stay far below.
 */
const MAX_COLUMNS = 1000;
const MAX_ATTRIBUTE_CELLS = 1 << 27;
const ATTRIBUTE_INITIAL_ROWS = 64;
/** After this many distinct times, keep caching only if each is used twice on average. */
const TIME_CACHE_PROBE = 20_000;
const INVALID = -1;

interface AttrState {
  readonly name: string;
  readonly col: number;
  readonly unnamed: boolean;
  readonly index: Map<string, number>;
  readonly values: string[];
  codes: Uint32Array;
  /** The previous row's value and code (attributes are often constant along a journey). */
  prev: string;
  prevCode: number;
}

function trimCell(v: string | undefined): string {
  if (v === undefined || v.length === 0) return '';
  return v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 ? v.trim() : v;
}

/**
 * The one validator: takes rows from any reader (see rows.ts) and builds the columnar `Cohort`, collecting
 * every problem (up to `maxProblems`, then one PL205). Strings are interned through Maps and values are
 * written straight into growable typed arrays, so a million rows need no per-row objects.
 *
 * Rules (CONTRACT §2): required columns journey_id, date or day, service, activity; `service` is a
 * service id or label of the pathway, `activity` one of the activities, `concerns` concern ids separated
 * by `;` or `|` (all case-insensitive); `date` is a strict ISO 8601 date or date-time (zone optional, UTC
 * when absent), `day` an integer (may be negative). `note` becomes the notes map, `synthetic` marks the
 * cohort synthetic when every row says true/yes, every other column is an attribute (journey-scoped when
 * constant within each journey). Journeys keep their order of first appearance; events within a journey
 * are sorted by time, ties keeping file order.
 */
export class CohortBuilder implements RowTarget<Cohort> {
  private readonly pathway: Pathway;
  private readonly file: string | undefined;
  private readonly format: CohortFormat;
  private readonly maxProblems: number;
  private readonly scan: boolean;
  private readonly labels: Readonly<Record<string, string>>;
  private readonly optSynthetic: boolean;

  private readonly problems: Problem[] = [];
  private full = false;
  private fatal = false;
  private begun = false;
  private headerRow = 1;

  private ncols = 0;
  private iJourney = -1;
  private iDate = -1;
  private iDay = -1;
  private iService = -1;
  private iActivity = -1;
  private iConcerns = -1;
  private iNote = -1;
  private iSynthetic = -1;
  private attrs: AttrState[] = [];

  private readonly serviceByKey = new Map<string, number>();
  private readonly serviceCache = new Map<string, number>();
  private readonly activityCache = new Map<string, number>();
  private readonly concernByKey = new Map<string, number>();
  private readonly concernCache = new Map<string, Uint16Array | string[]>();
  private readonly timeCache = new Map<string, number>();
  private cacheTimes = true;
  private readonly journeyIndex = new Map<string, number>();
  private readonly journeyIds: string[] = [];
  private prevJourneyId = '';
  private prevJourney = 0;

  private n = 0;
  private cap: number;
  private evJourney: Int32Array;
  private evTime: Float64Array;
  private evService: Uint16Array;
  private evActivity: Uint8Array;
  private evRow: Int32Array;
  private cStart: Int32Array;
  private cCodes: Uint16Array;
  private cN = 0;
  private readonly noteAt: number[] = [];
  private readonly noteText: string[] = [];
  private syntheticAll = true;

  constructor(pathway: Pathway, opts: BuildOptions) {
    this.pathway = pathway;
    this.file = opts.file;
    this.format = opts.format;
    this.maxProblems = Math.max(1, opts.maxProblems ?? 100);
    this.scan = opts.anonymity ?? true;
    this.labels = opts.columnLabels ?? {};
    this.optSynthetic = opts.synthetic ?? false;
    const cap = Math.max(64, Math.min(opts.expectedRows ?? 1024, 1 << 24));
    this.cap = cap;
    this.evJourney = new Int32Array(cap);
    this.evTime = new Float64Array(cap);
    this.evService = new Uint16Array(cap);
    this.evActivity = new Uint8Array(cap);
    this.evRow = new Int32Array(cap);
    this.cStart = new Int32Array(cap + 1);
    this.cCodes = new Uint16Array(Math.max(64, cap >> 1));
    // Labels first, so that an id always wins over another service's label.
    pathway.services.forEach((s, i) => this.serviceByKey.set(s.label.trim().toLowerCase(), i));
    pathway.services.forEach((s, i) => this.serviceByKey.set(s.id.toLowerCase(), i));
    // Concern labels are accepted too (a discovered pathway's concerns are labelled with the log's own
    // values), ids again winning over labels.
    pathway.concerns.forEach((c, i) => this.concernByKey.set(c.label.trim().toLowerCase(), i));
    pathway.concerns.forEach((c, i) => this.concernByKey.set(c.id.toLowerCase(), i));
  }

  /** True once more rows cannot change the outcome (a fatal header problem, or the problem cap reached). */
  get stopped(): boolean {
    return this.fatal || this.full;
  }

  /** Number of events pushed so far. */
  get rowCount(): number {
    return this.n;
  }

  /** Records a problem found by a reader (counted against maxProblems). */
  addProblem(p: Problem): void {
    if (this.full) return;
    if (this.problems.length >= this.maxProblems) {
      this.full = true;
      this.problems.push(
        problem(
          'PL205',
          `stopped after ${this.maxProblems} problems; fix these and import again to see any others.`,
          {
            file: this.file,
          },
        ),
      );
      return;
    }
    this.problems.push(p.file === undefined && this.file !== undefined ? { ...p, file: this.file } : p);
  }

  /** Marks the import as failed for good (e.g. unreadable input); rows are ignored from now on. */
  addFatal(p: Problem): void {
    this.addProblem(p);
    this.fatal = true;
  }

  private report(code: ProblemCode, message: string, row: number | undefined, column?: string): void {
    this.addProblem(problem(code, message, { file: this.file, row, column: column && this.label(column) }));
  }

  private label(column: string): string {
    return this.labels[column] ?? column;
  }

  /** A value quoted for a message: shortened, and masked if it looks identifying. */
  private show(value: string): string {
    const hit = findIdentifier(value);
    if (hit) return `"${hit.masked}" (masked: it looks like ${KIND_LABEL[hit.kind]})`;
    const v = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(v);
  }

  /** The index of a service given by id or label (case-insensitive), or -1. */
  resolveService(value: string): number {
    const cached = this.serviceCache.get(value);
    if (cached !== undefined) return cached;
    const i = this.serviceByKey.get(value.trim().toLowerCase()) ?? INVALID;
    if (this.serviceCache.size < CACHE_LIMIT) this.serviceCache.set(value, i);
    return i;
  }

  /** `"x" is not a service of pathway p; allowed: …` — shared with readers that resolve services themselves. */
  serviceMessage(value: string): string {
    const ids = this.pathway.services.map((s) => s.id).join(', ');
    return `${this.show(value)} is not a service of pathway ${this.pathway.id}; allowed: ${ids} (service labels are accepted too).`;
  }

  begin(columns: readonly string[], headerRow = 1): boolean {
    if (this.begun) throw new Error('CohortBuilder.begin called twice');
    this.begun = true;
    this.headerRow = headerRow;
    this.ncols = columns.length;
    if (columns.length > MAX_COLUMNS) {
      this.report(
        'PL202',
        `the file has ${columns.length.toLocaleString('en-GB')} columns; at most ${MAX_COLUMNS.toLocaleString('en-GB')} are allowed (${REQUIRED_HINT}, plus attributes such as age_band). Remove the columns the analysis does not need${this.format === 'csv' ? ', or check the delimiter' : ''}.`,
        headerRow,
      );
      this.fatal = true;
      return false;
    }
    const seen = new Map<string, number>();
    const at = (name: Reserved) => seen.get(name) ?? -1;
    columns.forEach((raw, i) => {
      const name = raw === '' ? `column_${i + 1}` : raw;
      const first = seen.get(name);
      if (first !== undefined) {
        this.report(
          'PL202',
          `the column appears twice (columns ${first + 1} and ${i + 1}); column names are compared ignoring case and surrounding spaces.`,
          headerRow,
          name,
        );
        return;
      }
      seen.set(name, i);
      if ((RESERVED as readonly string[]).includes(name)) return;
      this.attrs.push({
        name,
        col: i,
        unnamed: raw === '',
        index: new Map(),
        values: [],
        codes: new Uint32Array(Math.min(this.cap, ATTRIBUTE_INITIAL_ROWS)),
        prev: '',
        prevCode: 0,
      });
      if (this.scan && raw !== '') {
        const reason = identifyingColumnReason(name);
        if (reason)
          this.addProblem(
            identifyingColumnProblem(this.label(name), reason, { file: this.file, row: headerRow }),
          );
      }
    });
    this.iJourney = at('journey_id');
    this.iDate = at('date');
    this.iDay = at('day');
    this.iService = at('service');
    this.iActivity = at('activity');
    this.iConcerns = at('concerns');
    this.iNote = at('note');
    this.iSynthetic = at('synthetic');
    for (const name of ['journey_id', 'service', 'activity'] as const) {
      if (at(name) < 0) {
        this.report(
          'PL201',
          `the column "${this.label(name)}" is missing; ${REQUIRED_HINT}.`,
          headerRow,
          this.label(name),
        );
        this.fatal = true;
      }
    }
    if (this.iDate < 0 && this.iDay < 0) {
      this.report(
        'PL201',
        `the file needs a "date" column (ISO 8601 dates) or a "day" column (integer day offsets); ${REQUIRED_HINT}.`,
        headerRow,
        this.label('date'),
      );
      this.fatal = true;
    } else if (this.iDate >= 0 && this.iDay >= 0) {
      this.report(
        'PL202',
        'the file has both a "date" and a "day" column; keep one of them (date: ISO 8601 dates; day: integer day offsets).',
        headerRow,
        'day',
      );
      this.fatal = true;
    }
    return !this.stopped;
  }

  private grow(need: number): void {
    let cap = this.cap;
    while (cap < need) cap *= 2;
    const g = <T extends Int32Array | Float64Array | Uint16Array | Uint8Array | Uint32Array>(
      a: T,
      make: (n: number) => T,
      n: number,
    ): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.evJourney = g(this.evJourney, (k) => new Int32Array(k), cap);
    this.evTime = g(this.evTime, (k) => new Float64Array(k), cap);
    this.evService = g(this.evService, (k) => new Uint16Array(k), cap);
    this.evActivity = g(this.evActivity, (k) => new Uint8Array(k), cap);
    this.evRow = g(this.evRow, (k) => new Int32Array(k), cap);
    this.cStart = g(this.cStart, (k) => new Int32Array(k), cap + 1);
    this.cap = cap;
  }

  /** Attribute arrays grow with the rows read, doubling (all attributes have the same length). */
  private growAttributes(need: number): void {
    for (const a of this.attrs) {
      let len = Math.max(1, a.codes.length);
      while (len < need) len *= 2;
      const b = new Uint32Array(len);
      b.set(a.codes);
      a.codes = b;
    }
  }

  private parseTime(v: string, row: number): number {
    // A plain date (2020-03-14) parses faster than a cache lookup of its text; longer date-times are cached.
    if (v.length === 10 && this.iDate >= 0) {
      const d = parseIsoDate(v) ?? NaN;
      if (Number.isNaN(d)) this.timeProblem(v, row);
      return d;
    }
    if (this.cacheTimes) {
      const cached = this.timeCache.get(v);
      if (cached !== undefined) {
        if (Number.isNaN(cached)) this.timeProblem(v, row);
        return cached;
      }
    }
    let t: number;
    if (this.iDate >= 0) {
      t = parseIsoDate(v) ?? NaN;
    } else {
      t = /^[+-]?\d{1,9}$/.test(v) ? Number(v) : NaN;
    }
    if (this.cacheTimes) {
      // Dates repeat a lot; time stamps with seconds hardly ever. Stop caching when it does not pay.
      if (this.timeCache.size >= TIME_CACHE_PROBE && this.timeCache.size * 2 > this.n) {
        this.cacheTimes = false;
        this.timeCache.clear();
      } else {
        if (this.timeCache.size >= CACHE_LIMIT) this.timeCache.clear();
        this.timeCache.set(v, t);
      }
    }
    if (Number.isNaN(t)) this.timeProblem(v, row);
    return t;
  }

  private timeProblem(v: string, row: number): void {
    if (this.iDate >= 0) {
      const looksLikeDate = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(v);
      const why = looksLikeDate ? 'is not a real calendar date or time' : 'is not an ISO 8601 date';
      this.report(
        'PL202',
        `${this.show(v)} ${why}; allowed: a date such as 2020-03-14 or a date-time such as 2020-03-14T09:30:00+01:00 (zone optional, UTC when absent).`,
        row,
        'date',
      );
    } else {
      this.report(
        'PL202',
        `${this.show(v)} is not a whole number of days; allowed: an integer day offset such as 0, 14 or -30.`,
        row,
        'day',
      );
    }
  }

  private resolveActivity(v: string): number {
    const cached = this.activityCache.get(v);
    if (cached !== undefined) return cached;
    const key = v
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const i = (activities as readonly string[]).indexOf(key);
    if (this.activityCache.size < CACHE_LIMIT) this.activityCache.set(v, i);
    return i;
  }

  private resolveConcerns(v: string): Uint16Array | string[] {
    const cached = this.concernCache.get(v);
    if (cached) return cached;
    const codes: number[] = [];
    const unknown: string[] = [];
    for (const part of v.split(/[;|]/)) {
      const key = part.trim().toLowerCase();
      if (key === '') continue;
      const i = this.concernByKey.get(key);
      if (i === undefined) unknown.push(part.trim());
      else if (!codes.includes(i)) codes.push(i);
    }
    const out = unknown.length > 0 ? unknown : Uint16Array.from(codes);
    if (this.concernCache.size < CACHE_LIMIT) this.concernCache.set(v, out);
    return out;
  }

  push(row: number, cells: ArrayLike<string | undefined>, count = cells.length): void {
    if (this.stopped) return;
    if (!this.begun) throw new Error('CohortBuilder.push called before begin');
    const e = this.n;
    if (e + 1 >= this.cap) this.grow(e + 2);
    const attrCount = this.attrs.length;
    if (attrCount > 0 && (e + 1) * attrCount > MAX_ATTRIBUTE_CELLS) {
      this.addFatal(
        problem(
          'PL204',
          `with ${attrCount.toLocaleString('en-GB')} attribute columns, at most ${Math.floor(MAX_ATTRIBUTE_CELLS / attrCount).toLocaleString('en-GB')} rows fit (the limit is ${MAX_ATTRIBUTE_CELLS.toLocaleString('en-GB')} attribute cells); remove the columns the analysis does not need, or split the cohort.`,
          { file: this.file, row },
        ),
      );
      return;
    }
    if (attrCount > 0 && e >= (this.attrs[0]?.codes.length ?? 0)) this.growAttributes(e + 1);

    if (count > this.ncols) {
      for (let i = this.ncols; i < count; i++) {
        if (trimCell(cells[i]) !== '') {
          this.report(
            'PL202',
            `the row has ${count} cells but the header has ${this.ncols} columns; quote cells that contain the delimiter.`,
            row,
          );
          break;
        }
      }
    }

    // journey (rows of a journey are usually together: compare with the previous row first)
    const jid = trimCell(cells[this.iJourney]);
    let j = this.prevJourney;
    if (jid === '') {
      this.report(
        'PL202',
        'is empty; every row needs a journey id (a pseudonym such as C01).',
        row,
        'journey_id',
      );
      j = 0;
    } else if (jid !== this.prevJourneyId) {
      {
        const known = this.journeyIndex.get(jid);
        if (known !== undefined) j = known;
        else {
          j = this.journeyIds.length;
          this.journeyIds.push(jid);
          this.journeyIndex.set(jid, j);
          if (this.scan) {
            const hit = findIdentifier(jid);
            if (hit)
              this.addProblem(
                identifierProblem(hit, { file: this.file, row, column: this.label('journey_id') }),
              );
          }
        }
        this.prevJourneyId = jid;
        this.prevJourney = j;
      }
    }

    // time
    const tcol = this.iDate >= 0 ? this.iDate : this.iDay;
    const tv = trimCell(cells[tcol]);
    let t = 0;
    if (tv === '') {
      const what =
        this.iDate >= 0
          ? 'an ISO 8601 date (2020-03-14) or date-time (2020-03-14T09:30:00Z)'
          : 'an integer day offset (e.g. 0, 14 or -30)';
      this.report('PL202', `is empty; give ${what}.`, row, this.iDate >= 0 ? 'date' : 'day');
    } else {
      t = this.parseTime(tv, row);
    }

    // service
    const sv = trimCell(cells[this.iService]);
    let s = this.resolveService(sv);
    if (s < 0) {
      this.report(
        'PL202',
        sv === '' ? `is empty; ${this.allowedServices()}` : this.serviceMessage(sv),
        row,
        'service',
      );
      s = 0;
    }

    // activity
    const av = trimCell(cells[this.iActivity]);
    let a = this.resolveActivity(av);
    if (a < 0) {
      const what = av === '' ? 'is empty' : `${this.show(av)} is not an activity`;
      this.report('PL202', `${what}; allowed: ${activities.join(', ')}.`, row, 'activity');
      a = 0;
    }

    // concerns
    const cs = this.cStart;
    cs[e] = this.cN;
    if (this.iConcerns >= 0) {
      const cv = trimCell(cells[this.iConcerns]);
      if (cv !== '') {
        const codes = this.resolveConcerns(cv);
        if (codes instanceof Uint16Array) {
          if (codes.length > 0) {
            if (this.cN + codes.length > this.cCodes.length) {
              const b = new Uint16Array(Math.max(this.cCodes.length * 2, this.cN + codes.length));
              b.set(this.cCodes);
              this.cCodes = b;
            }
            const cc = this.cCodes;
            let k = this.cN;
            for (let i = 0; i < codes.length; i++) cc[k++] = codes[i] ?? 0;
            this.cN = k;
          }
        } else {
          const allowed = this.pathway.concerns.map((c) => c.id).join(', ');
          // At most ten codes named, so that a hostile cell of a million codes makes a short message.
          const distinct = [...new Set(codes)];
          const more = distinct.length > 10 ? ` and ${distinct.length - 10} more` : '';
          const list = `${distinct
            .slice(0, 10)
            .map((c) => this.show(c))
            .join(', ')}${more}`;
          const verb = distinct.length === 1 ? 'is not a concern code' : 'are not concern codes';
          this.report(
            'PL202',
            `${list} ${verb} of pathway ${this.pathway.id}; allowed: ${allowed} (separate several with ; or |).`,
            row,
            'concerns',
          );
        }
      }
    }
    cs[e + 1] = this.cN;

    // note
    if (this.iNote >= 0) {
      const note = trimCell(cells[this.iNote]);
      if (note !== '') {
        this.noteAt.push(e);
        this.noteText.push(note);
        if (this.scan) {
          const hit = findIdentifier(note);
          if (hit)
            this.addProblem(identifierProblem(hit, { file: this.file, row, column: this.label('note') }));
        }
      }
    }

    // synthetic
    if (this.iSynthetic >= 0) {
      const raw = trimCell(cells[this.iSynthetic]);
      const yes = raw.toLowerCase();
      if (!TRUE_WORDS.has(yes)) {
        this.syntheticAll = false;
        if (!FALSE_WORDS.has(yes)) {
          this.report(
            'PL202',
            `${this.show(raw)} is not allowed; allowed: true, yes, false, no (or empty).`,
            row,
            'synthetic',
          );
        }
      }
    }

    // attributes
    for (const at of this.attrs) {
      const v = trimCell(cells[at.col]);
      if (v === '') {
        at.codes[e] = NO_VALUE;
        continue;
      }
      if (v === at.prev) {
        at.codes[e] = at.prevCode;
        continue;
      }
      let code = at.index.get(v);
      if (code === undefined) {
        code = at.values.length;
        at.values.push(v);
        at.index.set(v, code);
        if (this.scan) {
          const hit = findIdentifier(v);
          // Reported once per distinct value, at its first row (as checkAnonymity does).
          if (hit)
            this.addProblem(identifierProblem(hit, { file: this.file, row, column: this.label(at.name) }));
        }
      }
      at.codes[e] = code;
      at.prev = v;
      at.prevCode = code;
    }

    this.evJourney[e] = j;
    this.evTime[e] = t;
    this.evService[e] = s;
    this.evActivity[e] = a;
    this.evRow[e] = row;
    this.n = e + 1;
  }

  private allowedServices(): string {
    return `allowed: ${this.pathway.services.map((s) => s.id).join(', ')} (service labels are accepted too).`;
  }

  finish(): Result<Cohort> {
    if (!this.begun && this.problems.length === 0) {
      this.report(
        'PL200',
        'the file is empty; a cohort needs a header row and at least one event row.',
        undefined,
      );
    }
    if (this.problems.length > 0) return fail(this.problems);
    const n = this.n;
    if (n === 0) {
      return fail([
        problem('PL200', 'the file has a header but no event rows; add one row per event.', {
          file: this.file,
          row: this.headerRow,
        }),
      ]);
    }

    // Group by journey (order of first appearance), then a stable sort by time within each journey.
    const J = this.journeyIds.length;
    const start = new Int32Array(J + 1);
    const evJ = this.evJourney;
    for (let e = 0; e < n; e++) {
      const k = (evJ[e] ?? 0) + 1;
      start[k] = (start[k] ?? 0) + 1;
    }
    for (let j = 0; j < J; j++) start[j + 1] = (start[j + 1] ?? 0) + (start[j] ?? 0);
    const next = start.slice(0, J);
    const perm = new Int32Array(n);
    for (let e = 0; e < n; e++) {
      const j = evJ[e] ?? 0;
      const k = next[j] ?? 0;
      perm[k] = e;
      next[j] = k + 1;
    }
    const time = this.evTime;
    for (let j = 0; j < J; j++) {
      const a = start[j] ?? 0;
      const b = start[j + 1] ?? 0;
      let sorted = true;
      for (let k = a + 1; k < b; k++) {
        if ((time[perm[k] ?? 0] ?? 0) < (time[perm[k - 1] ?? 0] ?? 0)) {
          sorted = false;
          break;
        }
      }
      if (!sorted) perm.subarray(a, b).sort((x, y) => (time[x] ?? 0) - (time[y] ?? 0) || x - y);
    }
    let identity = true;
    for (let e = 0; e < n; e++) {
      if (perm[e] !== e) {
        identity = false;
        break;
      }
    }

    const take = <T extends Float64Array | Int32Array | Uint16Array | Uint8Array | Uint32Array>(
      src: T,
      out: T,
    ): T => {
      if (identity) {
        out.set(src.subarray(0, n));
      } else {
        for (let e = 0; e < n; e++) out[e] = src[perm[e] ?? 0] ?? 0;
      }
      return out;
    };
    const outTime = take(this.evTime, new Float64Array(n));
    const outService = take(this.evService, new Uint16Array(n));
    const outActivity = take(this.evActivity, new Uint8Array(n));
    const outRow = take(this.evRow, new Int32Array(n));

    const concernStart = new Int32Array(n + 1);
    let concernCodes: Uint16Array;
    if (identity) {
      concernStart.set(this.cStart.subarray(0, n + 1));
      concernCodes = this.cCodes.slice(0, this.cN);
    } else {
      concernCodes = new Uint16Array(this.cN);
      let c = 0;
      for (let e = 0; e < n; e++) {
        const src = perm[e] ?? 0;
        concernStart[e] = c;
        const from = this.cStart[src] ?? 0;
        const to = this.cStart[src + 1] ?? 0;
        for (let k = from; k < to; k++) concernCodes[c++] = this.cCodes[k] ?? 0;
      }
      concernStart[n] = c;
    }

    // Notes keyed by the new event index, in event order.
    const notes = new Map<number, string>();
    if (identity) {
      this.noteAt.forEach((e, i) => notes.set(e, this.noteText[i] ?? ''));
    } else if (this.noteAt.length > 0) {
      const noteOf = new Int32Array(n).fill(-1);
      this.noteAt.forEach((e, i) => (noteOf[e] = i));
      for (let e = 0; e < n; e++) {
        const i = noteOf[perm[e] ?? 0] ?? -1;
        if (i >= 0) notes.set(e, this.noteText[i] ?? '');
      }
    }

    const attributes: AttributeColumn[] = [];
    for (const at of this.attrs) {
      if (at.unnamed && at.values.length === 0) continue; // an empty unnamed column (e.g. a trailing delimiter)
      const codes = take(at.codes, new Uint32Array(n));
      let journeyScope = true;
      for (let j = 0; j < J && journeyScope; j++) {
        const a = start[j] ?? 0;
        const first = codes[a];
        for (let k = a + 1; k < (start[j + 1] ?? 0); k++) {
          if (codes[k] !== first) {
            journeyScope = false;
            break;
          }
        }
      }
      attributes.push({ name: at.name, scope: journeyScope ? 'journey' : 'event', values: at.values, codes });
    }

    return ok({
      file: this.file ?? '',
      format: this.format,
      timeBase: this.iDate >= 0 ? 'calendar' : 'offset',
      synthetic: this.optSynthetic || (this.iSynthetic >= 0 && this.syntheticAll),
      journeyIds: this.journeyIds as JourneyId[],
      journeyStart: start,
      time: outTime,
      service: outService,
      activity: outActivity,
      concernStart,
      concernCodes,
      row: outRow,
      notes,
      attributes,
    });
  }
}

/** The target that validates rows against `pathway` into a cohort: what every import reads into. */
export function cohortTarget(pathway: Pathway): TargetFactory<Cohort> {
  return (opts) => new CohortBuilder(pathway, opts);
}
