import { useMemo, type ReactNode } from 'react';
import type { GroupDetail } from '../../core/compare/groupFigures.ts';
import { disclose } from '../../core/disclosure/disclose.ts';
import type { DisclosureSettings } from '../../core/disclosure/disclosureSettings.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { PathwayMap } from '../map/PathwayMap.tsx';
import type { OverlayMode } from '../state/viewState.ts';
import './compare.css';

export interface CompareMapsProps {
  readonly pathway: Pathway;
  /** The two groups shown: the first of the comparison, and the one set against it. */
  readonly groups: readonly [GroupDetail, GroupDetail];
  readonly disclosure: DisclosureSettings;
  readonly mode: OverlayMode;
}

/** The top of the shared width scale: the most journeys on one move in either group, as disclosed. */
export function sharedScaleMax(
  groups: readonly GroupDetail[],
  pathway: Pathway,
  disclosure: DisclosureSettings,
): number {
  const ids = pathway.services.map((s) => s.id);
  return groups.reduce((max, g) => {
    const d = disclose(g.summary, disclosure, { serviceIds: ids });
    return d.moves.reduce((m, x) => Math.max(m, x.journeys.value ?? 0), max);
  }, 1);
}

/**
 * Two groups side by side, each on its own map with the same width scale (the same line width means the
 * same number of journeys on both), their numbers under disclosure control. Props only.
 */
export function CompareMaps({ pathway, groups, disclosure, mode }: CompareMapsProps): ReactNode {
  const scaleMax = useMemo(() => sharedScaleMax(groups, pathway, disclosure), [groups, pathway, disclosure]);
  const sizes = useMemo(
    () => groups.map((g) => disclose(g.summary, disclosure).journeys.text),
    [groups, disclosure],
  );
  return (
    <div className="compare-maps" data-testid="compare-maps">
      {groups.map((g, i) => (
        <section
          key={`${String(i)}:${g.figures.label}`}
          className="compare-maps__one"
          aria-label={`Group ${g.figures.label}`}
          data-testid="compare-group-map"
        >
          <h3 className="compare-maps__title">
            <span className="compare-maps__label">{g.figures.label}</span>{' '}
            <span className="compare-maps__size">{sizes[i]} journeys</span>
          </h3>
          <div className="compare-maps__map">
            <PathwayMap
              pathway={pathway}
              summary={g.summary}
              mode={mode}
              disclosure={disclosure}
              scaleMax={scaleMax}
              label={`Map of ${g.figures.label}`}
            />
          </div>
        </section>
      ))}
    </div>
  );
}
