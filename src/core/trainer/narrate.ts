import type { TimeBase } from '../cohort/types.ts';
import { CRISIS, type Pathway } from '../pathway/types.ts';
import { activityWords } from './activityWords.ts';
import { formatWhen, relativeToCrisis } from './formatWhen.ts';
import type { CaseStep } from './playerCase.ts';

export type PathwayLineKind = 'first' | 'stay' | 'on' | 'off';

/** One step of a case in plain English, in parts the narration card lays out. */
export interface Narration {
  /** "Tue 3 March 2020" or "Day 12". */
  readonly when: string;
  /** "157 days before the first crisis", or undefined when the journey reached none. */
  readonly relative: string | undefined;
  readonly serviceLabel: string;
  readonly agency: string;
  /** True when the service is tagged crisis. */
  readonly crisis: boolean;
  /** "The child was referred to Rise community CAMHS." */
  readonly happened: string;
  /** The activity as a short noun phrase: "referral", "did not attend". */
  readonly activity: string;
  /** The concerns recorded at this step, as labels. */
  readonly concerns: readonly string[];
  readonly pathway: { readonly kind: PathwayLineKind; readonly text: string };
  readonly missed: boolean;
  readonly missedText: string | undefined;
  /** The trainer's note, when the journey has one for this step. */
  readonly note: string | undefined;
  /** Everything above as one paragraph (for screen readers and tests). */
  readonly text: string;
}

function sentenceCase(list: readonly string[]): string {
  const [first, ...rest] = list;
  if (first === undefined) return '';
  return [first, ...rest.map((s) => s.charAt(0).toLowerCase() + s.slice(1))].join(', ');
}

/**
 * Narrates one step of a case from the data alone: when, which service (label and agency), what
 * happened, which concerns, whether the move followed the pathway, whether it is a missed
 * early-intervention point, and the trainer's note. Pure: the same step always reads the same.
 */
export function narrate(step: CaseStep, pathway: Pathway, timeBase: TimeBase): Narration {
  const byId = new Map(pathway.services.map((s) => [s.id as string, s]));
  const service = byId.get(step.service);
  const label = service?.label ?? step.service;
  const fromLabel = step.from === undefined ? undefined : (byId.get(step.from)?.label ?? step.from);
  const concernLabel = new Map(pathway.concerns.map((c) => [c.id as string, c.label]));
  const concerns = step.concerns.map((c) => concernLabel.get(c) ?? c);
  const words = activityWords[step.activity];

  const happened =
    step.activity === 'concern'
      ? `${label} noted a concern about the child.`
      : `The child ${words.verb} ${label}.`;

  let kind: PathwayLineKind;
  let text: string;
  if (step.from === undefined) {
    kind = 'first';
    text = 'The first time this case is known to the pathway.';
  } else if (step.move === 'on') {
    kind = 'on';
    text = `On pathway: an expected route from ${fromLabel ?? ''} to ${label}.`;
  } else if (step.move === 'off') {
    kind = 'off';
    const route = pathway.routes.find((r) => r.from === step.from && r.to === step.service);
    text = route?.activity
      ? `Off pathway: the route from ${fromLabel ?? ''} to ${label} is for a ${activityWords[route.activity].noun}, not a ${words.noun}.`
      : `Off pathway: the pathway has no route from ${fromLabel ?? ''} to ${label}.`;
  } else {
    kind = 'stay';
    text = `Still with ${label}.`;
  }

  const missedText = step.missed
    ? 'Missed early-intervention point: concerns were seen here, no referral, assessment or intervention followed in time, and a crisis came later.'
    : undefined;
  const when = formatWhen(step.time, timeBase);
  const relative = relativeToCrisis(step.dayFromCrisis);
  const parts = [
    relative ? `${when}, ${relative}.` : `${when}.`,
    service ? `${label} — ${service.agency}.` : `${label}.`,
    happened,
    concerns.length > 0 ? `Concerns: ${sentenceCase(concerns)}.` : 'No concerns recorded.',
    text,
    missedText,
    step.note ? `Trainer's note: ${step.note}` : undefined,
  ];
  return {
    when,
    relative,
    serviceLabel: label,
    agency: service?.agency ?? '',
    crisis: service?.tags.includes(CRISIS) ?? false,
    happened,
    activity: words.noun,
    concerns,
    pathway: { kind, text },
    missed: step.missed,
    missedText,
    note: step.note,
    text: parts.filter((p): p is string => p !== undefined).join(' '),
  };
}
