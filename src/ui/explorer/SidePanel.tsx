import { lazy, Suspense, useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { Variant } from '../../core/analysis/journeyVariants.ts';
import type { JourneyId, Pathway, ServiceId } from '../../core/pathway/types.ts';
import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';
import { daysText, exactCount, plural, shortCount } from '../common/format.ts';
import { useCohortController, useCohortData } from '../data/CohortData.tsx';
import { Legend } from '../map/Legend.tsx';
import { overlayStats } from '../map/overlayToFlow.ts';
import { serviceDetails } from '../panel/serviceDetails.ts';
import { ServicePanel } from '../panel/ServicePanel.tsx';
import type { SideTab } from '../state/viewMachine.ts';
import { useSelectedServiceId, useView, useViewSend } from '../state/ViewStore.tsx';
import { SummaryPanel } from '../summary/SummaryPanel.tsx';
import { focusText } from '../summary/summaryModel.ts';
import { Tabs, type TabSpec } from './Tabs.tsx';
import { TimelineDrawer } from './TimelineDrawer.tsx';
import { useElementHeight } from './useElementHeight.ts';

// Not needed at first paint: loaded when their tab opens.
const JourneyList = lazy(() =>
  import('../journeys/JourneyList.tsx').then((m) => ({ default: m.JourneyList })),
);
const VariantList = lazy(() =>
  import('../journeys/VariantList.tsx').then((m) => ({ default: m.VariantList })),
);

function Loading(): ReactNode {
  return <p className="side__loading">Loading…</p>;
}

function NoCohort(): ReactNode {
  return <p className="side__empty">No cohort loaded yet.</p>;
}

function SummaryTab({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const overlay = useCohortData((d) => d.overlay, null);
  const meta = useCohortData((d) => d.meta, null);
  const focus = useView((v) => v.focus);
  const onFocus = useCallback(
    (f: JourneyFocus | null) => {
      send({ type: 'focus.set', focus: f, show: true });
    },
    [send],
  );
  if (!overlay || !meta) return <NoCohort />;
  return (
    <SummaryPanel
      summary={overlay.summary}
      pathway={pathway}
      cohortJourneys={meta.journeys}
      synthetic={meta.synthetic}
      parameters={overlay.parameters}
      focus={focus}
      onFocus={onFocus}
    />
  );
}

function FocusChips({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const focus = useView((v) => v.focus);
  const service = useSelectedServiceId();
  const serviceLabel = pathway.services.find((s) => s.id === service)?.label;
  if (!focus && !serviceLabel) return null;
  return (
    <ul className="focus-chips" aria-label="The list shows only journeys">
      {focus ? (
        <li className="focus-chip">
          <span>{focusText(focus, pathway)}</span>
          <button
            type="button"
            className="focus-chip__clear"
            onClick={() => {
              send({ type: 'focus.set', focus: null });
            }}
          >
            Show all
            <span className="visually-hidden"> journeys, not only those {focusText(focus, pathway)}</span>
          </button>
        </li>
      ) : null}
      {serviceLabel ? (
        <li className="focus-chip">
          <span>through {serviceLabel} (selected on the map)</span>
          <button
            type="button"
            className="focus-chip__clear"
            onClick={() => {
              send({ type: 'service.clear' });
            }}
          >
            Clear<span className="visually-hidden"> the selected service {serviceLabel}</span>
          </button>
        </li>
      ) : null}
    </ul>
  );
}

function JourneysTab({ pathway }: { pathway: Pathway }): ReactNode {
  const controller = useCohortController();
  const send = useViewSend();
  const list = useCohortData((d) => d.list, null);
  const meta = useCohortData((d) => d.meta, null);
  const table = useCohortData((d) => d.table, null);
  const journeyId = useView((v) => v.selectedJourneyId);
  const shown = useCohortData(
    (d) => (d.detail !== null && d.detail.id === journeyId ? d.detail.id : null),
    null,
  );
  const service = useSelectedServiceId();
  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box, 420);
  const labels = useMemo(() => new Map(pathway.concerns.map((c) => [c.id as string, c.label])), [pathway]);
  const concernsLabel = useCallback((id: string) => labels.get(id) ?? id, [labels]);
  const selectedIndex = useMemo(
    () => (journeyId && table && controller ? controller.indexOf(journeyId) : -1),
    [journeyId, table, controller],
  );
  const onSelect = useCallback(
    (index: number) => {
      const id = table?.ids[index];
      if (id !== undefined) send({ type: 'journey.select', journeyId: id as JourneyId });
    },
    [table, send],
  );
  const attributeColumns = useMemo(
    () => meta?.attributes.filter((a) => a.scope === 'journey').map((a) => a.name) ?? [],
    [meta],
  );
  if (!list || !meta) return <NoCohort />;
  return (
    <div className="journeys-tab">
      <FocusChips pathway={pathway} />
      <div className={shown ? 'journeys-tab__list is-short' : 'journeys-tab__list'} ref={box}>
        <Suspense fallback={<Loading />}>
          <JourneyList
            rows={list.rows}
            concernsLabel={concernsLabel}
            selectedIndex={selectedIndex >= 0 ? selectedIndex : null}
            onSelect={onSelect}
            highlightServiceLabel={pathway.services.find((s) => s.id === service)?.label}
            attributeColumns={attributeColumns}
            synthetic={meta.synthetic}
            height={Math.max(shown ? 160 : 220, height - 110)}
          />
        </Suspense>
      </div>
      <TimelineDrawer pathway={pathway} />
    </div>
  );
}

function VariantsTab({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const list = useCohortData((d) => d.list, null);
  const meta = useCohortData((d) => d.meta, null);
  const focus = useView((v) => v.focus);
  const selectedKey = focus?.kind === 'variant' ? focus.services.join('>') : null;
  const onSelect = useCallback(
    (v: Variant) => {
      const key = v.services.join('>');
      send({
        type: 'focus.set',
        focus: key === selectedKey ? null : { kind: 'variant', services: v.services },
      });
    },
    [send, selectedKey],
  );
  if (!list || !meta) return <NoCohort />;
  return (
    <div className="variants-tab">
      <p className="side__note">
        {plural(list.filtered, 'journey')} took {plural(list.variantCount, 'distinct route')}. Select a route
        to highlight it on the map and list its journeys; select it again to clear.
      </p>
      <Suspense fallback={<Loading />}>
        <VariantList
          variants={list.variants}
          pathway={pathway}
          selectedKey={selectedKey}
          onSelect={onSelect}
          synthetic={meta.synthetic}
          headingLevel={2}
        />
      </Suspense>
    </div>
  );
}

function ServiceTab({ pathway }: { pathway: Pathway }): ReactNode {
  const selected = useSelectedServiceId();
  const send = useViewSend();
  const overlay = useCohortData((d) => d.overlay, null);
  const details = useMemo(
    () => (selected ? serviceDetails(pathway, selected) : undefined),
    [pathway, selected],
  );
  const onSelect = useCallback(
    (id: ServiceId) => {
      send({ type: 'service.select', serviceId: id });
    },
    [send],
  );
  const onClose = useCallback(() => {
    send({ type: 'service.clear' });
  }, [send]);
  if (!details) {
    return (
      <div className="panel panel--empty" data-testid="service-panel-empty">
        <h2>Select a service</h2>
        <p>
          Click a service on the map, or press <kbd>Tab</kbd> to reach it and <kbd>Enter</kbd> to select it,
          to see what it does, what the audit found, where children go next, and to list the journeys through
          it.
        </p>
      </div>
    );
  }
  const id = details.service.id;
  const s = overlay?.summary;
  const target = s?.targets.find((t) => t.service === id);
  return (
    <>
      {s ? (
        <section className="service-numbers" aria-label={`${details.service.label} in this cohort`}>
          <p>
            <strong>{plural(s.serviceJourneys[id] ?? 0, 'journey')}</strong> passed through here
            {s.missedPointsByService[id] ? (
              <>
                {' '}
                with <strong>{plural(s.missedPointsByService[id], 'missed early-intervention point')}</strong>
              </>
            ) : null}
            .
            {s.medianWaitDays[id] !== undefined
              ? ` Median wait from referral to assessment: ${daysText(s.medianWaitDays[id])}.`
              : ''}
            {target && target.referrals > 0
              ? ` ${target.label}: ${exactCount(target.withinTarget)} of ${exactCount(target.referrals)} referrals.`
              : ''}
          </p>
          <button
            type="button"
            className="service-numbers__list"
            onClick={() => {
              send({ type: 'sideTab.set', tab: 'journeys' });
            }}
          >
            List the journeys through {details.service.label}
          </button>
        </section>
      ) : null}
      <ServicePanel details={details} onSelect={onSelect} onClose={onClose} />
    </>
  );
}

function KeyTab({ pathway }: { pathway: Pathway }): ReactNode {
  const overlay = useCohortData((d) => d.overlay, null);
  const mode = useView((v) => v.overlayMode);
  const journey = useView((v) => v.selectedJourneyId);
  const focus = useView((v) => v.focus);
  const stats = useMemo(() => (overlay ? overlayStats(overlay.summary) : null), [overlay]);
  return (
    <>
      <Legend
        levels={pathway.levels}
        overlay={
          overlay && stats
            ? {
                mode,
                maxJourneys: stats.maxJourneys,
                hiddenOffPathway: stats.hiddenOffPathway,
                windowDays: overlay.parameters.windowDays,
                horizonDays: overlay.parameters.horizonDays,
                path: journey !== null || focus?.kind === 'variant',
              }
            : undefined
        }
      />
      <section className="about" aria-labelledby="about-title">
        <h2 id="about-title">About this pathway</h2>
        <p>{pathway.source}</p>
      </section>
    </>
  );
}

/** The side panel: the cohort in numbers, its journeys, its routes, the selected service and the key. */
export function SidePanel({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const tab = useView((v) => v.sideTab);
  const listed = useCohortData((d) => d.list?.rows.length ?? null, null);
  const tabs = useMemo<TabSpec<SideTab>[]>(
    () => [
      { key: 'summary', label: 'Summary', panel: () => <SummaryTab pathway={pathway} /> },
      {
        key: 'journeys',
        label: (
          <>
            Journeys
            {listed === null ? null : (
              <span className="tabs__count">
                <span className="visually-hidden">: </span>
                {shortCount(listed)}
              </span>
            )}
          </>
        ),
        panel: () => <JourneysTab pathway={pathway} />,
      },
      { key: 'variants', label: 'Routes', panel: () => <VariantsTab pathway={pathway} /> },
      { key: 'service', label: 'Service', panel: () => <ServiceTab pathway={pathway} /> },
      { key: 'legend', label: 'Key', panel: () => <KeyTab pathway={pathway} /> },
    ],
    [pathway, listed],
  );
  return (
    <Tabs
      label="Cohort and service details"
      className="side-tabs"
      tabs={tabs}
      selected={tab}
      onSelect={(key) => {
        send({ type: 'sideTab.set', tab: key });
      }}
    />
  );
}
