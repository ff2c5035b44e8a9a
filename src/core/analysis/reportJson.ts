import type { Cohort } from '../cohort/types.ts';
import type { Pathway } from '../pathway/types.ts';
import type { CohortAnalysis } from './analyseCohort.ts';
import { journeyReports, reportParameters } from './analysisReport.ts';
import { publishedSummary, summariseAnalysis } from './summariseAnalysis.ts';

/** `text` with every line but the first indented by `pad` (a nested value of a pretty-printed document). */
function nest(text: string, pad: string): string {
  return text.replace(/\n/g, `\n${pad}`);
}

/**
 * The command line's JSON document (CONTRACT §4) as pieces of text, journey by journey, so that a million
 * events never become one 100 MB string. Joined, the pieces are exactly `JSON.stringify(analysisReport(…))`
 * (compact) or `JSON.stringify(…, null, 2)` (pretty), followed by a newline.
 */
export function* analysisReportJson(
  cohort: Cohort,
  pathway: Pathway,
  analysis: CohortAnalysis,
  opts: { readonly pretty?: boolean | undefined } = {},
): Generator<string> {
  const pretty = opts.pretty ?? false;
  const json = (v: unknown) => (pretty ? JSON.stringify(v, null, 2) : JSON.stringify(v));
  const head = json({ pathway: pathway.id, parameters: reportParameters(analysis) });
  // The head's closing brace is dropped, and the document continues after its last member.
  yield head.slice(0, pretty ? -2 : -1);
  yield pretty ? ',\n  "journeys": [' : ',"journeys":[';
  let first = true;
  for (const j of journeyReports(cohort, pathway, analysis)) {
    const sep = first ? '' : ',';
    first = false;
    yield pretty ? `${sep}\n    ${nest(JSON.stringify(j, null, 2), '    ')}` : sep + JSON.stringify(j);
  }
  if (pretty) yield first ? ']' : '\n  ]';
  else yield ']';
  const summary = json(publishedSummary(summariseAnalysis(cohort, pathway, analysis)));
  yield pretty ? `,\n  "summary": ${nest(summary, '  ')}\n}\n` : `,"summary":${summary}}\n`;
}
