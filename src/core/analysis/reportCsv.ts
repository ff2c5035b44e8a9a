import { csvCell } from '../csvCell.ts';
import type { JourneyReport } from './analysisReport.ts';

const HEADER = [
  'journey_id',
  'events',
  'reached_crisis',
  'lead_time_days',
  'missed_points',
  'missed_services',
  'off_pathway_moves',
].join(',');

/**
 * `analyse --format csv`: one line per journey, written as the journeys come (header first). Cells are
 * safe against spreadsheet formula injection.
 */
export function* reportCsvLines(journeys: Iterable<JourneyReport>): Generator<string> {
  yield `${HEADER}\n`;
  for (const j of journeys) {
    yield `${[
      j.id,
      j.events,
      j.reachedCrisis ? 'yes' : 'no',
      j.leadTimeDays ?? '',
      j.missedPoints.length,
      [...new Set(j.missedPoints.map((m) => m.service))].join(';'),
      j.offPathway.length,
    ]
      .map(csvCell)
      .join(',')}\n`;
  }
}
