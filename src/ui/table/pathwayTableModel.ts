import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import type { DisclosedSummary } from '../../core/disclosure/disclose.ts';
import type { DisclosedCount } from '../../core/disclosure/suppressCount.ts';
import type { Pathway, Service } from '../../core/pathway/types.ts';
import { exactCount } from '../../core/format/counts.ts';

/**
 * The text alternative of the map and its overlay as plain tables: one model that the component renders
 * and that becomes tab-separated text for a report, so what is read, seen and copied always agree.
 */

/** A cell: text, a number, or null for "no value" (shown as a dash, copied as an empty cell). */
export type TableCell = string | number | null;

export interface TableColumn {
  readonly label: string;
  readonly numeric: boolean;
  /** Non-zero missed points get the missed-point mark, so they stand out as on the map. */
  readonly missed?: boolean;
  /** Left out of a printed page, which keeps the key columns (the service and its numbers). */
  readonly screenOnly?: boolean;
}

export interface TableSection {
  readonly id: 'services' | 'moves' | 'unused-routes' | 'routes' | 'targets';
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** The first cell of each row is its header (`th scope="row"`). */
  readonly rows: readonly (readonly TableCell[])[];
  /** Shown instead of an empty table. */
  readonly empty: string;
}

const text = (label: string): TableColumn => ({ label, numeric: false });
const num = (label: string): TableColumn => ({ label, numeric: true });

/** Services in map order: by level, then by their column in the lane, then file order. */
export function servicesInMapOrder(pathway: Pathway): Service[] {
  const level = new Map(pathway.levels.map((l, i) => [l.id as string, i]));
  return pathway.services
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        (level.get(a.s.level) ?? 99) - (level.get(b.s.level) ?? 99) ||
        (a.s.column ?? a.i) - (b.s.column ?? b.i) ||
        a.i - b.i,
    )
    .map(({ s }) => s);
}

/** "early-intervention" → "early intervention". */
function tagWords(tags: readonly string[]): string {
  return tags.map((t) => t.replace(/[-_]+/g, ' ')).join(', ');
}

/** The words every caption ends with: which cohort, and that it is synthetic when it is. */
export function cohortWords(cohortName: string | null, synthetic: boolean): string {
  const name = cohortName ? `cohort “${cohortName}”` : 'the loaded cohort';
  return synthetic ? `${name} (synthetic: invented journeys, not real children)` : name;
}

/**
 * The tables. With `disclosed` (the "publishable" switch), every count and median is what the board-paper
 * figure prints — "<5", "≥5", medians of fewer than 5 left out — so the tables and their copied text can
 * leave the screen as the figure does.
 */
