import type { ReportParameters } from '../analysis/analysisReport.ts';
import type { CohortSummary } from '../analysis/summariseAnalysis.ts';
import type { RuleParameters } from '../analysis/parameters.ts';
import type { DisclosureSettings } from '../disclosure/disclosureSettings.ts';
import type { JourneyFilter } from '../analysis/journeyMask.ts';
import type { ServiceSlots } from '../pathway/serviceSlots.ts';
import type { Pathway } from '../pathway/types.ts';

/**
 * A4 landscape or portrait (for print), or a column for a narrow screen (an embed in a 600 px column):
 * 150 mm wide, as tall as its content, so that 8 pt type is about 12 px there.
 */
export type FigureSize = 'a4-landscape' | 'a4-portrait' | 'column';

/** What the map shows, as the explorer's switch: journeys and missed points, or times (median days). */
export type FigureView = 'frequency' | 'time';

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
  /** Defaults to the frequency view (journeys and missed points). */
  readonly view?: FigureView | undefined;
  /** The filter the summary was made under, which the data note states in words. */
  readonly filter?: JourneyFilter | undefined;
  /**
   * Where each service sits (lane and row): the one placement of the app's map and the figure, from
   * the loaded pathway (`LoadedPathway.slots`); `serviceSlots(pathway)` when absent.
   */
  readonly placement?: ServiceSlots | undefined;
}

/** What the SVG's `<metadata>` holds (JSON), so that a figure can say where it came from. */
export interface FigureMetadata {
  readonly generator: string;
  readonly format: 1;
  readonly size: FigureSize;
  readonly view: FigureView;
  readonly title: string;
  /** The filters the figure was made under, in words (empty: the whole cohort). */
  readonly filters: readonly string[];
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
  /** A comparison figure's split and groups (the summary above is then the first group's). */
  readonly comparison?: {
    readonly split: string;
    readonly groups: readonly { readonly label: string; readonly journeys: string }[];
  };
}

/** A part of the page in reading order, as the tagged PDF's structure tree has it. */
export interface FigurePart {
  /** The PDF structure type: H1 (title), P (a paragraph), Figure (the map and the key, with alt text). */
  readonly tag: 'H1' | 'P' | 'Figure';
  /** What a screen reader says for a Figure. */
  readonly alt?: string | undefined;
  /** The part's SVG elements (in the page's coordinates). */
  readonly svg: string;
}

export interface PathwayFigure {
  readonly svg: string;
  /** The page's parts in reading order (the SVG draws them in this order, over a white page). */
  readonly parts: readonly FigurePart[];
  /** Warnings for whoever made the figure (e.g. type made smaller than 8 pt to fit a very large pathway). */
  readonly warnings: readonly string[];
  readonly altText: string;
  readonly csv: string;
  readonly metadata: FigureMetadata;
  /** Page size in millimetres. */
  readonly widthMm: number;
  readonly heightMm: number;
}
