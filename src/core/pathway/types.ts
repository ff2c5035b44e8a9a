/** Branded ids and units so that a service id is never confused with a concern code, nor a day with a millisecond. */
export type Brand<T, B extends string> = T & { readonly __brand: B };
export type ServiceId = Brand<string, 'ServiceId'>;
export type LevelId = Brand<string, 'LevelId'>;
export type ConcernId = Brand<string, 'ConcernId'>;
export type JourneyId = Brand<string, 'JourneyId'>;
/** Whole or fractional days. */
export type Days = Brand<number, 'Days'>;

/** The activities an event of a journey can record (CONTRACT §2). */
export const activities = [
  'concern',
  'contact',
  'referral',
  'assessment',
  'intervention',
  'admission',
  'discharge',
  'declined',
  'did_not_attend',
] as const;
export type Activity = (typeof activities)[number];

/** Activities that count as a response to a concern (CONTRACT §3). */
export const responseActivities: ReadonlySet<Activity> = new Set<Activity>([
  'referral',
  'assessment',
  'intervention',
  'admission',
]);

export const EARLY_INTERVENTION = 'early-intervention';
export const CRISIS = 'crisis';

export interface Level {
  readonly id: LevelId;
  readonly label: string;
  /** The THRIVE grouping or CAMHS tier this level corresponds to, for the legend. */
  readonly thrive?: string | undefined;
  readonly description?: string | undefined;
}

export interface ServiceTarget {
  readonly label: string;
  /** e.g. 48 for "assessed within 48 hours of referral". */
  readonly hours?: number | undefined;
}

/** What the multi-agency audit said of a service, in the Signs of Safety frame. */
export interface AuditNotes {
  readonly workingWell?: readonly string[] | undefined;
  readonly worriedAbout?: readonly string[] | undefined;
  readonly needsToHappen?: readonly string[] | undefined;
}

export interface Service {
  readonly id: ServiceId;
  readonly label: string;
  readonly level: LevelId;
  readonly agency: string;
  readonly tags: readonly string[];
  readonly description: string;
  readonly audit?: AuditNotes | undefined;
  readonly targets?: readonly ServiceTarget[] | undefined;
  /** Order of the service within its swimlane, left to right (layout hint). */
  readonly column?: number | undefined;
}

export interface Route {
  readonly from: ServiceId;
  readonly to: ServiceId;
  /** When present, a move along this route is on pathway only with this activity at the destination. */
  readonly activity?: Activity | undefined;
  readonly label?: string | undefined;
}

export interface Concern {
  readonly id: ConcernId;
  readonly label: string;
}

export interface Pathway {
  readonly id: string;
  readonly title: string;
  readonly area: string;
  readonly source: string;
  readonly sourceUrl?: string | undefined;
  readonly version: string;
  readonly levels: readonly Level[];
  readonly services: readonly Service[];
  readonly routes: readonly Route[];
  readonly concerns: readonly Concern[];
}
