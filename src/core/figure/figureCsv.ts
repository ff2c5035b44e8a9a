import { csvCell } from '../csvCell.ts';
import type { DisclosedSummary } from '../disclosure/disclose.ts';
import type { Pathway } from '../pathway/types.ts';

const HEADER = [
  'kind',
  'service',
  'label',
  'level',
  'agency',
  'to_service',
  'to_label',
  'journeys',
  'moves',
  'missed_points',
  'on_pathway',
  'referrals',
  'within_target',
] as const;

/**
 * The figure's numbers as one table, disclosed as the figure shows them ("<5" stays "<5"): a `total`
 * row, one `service` row per service (with its level and agency), one `move` row per observed move,
 * one `target` row per service target (referrals, and those within the target), then `note` rows.
 * Every cell goes through `csvCell`, so labels cannot smuggle a spreadsheet formula.
 */
export function figureCsv(pathway: Pathway, d: DisclosedSummary, notes: readonly string[]): string {
  const label = (id: string) => pathway.services.find((s) => s.id === id)?.label ?? id;
  const level = (id: string) => {
    const l = pathway.services.find((s) => s.id === id)?.level;
    return pathway.levels.find((x) => x.id === l)?.label ?? l ?? '';
  };
  const rows: string[][] = [[...HEADER]];
  const row = (cells: Partial<Record<(typeof HEADER)[number], string>>) =>
    rows.push(HEADER.map((h) => cells[h] ?? ''));
  row({
    kind: 'total',
    label: 'All journeys',
    journeys: d.journeys.text,
    missed_points: d.missedPoints.text,
  });
  for (const s of d.services) {
    const svc = pathway.services.find((x) => x.id === s.id);
    row({
      kind: 'service',
      service: s.id,
      label: label(s.id),
      level: level(s.id),
      agency: svc?.agency ?? '',
      journeys: s.journeys.text,
      missed_points: s.missedPoints.text,
    });
  }
  for (const m of d.moves) {
    row({
      kind: 'move',
      service: m.from,
      label: label(m.from),
      to_service: m.to,
      to_label: label(m.to),
      journeys: m.journeys.text,
      moves: m.moves.text,
      on_pathway: m.onPathway ? 'yes' : 'no',
    });
  }
  for (const t of d.targets) {
    row({
      kind: 'target',
      service: t.service,
      label: `${label(t.service)}: ${t.label}`,
      referrals: t.referrals.text,
      within_target: t.withinTarget.text,
    });
  }
  for (const n of notes) row({ kind: 'note', label: n });
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
