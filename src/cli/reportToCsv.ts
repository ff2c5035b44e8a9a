import type { AnalysisReport } from '../core/analysis/analysisReport.ts';
import { csvCell } from '../core/csvCell.ts';

/** The per-journey table of `analyse --format csv`. Cells are safe against spreadsheet formula injection. */
export function reportToCsv(report: AnalysisReport): string {
  const header = [
    'journey_id',
    'events',
    'reached_crisis',
    'lead_time_days',
    'missed_points',
    'missed_services',
    'off_pathway_moves',
  ];
  const lines = [header.join(',')];
  for (const j of report.journeys) {
    lines.push(
      [
        j.id,
        j.events,
        j.reachedCrisis ? 'yes' : 'no',
        j.leadTimeDays ?? '',
        j.missedPoints.length,
        [...new Set(j.missedPoints.map((m) => m.service))].join(';'),
        j.offPathway.length,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
