import type { ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { useCohortController, useCohortData, useCompareData } from '../data/CohortData.tsx';
import { ProblemsPanel } from '../data/ProblemsPanel.tsx';
import { PathwayMap } from '../map/PathwayMap.tsx';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import { CompareBar } from './CompareBar.tsx';
import { CompareMaps } from './CompareMaps.tsx';
import { CompareRefusal } from './CompareRefusal.tsx';
import { defaultChoice } from './compareChoices.ts';
import { DifferenceLegend } from './DifferenceLegend.tsx';
import { SCREEN_DISCLOSURE, useComparison } from './useComparison.ts';
import './compare.css';

/**
 * The explorer's compare mode, in place of the one map: how to split, then the two groups side by side
 * (same scales) or one map of their difference, under disclosure control. A refused split says why and
 * leaves the comparison that was on screen.
 */
export function CompareArea({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const controller = useCohortController();
  const meta = useCohortData((d) => d.meta, null);
  const aggregate = useCohortData((d) => d.aggregate !== null, false);
  const choice = useView((v) => v.compare) ?? defaultChoice(meta);
  const show = useView((v) => v.compareShow);
  const mode = useView((v) => v.overlayMode);
  const pending = useCompareData((d) => d.pending, false);
  const refused = useCompareData((d) => d.refused, null);
  const second = useCompareData((d) => d.second, null);
  const secondLoading = useCompareData((d) => d.secondLoading, null);
  const secondRefused = useCompareData((d) => d.secondRefused, null);
  const view = useComparison(pathway);
  const groups = view?.result.comparison.groups.map((g) => g.figures.label) ?? [];
  if (aggregate) {
    return (
      <div className="compare-area" data-testid="compare-area">
        <p className="compare-summary__warning" role="note" data-testid="no-journeys">
          <strong>This file has no journeys.</strong> It is an aggregate overlay: totals computed where the
          data lives. A comparison splits journeys by a date or a column, so it needs a cohort file (one row
          per event); or run <code>pathway-lens compare</code> where the data lives.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            send({ type: 'compare.set', choice: null });
          }}
        >
          Close the comparison
        </button>
      </div>
    );
  }
  return (
    <div className="compare-area" data-testid="compare-area">
      <CompareBar
        key={JSON.stringify([choice, meta?.file])}
        meta={meta}
        choice={choice}
        second={second}
        secondLoading={secondLoading}
        show={show}
        groups={groups}
        group={view?.group ?? 1}
        onApply={(c) => {
          send({ type: 'compare.set', choice: c });
        }}
        onSecondFile={(file) => {
          void controller?.compare.loadSecond(file).then((ok) => {
            if (ok) send({ type: 'compare.set', choice: { kind: 'file', value: file.name } });
          });
        }}
        onShow={(s) => {
          send({ type: 'compare.show', show: s });
        }}
        onGroup={(g) => {
          send({ type: 'compare.group', group: g });
        }}
        onClose={() => {
          send({ type: 'compare.set', choice: null });
        }}
      />
      <div className="compare-area__status" aria-live="polite">
        {pending ? <p className="compare-area__pending">Comparing…</p> : null}
      </div>
      {secondRefused ? (
        <ProblemsPanel
          fileName={secondRefused.fileName}
          problems={secondRefused.problems}
          keptCohort={view ? 'the same comparison' : null}
          onDismiss={() => {
            controller?.compare.dismissSecondRefusal();
          }}
        />
      ) : null}
      {refused ? <CompareRefusal problems={refused} kept={view ? view.splitWords : null} /> : null}
      {!view ? null : show === 'difference' ? (
        <div className="compare-difference" data-testid="difference-map">
          <h3 className="compare-maps__title">
            <span className="compare-maps__label">
              {view.difference.to} compared with {view.difference.from}
            </span>{' '}
            <span className="compare-maps__size">
              {view.difference.sizes[1].text} and {view.difference.sizes[0].text} journeys
            </span>
          </h3>
          {view.difference.small ? (
            <p className="compare-summary__warning" role="note">
              <strong>Not findings:</strong> a group has fewer than 5 journeys, so no change is drawn in
              colour.
            </p>
          ) : null}
          <div className="compare-maps__map compare-difference__map">
            <PathwayMap
              pathway={pathway}
              difference={view.difference}
              label={`Map of the difference: ${view.difference.to} compared with ${view.difference.from}`}
            />
          </div>
          <DifferenceLegend from={view.difference.from} to={view.difference.to} compact />
        </div>
      ) : (
        <CompareMaps pathway={pathway} groups={view.pair} disclosure={SCREEN_DISCLOSURE} mode={mode} />
      )}
    </div>
  );
}
