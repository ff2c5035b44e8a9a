import {
  checkParameters,
  DEFAULT_PARAMETERS,
  parseDuration,
  PARAMETER_LIMITS,
  type RuleParameters,
} from '../../core/analysis/parameters.ts';
import type { FigureSize, FigureView } from '../../core/figure/figureTypes.ts';
import { isFigureSize } from '../../core/figure/pageSize.ts';
import {
  appendFilters,
  durationParam,
  durationToParam,
  filtersFromParams,
  LINK_KEYS,
} from '../state/linkParams.ts';
import type { ViewFilters } from '../state/viewFilters.ts';

/** The prefix of an embed link's hash: `#/embed?W=28&H=365`. */
export const EMBED_PREFIX = '#/embed';

/**
 * What an embed shows: the built-in pathway and its synthetic cohort, with W, H, the filters (spelt as
 * in the explorer's links), the page and the title from the link. Suppression is always on in an embed,
 * so no link can turn it off; only rounding to the nearest 5 can be asked for.
 */
export interface EmbedLink {
  readonly parameters: RuleParameters;
  readonly size: FigureSize;
  readonly title: string | undefined;
  readonly roundTo: 0 | 5;
  readonly filters: ViewFilters;
  /** What the map shows: journeys and missed points (the default), or times. */
  readonly view?: FigureView | undefined;
}

const MAX_TITLE = 200;

/** Reads an embed link's hash (`#/embed?…`); anything missing or malformed gives the default. */
export function parseEmbedHash(hash: string): EmbedLink {
  const q = hash.indexOf('?');
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  const size = params.get('size') ?? '';
  const title = params.get('title')?.trim().slice(0, MAX_TITLE);
  const w = durationParam(params.get(LINK_KEYS.window), 'windowDays', DEFAULT_PARAMETERS.windowDays);
  const h = durationParam(params.get(LINK_KEYS.horizon), 'horizonDays', DEFAULT_PARAMETERS.horizonDays);
  return {
    parameters: {
      windowDays: w.days,
      horizonDays: h.days,
      ...(w.unit === 'hours' ? { windowUnit: w.unit } : {}),
      ...(h.unit === 'hours' ? { horizonUnit: h.unit } : {}),
    },
    size: isFigureSize(size) ? size : 'a4-landscape',
    title: title ? title : undefined,
    roundTo: params.get('round') === '5' ? 5 : 0,
    filters: filtersFromParams(params),
    view: params.get('view') === 'time' ? 'time' : 'frequency',
  };
}

/**
 * What is wrong with an embed link, one message a value: a parameter the embed does not know how to
 * read is named with what it says and what is allowed, so that a page never shows a figure the link
 * did not ask for (W = -3 silently drawn as W = 28). Empty when the link is good.
 */
export function embedLinkProblems(hash: string): string[] {
  const q = hash.indexOf('?');
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  const problems: string[] = [];
  const days = (key: string, name: string, field: 'windowDays' | 'horizonDays') => {
    const text = params.get(key);
    if (text === null) return;
    const limits = PARAMETER_LIMITS[field];
    const read = parseDuration(text);
    const unit = field === 'windowDays' ? 'windowUnit' : 'horizonUnit';
    if (!read || checkParameters({ ...DEFAULT_PARAMETERS, [field]: read.days, [unit]: read.unit }))
      problems.push(
        `${key} (${name}) must be a whole number of days from ${String(limits.min)} to ${String(limits.max)}, or of hours such as 6h; the link says “${text}”.`,
      );
  };
  days(LINK_KEYS.window, 'the response window', 'windowDays');
  days(LINK_KEYS.horizon, 'the crisis horizon', 'horizonDays');
  const oneOf = (key: string, allowed: readonly string[]) => {
    const text = params.get(key);
    if (text !== null && !allowed.includes(text))
      problems.push(`${key} must be ${allowed.join(' or ')}; the link says “${text}”.`);
  };
  oneOf('size', ['a4-landscape', 'a4-portrait']);
  oneOf('round', ['0', '5']);
  oneOf('view', ['frequency', 'time']);
  oneOf(LINK_KEYS.crisis, ['yes', 'no']);
  oneOf(LINK_KEYS.missed, ['yes', 'no']);
  return problems;
}

/** The hash of an embed link; defaults are written too, so that a snippet says what it shows. */
export function embedHash(link: EmbedLink): string {
  const params = new URLSearchParams();
  const { windowDays, horizonDays, windowUnit, horizonUnit } = link.parameters;
  params.set(LINK_KEYS.window, durationToParam(windowDays, windowUnit ?? 'days'));
  params.set(LINK_KEYS.horizon, durationToParam(horizonDays, horizonUnit ?? 'days'));
  params.set('size', link.size);
  if (link.roundTo === 5) params.set('round', '5');
  if (link.view === 'time') params.set('view', 'time');
  appendFilters(params, link.filters);
  if (link.title?.trim()) params.set('title', link.title.trim().slice(0, MAX_TITLE));
  return `${EMBED_PREFIX}?${params.toString()}`;
}
