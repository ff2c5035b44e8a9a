import type { RuleParameters } from './parameters.ts';
import type { Cohort } from '../cohort/types.ts';
import type { Pathway } from '../pathway/types.ts';
import { MOVE_OFF } from '../replay/moveKinds.ts';
import type { CohortAnalysis } from './analyseCohort.ts';
import { publishedSummary, summariseAnalysis, type CohortSummary } from './summariseAnalysis.ts';

export interface JourneyReport {
  readonly id: string;
  readonly events: number;
  readonly reachedCrisis: boolean;
  readonly leadTimeDays: number | null;
  readonly missedPoints: { row: number; service: string; concerns: string[] }[];
  readonly offPathway: { row: number; from: string; to: string }[];
}

/** The command line's JSON document (CONTRACT §4). */
export interface AnalysisReport {
  readonly pathway: string;
  /**
   * W and H in days (CONTRACT §4); when one was given in hours, also in hours (`windowHours: 6` beside
   * `windowDays: 0.25`), so that scripts reading days keep working and the hours are not lost to rounding.
   */
  readonly parameters: ReportParameters;
  readonly journeys: JourneyReport[];
  readonly summary: CohortSummary;
}

export function concernsOf(cohort: Cohort, pathway: Pathway, e: number): string[] {
  const out: string[] = [];
  for (let k = cohort.concernStart[e] as number; k < (cohort.concernStart[e + 1] as number); k++) {
    out.push(pathway.concerns[cohort.concernCodes[k] as number]?.id as string);
  }
  return out;
}

export function journeyReport(
  cohort: Cohort,
  pathway: Pathway,
  analysis: CohortAnalysis,
  j: number,
): JourneyReport {
  const start = cohort.journeyStart[j] as number;
  const end = cohort.journeyStart[j + 1] as number;
  const id = (s: number) => pathway.services[s]?.id as string;
  const missedPoints: JourneyReport['missedPoints'] = [];
  const offPathway: JourneyReport['offPathway'] = [];
  for (let e = start; e < end; e++) {
    if (analysis.missed[e] === 1) {
      missedPoints.push({
        row: cohort.row[e] as number,
        service: id(cohort.service[e] as number),
        concerns: concernsOf(cohort, pathway, e),
      });
    }
    if (analysis.move[e] === MOVE_OFF) {
      offPathway.push({
        row: cohort.row[e] as number,
        from: id(cohort.service[e - 1] as number),
        to: id(cohort.service[e] as number),
      });
    }
  }
  const lead = analysis.leadTime[j] as number;
  return {
    id: cohort.journeyIds[j] as string,
    events: end - start,
    reachedCrisis: analysis.reachedCrisis[j] === 1,
    leadTimeDays: Number.isNaN(lead) ? null : Math.round(lead * 1000) / 1000,
    missedPoints,
    offPathway,
  };
}

/** The reports of the journeys the analysis includes, one at a time (for output that streams). */
export function* journeyReports(
  cohort: Cohort,
  pathway: Pathway,
  analysis: CohortAnalysis,
): Generator<JourneyReport> {
  for (let j = 0; j < cohort.journeyIds.length; j++) {
    if (analysis.included[j] === 1) yield journeyReport(cohort, pathway, analysis, j);
  }
}

export function analysisReport(cohort: Cohort, pathway: Pathway, analysis: CohortAnalysis): AnalysisReport {
  return {
    pathway: pathway.id,
    parameters: reportParameters(analysis),
    journeys: [...journeyReports(cohort, pathway, analysis)],
    summary: publishedSummary(summariseAnalysis(cohort, pathway, analysis)),
  };
}

export interface ReportParameters {
  readonly windowDays: number;
  readonly horizonDays: number;
  readonly windowHours?: number;
  readonly horizonHours?: number;
}

/** The rule's parameters as reports write them (see AnalysisReport.parameters). */
export function parametersJson(p: RuleParameters): ReportParameters {
  const hours = (days: number) => Math.round(days * 24);
  return {
    windowDays: p.windowDays,
    horizonDays: p.horizonDays,
    ...(p.windowUnit === 'hours' ? { windowHours: hours(p.windowDays) } : {}),
    ...(p.horizonUnit === 'hours' ? { horizonHours: hours(p.horizonDays) } : {}),
  };
}

export function reportParameters(analysis: CohortAnalysis): ReportParameters {
  return parametersJson(analysis.parameters);
}
