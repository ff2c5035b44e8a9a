import { DEFAULT_PARAMETERS, windowText, type RuleParameters } from '../analysis/parameters.ts';
import { CRISIS, responseActivities, type Pathway } from '../pathway/types.ts';
import { activityWords } from './activityWords.ts';
import { earlyHelpRoutes, type EarlyHelpRoute } from './earlyHelpRoutes.ts';
import { days } from './formatWhen.ts';
import type { PlayerCase } from './playerCase.ts';

/** A line of the card and where it comes from: the published audit, or this (synthetic) case. */
export interface SignsOfSafetyItem {
  readonly text: string;
  readonly source: 'audit' | 'case';
}

/** The Signs of Safety frame at a missed early-intervention point. */
export interface SignsOfSafety {
  readonly serviceLabel: string;
  readonly workingWell: readonly SignsOfSafetyItem[];
  readonly worriedAbout: readonly SignsOfSafetyItem[];
  readonly needsToHappen: readonly SignsOfSafetyItem[];
  /** What the pathway offered from the service (routes to non-crisis services). */
  readonly earlyHelpRoutes: readonly EarlyHelpRoute[];
  /** Days from this step to the crisis that followed, or undefined. */
  readonly crisisAfterDays: number | undefined;
}

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

const audit = (texts: readonly string[] | undefined): SignsOfSafetyItem[] =>
  (texts ?? []).map((text) => ({ text, source: 'audit' }));

/**
 * The Signs of Safety card for step `index` of a case: the service's audit notes (working well /
 * worried about / needs to happen) with what the case itself shows — the concerns seen, that no
 * response followed within W days, the crisis N days later — and the early-help routes the pathway
 * offered from that service.
 */
export function signsOfSafety(
  pathway: Pathway,
  kase: PlayerCase,
  index: number,
  parameters: RuleParameters = DEFAULT_PARAMETERS,
): SignsOfSafety | undefined {
  const step = kase.steps[index];
  if (!step) return undefined;
  const byId = new Map(pathway.services.map((s) => [s.id as string, s]));
  const service = byId.get(step.service);
  const label = service?.label ?? step.service;
  const concernLabel = new Map(pathway.concerns.map((c) => [c.id as string, c.label]));
  const concerns = step.concerns.map((c) => {
    const label = concernLabel.get(c) ?? c;
    return label.charAt(0).toLowerCase() + label.slice(1);
  });
  const W = windowText(parameters);

  const later = kase.steps.slice(index + 1);
  const crisis = later.find((s) => s.time > step.time && byId.get(s.service)?.tags.includes(CRISIS));
  const found = later.find(
    (s) => responseActivities.has(s.activity) && !byId.get(s.service)?.tags.includes(CRISIS),
  );
  // A response after the crisis came too late to prevent it: the card says there was none before it.
  const response = found && (!crisis || found.time < crisis.time) ? found : undefined;

  const workingWell: SignsOfSafetyItem[] = [
    ...(concerns.length > 0
      ? [
          {
            text: `${label} saw the signs and recorded them (${concerns.join(', ')}).`,
            source: 'case' as const,
          },
        ]
      : []),
    ...audit(service?.audit?.workingWell),
  ];
  const worriedAbout: SignsOfSafetyItem[] = [
    {
      text:
        response === undefined
          ? `No referral, assessment or intervention outside crisis care followed within ${W}, nor ${crisis ? 'before the crisis' : 'later in this case'}.`
          : `No referral, assessment or intervention followed within ${W}; the next, ${withArticle(activityWords[response.activity].noun)} ${response.activity === 'referral' ? 'to' : 'at'} ${byId.get(response.service)?.label ?? response.service}, came ${days(response.time - step.time)} later.`,
      source: 'case',
    },
    ...(crisis
      ? [
          {
            text: `The child reached crisis ${days(crisis.time - step.time)} later (${byId.get(crisis.service)?.label ?? crisis.service}).`,
            source: 'case' as const,
          },
        ]
      : []),
    ...audit(service?.audit?.worriedAbout),
  ];
  const routes = earlyHelpRoutes(pathway, step.service);
  const needsToHappen: SignsOfSafetyItem[] = [
    {
      text:
        routes.length > 0
          ? `Act on the concern within ${W}: ${label} could have taken one of the ${String(routes.length)} early-help routes below.`
          : `Act on the concern within ${W}.`,
      source: 'case',
    },
    ...audit(service?.audit?.needsToHappen),
  ];
  return {
    serviceLabel: label,
    workingWell,
    worriedAbout,
    needsToHappen,
    earlyHelpRoutes: routes,
    crisisAfterDays: crisis ? crisis.time - step.time : undefined,
  };
}
