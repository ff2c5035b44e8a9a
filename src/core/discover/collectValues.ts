import { identifierProblem } from '../cohort/anonymity.ts';
import { findIdentifier } from '../cohort/identifiers.ts';
import type { RowTarget, TargetOptions } from '../cohort/rows.ts';
import { PATHWAY_LIMITS } from '../pathway/pathwaySchema.ts';
import { fail, ok, problem, type Problem, type Result } from '../problems.ts';
import { valueKey } from './slugId.ts';

/** A distinct value of the log's service or concerns column. */
export interface SeenValue {
  /** Trimmed and lower case: values that differ only in case or surrounding spaces are one. */
  readonly key: string;
  /** The value as first written (trimmed). */
  readonly label: string;
  /** Rows that carry it. */
  readonly rows: number;
  readonly firstRow: number;
}

/** The distinct values of a log, in order of first appearance. */
export interface CollectedValues {
  readonly services: readonly SeenValue[];
  readonly concerns: readonly SeenValue[];
}

/** A cohort's service indices are 16-bit: the most distinct values one import can hold. */
export const MAX_DISTINCT_SERVICES = 0xffff;
/** Rows named in the message about empty service values. */
const ROWS_SHOWN = 10;

class Tally {
  readonly byKey = new Map<string, { key: string; label: string; rows: number; firstRow: number }>();
  /** Rows with a value beyond `limit` distinct ones are counted, not kept. */
  over = 0;
  constructor(readonly limit: number) {}
  add(raw: string, row: number): void {
    const key = valueKey(raw);
    const seen = this.byKey.get(key);
    if (seen) seen.rows++;
    else if (this.byKey.size < this.limit)
      this.byKey.set(key, { key, label: raw.trim(), rows: 1, firstRow: row });
    else this.over++;
  }
  get values(): SeenValue[] {
    return [...this.byKey.values()];
  }
}

/**
 * The first pass of discovery: a row target (see rows.ts) that takes rows from any reader — CSV, JSON,
 * XES — with no pathway, and keeps the distinct values of the `service` and `concerns` columns. It
 * checks only what the second pass (the normal import against a pathway made of these values) cannot
 * say well: empty service values (one message, not one per row listing thousands of services), more
 * distinct values than a cohort or a pathway can hold, and values that look identifying (they become
 * labels in the draft). Everything else — dates, activities, journey ids — the normal import checks.
 */
export class ValueCollector implements RowTarget<CollectedValues> {
  private readonly problems: Problem[] = [];
  private readonly file: string | undefined;
  private readonly maxProblems: number;
  private readonly labels: Readonly<Record<string, string>>;
  private readonly services = new Tally(MAX_DISTINCT_SERVICES);
  private readonly concerns = new Tally(PATHWAY_LIMITS.concerns + 1);
  private iService = -1;
  private iConcerns = -1;
  private fatal = false;
  private emptyRows = 0;
  private readonly emptyShown: number[] = [];

  constructor(opts: TargetOptions) {
    this.file = opts.file;
    this.maxProblems = Math.max(1, opts.maxProblems ?? 100);
    this.labels = opts.columnLabels ?? {};
  }

  get stopped(): boolean {
    return this.fatal || this.problems.length >= this.maxProblems;
  }

  addProblem(p: Problem): void {
    if (this.problems.length < this.maxProblems)
      this.problems.push(p.file === undefined && this.file !== undefined ? { ...p, file: this.file } : p);
  }

  addFatal(p: Problem): void {
    this.addProblem(p);
    this.fatal = true;
  }

  /** Every non-empty value names a service: discovery makes one of each. */
  resolveService(value: string): number {
    return value.trim() === '' ? -1 : 0;
  }

  serviceMessage(value: string): string {
    return `${JSON.stringify(value)} is empty; every event needs the service it happened at`;
  }

  begin(columns: readonly string[]): boolean {
    this.iService = columns.indexOf('service');
    this.iConcerns = columns.indexOf('concerns');
    // Without a service column there is nothing to collect: the normal import says what is missing.
    return this.iService >= 0;
  }

  push(row: number, cells: ArrayLike<string | undefined>): void {
    const service = cells[this.iService] ?? '';
    if (service.trim() === '') {
      this.emptyRows++;
      if (this.emptyShown.length < ROWS_SHOWN) this.emptyShown.push(row);
    } else this.services.add(service, row);
    const concerns = this.iConcerns >= 0 ? (cells[this.iConcerns] ?? '') : '';
    if (concerns.trim() === '') return;
    for (const part of concerns.split(/[;|]/)) if (part.trim() !== '') this.concerns.add(part, row);
  }

  private column(name: string): string {
    return this.labels[name] ?? name;
  }

  finish(): Result<CollectedValues> {
    const out = [...this.problems];
    const where = (row: number | undefined, column: string) => ({
      file: this.file,
      row,
      column: this.column(column),
    });
    if (this.emptyRows > 0) {
      const more = this.emptyRows > this.emptyShown.length ? ', …' : '';
      out.push(
        problem(
          'PL202',
          `${this.emptyRows.toLocaleString('en-GB')} ${this.emptyRows === 1 ? 'row has' : 'rows have'} no service value (${this.emptyRows === 1 ? 'row' : 'rows'} ${this.emptyShown.join(', ')}${more}); every event needs the service it happened at. Fill them in, or leave those rows out.`,
          where(this.emptyShown[0], 'service'),
        ),
      );
    }
    if (this.services.over > 0) {
      out.push(
        problem(
          'PL202',
          `has more than ${MAX_DISTINCT_SERVICES.toLocaleString('en-GB')} distinct values; a pathway's services are tens of teams or places. Check that this column names the service (team, ward, clinic or step) and not something that varies with every event, such as a time or an id.`,
          where(undefined, 'service'),
        ),
      );
    }
    if (this.concerns.over > 0 || this.concerns.byKey.size > PATHWAY_LIMITS.concerns) {
      out.push(
        problem(
          'PL202',
          `has more than ${PATHWAY_LIMITS.concerns} distinct concern codes; a pathway holds at most ${PATHWAY_LIMITS.concerns}. Check that this column holds concern codes separated by ; or |.`,
          where(undefined, 'concerns'),
        ),
      );
    }
    // The values become labels of the draft pathway: none may look like an identifier.
    for (const [name, tally] of [
      ['service', this.services],
      ['concerns', this.concerns],
    ] as const) {
      for (const v of tally.byKey.values()) {
        const hit = findIdentifier(v.label);
        if (hit) out.push(identifierProblem(hit, where(v.firstRow, name)));
      }
    }
    if (out.length > 0) return fail(out.slice(0, this.maxProblems + 1));
    return ok({ services: this.services.values, concerns: this.concerns.values });
  }
}
