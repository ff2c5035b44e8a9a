import { DEFAULT_PARAMETERS, PARAMETER_LIMITS, type RuleParameters } from '../../core/analysis/parameters.ts';
import type { FigureSize } from '../../core/figure/figureTypes.ts';
import { isFigureSize } from '../../core/figure/pageSize.ts';
import { appendFilters, daysParam, filtersFromParams, LINK_KEYS } from '../state/linkParams.ts';
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
}

const MAX_TITLE = 200;

/** Reads an embed link's hash (`#/embed?…`); anything missing or malformed gives the default. */
export function parseEmbedHash(hash: string): EmbedLink {
  const q = hash.indexOf('?');
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  const size = params.get('size') ?? '';
  const title = params.get('title')?.trim().slice(0, MAX_TITLE);
  const { windowDays, horizonDays } = PARAMETER_LIMITS;
  return {
    parameters: {
      windowDays: daysParam(params.get(LINK_KEYS.window), windowDays, DEFAULT_PARAMETERS.windowDays),
      horizonDays: daysParam(params.get(LINK_KEYS.horizon), horizonDays, DEFAULT_PARAMETERS.horizonDays),
    },
    size: isFigureSize(size) ? size : 'a4-landscape',
    title: title ? title : undefined,
    roundTo: params.get('round') === '5' ? 5 : 0,
    filters: filtersFromParams(params),
  };
}

/** The hash of an embed link; defaults are written too, so that a snippet says what it shows. */
export function embedHash(link: EmbedLink): string {
  const params = new URLSearchParams();
  params.set(LINK_KEYS.window, String(link.parameters.windowDays));
  params.set(LINK_KEYS.horizon, String(link.parameters.horizonDays));
  params.set('size', link.size);
  if (link.roundTo === 5) params.set('round', '5');
  appendFilters(params, link.filters);
  if (link.title?.trim()) params.set('title', link.title.trim().slice(0, MAX_TITLE));
  return `${EMBED_PREFIX}?${params.toString()}`;
}