export function pathwayTableSections(
  pathway: Pathway,
  summary: CohortSummary | null,
  synthetic: boolean,
  cohortName: string | null,
  disclosed: DisclosedSummary | null = null,
): TableSection[] {
  const shown = (raw: number, c: DisclosedCount | undefined): TableCell => {
    if (!disclosed || !c) return raw;
    return c.value !== null ? c.value : c.text;
  };
  const disclosedService = new Map(disclosed?.services.map((s) => [s.id, s]));
  const label = new Map(pathway.services.map((s) => [s.id as string, s.label]));
  const levelLabel = new Map(pathway.levels.map((l) => [l.id as string, l.label]));
  const name = (id: string) => label.get(id) ?? id;
  const services = servicesInMapOrder(pathway);
  const of = cohortWords(cohortName, synthetic);
  const sections: TableSection[] = [];

  sections.push({
    id: 'services',
    caption: summary
      ? `Services by level, with the journeys of ${of} that reached each and the missed early-intervention points there`
      : 'Services by level (no cohort loaded)',
    columns: [
      text('Service'),
      { ...text('Agency'), screenOnly: true },
      { ...text('Level'), screenOnly: true },
      { ...text('Tags'), screenOnly: true },
      ...(summary
        ? [num('Journeys'), { ...num('Missed points'), missed: true }, num('Median wait (days)')]
        : []),
    ],
    rows: services.map((s) => [
      s.label,
      s.agency,
      levelLabel.get(s.level) ?? s.level,
      tagWords(s.tags),
      ...(summary
        ? [
            shown(summary.serviceJourneys[s.id] ?? 0, disclosedService.get(s.id)?.journeys),
            shown(summary.missedPointsByService[s.id] ?? 0, disclosedService.get(s.id)?.missedPoints),
            disclosed
              ? (disclosedService.get(s.id)?.waitDays ?? null)
              : (summary.medianWaitDays[s.id] ?? null),
          ]
        : []),
    ]),
    empty: 'The pathway has no services.',
  });

  if (!summary) {
    sections.push({
      id: 'routes',
      caption: 'Routes of the pathway (no cohort loaded)',
      columns: [text('From'), text('To'), text('Arriving by')],
      rows: pathway.routes.map((r) => [name(r.from), name(r.to), r.activity ?? 'any activity']),
      empty: 'The pathway has no routes.',
    });
    return sections;
  }

  sections.push({
    id: 'moves',
    caption: `Moves between services made by the journeys of ${of}, most frequent first`,
    columns: [
      text('From'),
      text('To'),
      num('Journeys'),
      num('Moves'),
      text('On the pathway'),
      num('Median days'),
    ],
    rows: summary.transitions.map((t, k) => {
      const d = disclosed?.moves[k];
      return [
        name(t.from),
        name(t.to),
        shown(t.journeys, d?.journeys),
        shown(t.count, d?.moves),
        t.onPathway ? 'On pathway' : 'Off pathway',
        d ? d.medianDays : t.medianDays,
      ];
    }),
    empty: 'No journey moved between services.',
  });

  const taken = new Set(summary.transitions.filter((t) => t.onPathway).map((t) => `${t.from}>${t.to}`));
  const seen = new Set<string>();
  const unused = pathway.routes.filter((r) => {
    const key = `${r.from}>${r.to}`;
    if (taken.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  sections.push({
    id: 'unused-routes',
    caption: `Routes of the pathway that no journey of ${of} took`,
    columns: [text('From'), text('To'), text('Arriving by')],
    rows: unused.map((r) => [name(r.from), name(r.to), r.activity ?? 'any activity']),
    empty: 'Every route of the pathway was taken by at least one journey.',
  });

  if (summary.targets.length > 0) {
    sections.push({
      id: 'targets',
      caption: `Service targets met by the journeys of ${of}`,
      columns: [
        text('Service'),
        text('Target'),
        num('Referrals'),
        num('Within target'),
        num('Median days to assessment'),
      ],
      rows: summary.targets.map((t, k) => {
        const d = disclosed?.targets[k];
        return [
          name(t.service),
          t.label,
          shown(t.referrals, d?.referrals),
          shown(t.withinTarget, d?.withinTarget),
          // A median of fewer than 5 referrals is not shown in a publishable table.
          d && (d.referrals.suppressed || t.referrals < 5) ? null : t.medianDays,
        ];
      }),
      empty: 'No referrals to services with a target.',
    });
  }
  return sections;
}

/** A number as shown and copied: whole numbers grouped ("1,234"), others to one decimal, as on the map and paper. */
export function formatCell(cell: TableCell, grouped = true): string {
  if (cell === null) return '';
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? (grouped ? exactCount(cell) : String(cell)) : cell.toFixed(1);
  return cell;
}

/** One cell of tab-separated text: tabs and line breaks would split it, so they become spaces. */
function tsvCell(cell: TableCell): string {
  // Plain digits: a spreadsheet reads "1234" as a number in any locale.
  return formatCell(cell, false).replace(/[\t\r\n]+/g, ' ');
}

/**
 * Every table as tab-separated text, ready to paste into a spreadsheet or a report: a title line, then
 * per table its caption, its header row and its rows, with a blank line between tables.
 */
export function sectionsToTsv(title: string, sections: readonly TableSection[]): string {
  const lines: string[] = [tsvCell(title), ''];
  for (const s of sections) {
    lines.push(tsvCell(s.caption));
    lines.push(s.columns.map((c) => tsvCell(c.label)).join('\t'));
    if (s.rows.length === 0) lines.push(tsvCell(s.empty));
    for (const r of s.rows) lines.push(r.map(tsvCell).join('\t'));
    lines.push('');
  }
  return lines.join('\n');
}

/** The status after a copy: what went where, or how to copy by hand. */
export function copyStatus(outcome: 'copied' | 'selected', sections: readonly TableSection[]): string {
  const rows = sections.reduce((n, s) => n + s.rows.length, 0);
  const what = `${String(sections.length)} ${sections.length === 1 ? 'table' : 'tables'} (${String(rows)} rows)`;
  return outcome === 'copied'
    ? `Copied ${what} as tab-separated text. Paste it into a spreadsheet or a report.`
    : `Copying was not allowed here, so the text of ${what} is selected below: press Ctrl+C (⌘C on a Mac) to copy it.`;
}
