/**
 * What narrows the journey list beyond the filters, without changing the overlay: the journeys behind a
 * number of the summary panel, or behind a variant. Plain data, so it fits in the URL.
 */
export type JourneyFocus =
  | { readonly kind: 'crisis'; readonly reached: boolean }
  /** Journeys with at least one missed early-intervention point. */
  | { readonly kind: 'missed' }
  | { readonly kind: 'missedAt'; readonly service: string }
  | { readonly kind: 'missedByAgency'; readonly agency: string }
  /** Journeys with a lead time (first concern, then crisis): the ones behind the median. */
  | { readonly kind: 'leadTime' }
  /** Journeys with a referral to a service with a time target; `met` narrows to those met / not met. */
  | { readonly kind: 'target'; readonly service: string; readonly met: boolean | null }
  /** Journeys whose route (consecutive repeats folded) is exactly these services. */
  | { readonly kind: 'variant'; readonly services: readonly string[] };
