import type { CompareChoice } from '../../core/compare/compareCohort.ts';
import type { CompareShow, ViewState } from './viewState.ts';
import { defaultView } from './viewState.ts';

/** The keys of a comparison in a link: `compare=date:2020-01-01`, `compareview=difference`, `comparegroup=2`. */
export const COMPARE_KEYS = { choice: 'compare', show: 'compareview', group: 'comparegroup' } as const;

/** A comparison as text for a link: `date:2020-01-01`, `column:age_band`, `file:after.csv`. */
export function compareToText(choice: CompareChoice): string {
  return `${choice.kind}:${choice.value}`;
}

/** The comparison a link names, or null when it names none or a malformed one. */
export function compareFromText(text: string | null): CompareChoice | null {
  if (!text) return null;
  const at = text.indexOf(':');
  const kind = text.slice(0, at);
  const value = text.slice(at + 1).trim();
  if (at < 0 || value === '') return null;
  if (kind === 'date' || kind === 'column' || kind === 'file') return { kind, value };
  return null;
}

type CompareView = Pick<ViewState, 'compare' | 'compareShow' | 'compareGroup'>;

/** Adds the comparison to a link's parameters (nothing when not comparing, defaults left out). */
export function appendCompare(params: URLSearchParams, view: CompareView): void {
  if (!view.compare) return;
  params.set(COMPARE_KEYS.choice, compareToText(view.compare));
  if (view.compareShow !== defaultView.compareShow) params.set(COMPARE_KEYS.show, view.compareShow);
  if (view.compareGroup !== defaultView.compareGroup)
    params.set(COMPARE_KEYS.group, String(view.compareGroup));
}

const shows: readonly CompareShow[] = ['groups', 'difference'];

/** The comparison a link's parameters describe, every field filled. */
export function compareFromParams(params: URLSearchParams): CompareView {
  const group = params.get(COMPARE_KEYS.group);
  const show = params.get(COMPARE_KEYS.show);
  return {
    compare: compareFromText(params.get(COMPARE_KEYS.choice)),
    compareShow: shows.find((s) => s === show) ?? defaultView.compareShow,
    compareGroup: group && /^[1-9]\d{0,1}$/.test(group) ? Number(group) : defaultView.compareGroup,
  };
}
