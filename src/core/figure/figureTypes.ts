import type { ReportParameters } from '../analysis/analysisReport.ts';
import type { CohortSummary } from '../analysis/summariseAnalysis.ts';
import type { RuleParameters } from '../analysis/parameters.ts';
import type { DisclosureSettings } from '../disclosure/disclosureSettings.ts';
import type { Pathway } from '../pathway/types.ts';

export type FigureSize = 'a4-landscape' | 'a4-portrait';

export interface CohortInfo {
  /** How the cohort is named in the data note (e.g. its file name). */
  readonly name: string;
  /** A synthetic cohort says so wherever it is shown. */
  readonly synthetic: boolean;
  /** Journeys in the cohort (the summary may cover fewer when a filter was applied). */
  readonly journeys: number;
  /** First and last event: ISO dates (shown to the month), or day offsets. */
  readonly periodStart?: string | number | undefined;
  readonly periodEnd?: string | number | undefined;
}

export interface FigureInput {
  readonly pathway: Pathway;
  readonly summary: CohortSummary;
  readonly parameters: RuleParameters;
  readonly cohortInfo: CohortInfo;
  /** Defaults to a title naming the pathway's area. */
  readonly title?: string | undefined;
  /** Defaults to suppression on, no rounding. */
  readonly disclosure?: DisclosureSettings | undefined;
  /** Defaults to A4 landscape. */
  readonly size?: FigureSize | undefined;
  /** Journeys with a lead time, so that the median lead time can be shown when it rests on 5 or more. */
  readonly leadTimeJourneys?: number | undefined;
}

/** What the SVG's `<metadata>` holds (JSON), so that a figure can say where it came from. */
export interface FigureMetadata {
  readonly generator: string;
  readonly format: 1;
  readonly size: FigureSize;
  readonly title: string;
  readonly pathway: {
    readonly id: string;
    readonly title: string;
    readonly version: string;
    readonly source: string;
  };
  readonly parameters: ReportParameters;
  readonly cohort: {
    readonly name: string;
    readonly synthetic: boolean;
    readonly journeys: string;
    readonly period: string | null;
  };
  readonly disclosure: DisclosureSettings;
  /** The summary as the figure shows it: counts are display strings ("12", "<5"), never raw. */
  readonly summary: {
    readonly journeys: string;
    readonly reachedCrisis: string;
    readonly missedPoints: string;
    readonly journeysWithMissedPoints: string;
    readonly missedPointsByService: Readonly<Record<string, string>>;
    readonly serviceJourneys: Readonly<Record<string, string>>;
    readonly transitions: readonly {
      readonly from: string;
      readonly to: string;
      readonly journeys: string;
      readonly moves: string;
      readonly onPathway: boolean;
      readonly medianDays: number | null;
    }[];
    readonly targets: readonly {
      readonly service: string;
      readonly label: string;
      readonly referrals: string;
      readonly withinTarget: string;
    }[];
    readonly medianLeadTimeDays: number | null;
  };
}

export interface PathwayFigure {
  readonly svg: string;
  readonly altText: string;
  readonly csv: string;
  readonly metadata: FigureMetadata;
  /** Page size in millimetres. */
  readonly widthMm: number;
  readonly heightMm: number;
}
