import type { JourneyFilter } from '../../core/analysis/journeyMask.ts';
import { DEFAULT_PARAMETERS, PARAMETER_LIMITS, type RuleParameters } from '../../core/analysis/parameters.ts';
import type { FigureSize } from '../../core/figure/figureTypes.ts';
import { isFigureSize } from '../../core/figure/pageSize.ts';
import type { Days } from '../../core/pathway/types.ts';

/** The prefix of an embed link's hash: `#/embed?W=28&H=365`. */
export const EMBED_PREFIX = '#/embed';

/** The explorer's filters an embed can reproduce (the keys are the explorer's link keys). */
export interface EmbedFilters {
  readonly concerns: readonly string[];
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  readonly reachedCrisis: boolean | null;
  readonly withMissedPoints: boolean | null;
}

/**
 * What an embed shows: the built-in pathway and its synthetic cohort, with W, H, the filters, the page
 * and the title from the link. Suppression is always on in an embed, so no link can turn it off; only
 * rounding to the nearest 5 can be asked for.
 */
export interface EmbedLink {
  readonly parameters: RuleParameters;
  readonly size: FigureSize;
  readonly title: string | undefined;
  readonly roundTo: 0 | 5;
  readonly filters: EmbedFilters;
}

export const NO_FILTERS: EmbedFilters = {
  concerns: [],
  attributes: {},
  reachedCrisis: null,
  withMissedPoints: null,
};

const MAX_TITLE = 200;

function days(text: string | null, limits: { min: number; max: number }, fallback: Days): Days {
  if (text === null || !/^\d{1,5}$/.test(text)) return fallback;
  const n = Number(text);
  return n >= limits.min && n <= limits.max ? (n as Days) : fallback;
}

const fromYesNo = (text: string | null): boolean | null =>
  text === 'yes' ? true : text === 'no' ? false : null;

/** Reads an embed link's hash (`#/embed?…`); anything missing or malformed gives the default. */
export function parseEmbedHash(hash: string): EmbedLink {
  const q = hash.indexOf('?');
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  const size = params.get('size') ?? '';
  const title = params.get('title')?.trim().slice(0, MAX_TITLE);
  const attributes: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (!key.startsWith('a.') || key.length === 2 || value === '') continue;
    (attributes[key.slice(2)] ??= []).push(value);
  }
  return {
    parameters: {
      windowDays: days(params.get('W'), PARAMETER_LIMITS.windowDays, DEFAULT_PARAMETERS.windowDays),
      horizonDays: days(params.get('H'), PARAMETER_LIMITS.horizonDays, DEFAULT_PARAMETERS.horizonDays),
    },
    size: isFigureSize(size) ? size : 'a4-landscape',
    title: title ? title : undefined,
    roundTo: params.get('round') === '5' ? 5 : 0,
    filters: {
      concerns: params.getAll('concern').filter((c) => c.trim() !== ''),
      attributes,
      reachedCrisis: fromYesNo(params.get('crisis')),
      withMissedPoints: fromYesNo(params.get('missed')),
    },
  };
}

/** The hash of an embed link; defaults are written too, so that a snippet says what it shows. */
export function embedHash(link: EmbedLink): string {
  const params = new URLSearchParams();
  params.set('W', String(link.parameters.windowDays));
  params.set('H', String(link.parameters.horizonDays));
  params.set('size', link.size);
  if (link.roundTo === 5) params.set('round', '5');
  for (const c of link.filters.concerns) params.append('concern', c);
  for (const [name, values] of Object.entries(link.filters.attributes)) {
    for (const v of values) params.append(`a.${name}`, v);
  }
  if (link.filters.reachedCrisis !== null) params.set('crisis', link.filters.reachedCrisis ? 'yes' : 'no');
  if (link.filters.withMissedPoints !== null)
    params.set('missed', link.filters.withMissedPoints ? 'yes' : 'no');
  if (link.title?.trim()) params.set('title', link.title.trim().slice(0, MAX_TITLE));
  return `${EMBED_PREFIX}?${params.toString()}`;
}

/** The filters as the core's `JourneyFilter` (empty lists and nulls mean no filter). */
export function journeyFilter(filters: EmbedFilters): JourneyFilter {
  return {
    concerns: filters.concerns.length > 0 ? filters.concerns : undefined,
    attributes: Object.keys(filters.attributes).length > 0 ? filters.attributes : undefined,
    reachedCrisis: filters.reachedCrisis ?? undefined,
    withMissedPoints: filters.withMissedPoints ?? undefined,
  };
}

export function hasFilters(filters: EmbedFilters): boolean {
  return (
    filters.concerns.length > 0 ||
    Object.values(filters.attributes).some((v) => v.length > 0) ||
    filters.reachedCrisis !== null ||
    filters.withMissedPoints !== null
  );
}
