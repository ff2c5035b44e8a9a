import type { KeyboardEvent, ReactNode } from 'react';
import type { Pathway } from '../core/pathway/types.ts';
import type { CohortMeta } from '../core/analysis/cohortMeta.ts';
import { exactCount } from './common/format.ts';
import { SYNTHETIC_WORDS } from './common/SyntheticNotice.tsx';
import { useCohortController, useCohortData } from './data/CohortData.tsx';
import { DropZone } from './data/DropZone.tsx';
import { CohortBadge, LoadStatus } from './explorer/CohortStatus.tsx';
import { DeviceDataControls } from './explorer/DeviceDataControls.tsx';
import { DisplaySwitch } from './explorer/DisplaySwitch.tsx';
import { FiltersBar } from './explorer/FiltersBar.tsx';
import { ExportButton } from './export/ExportButton.tsx';
import { MapArea } from './explorer/MapArea.tsx';
import { SidePanel } from './explorer/SidePanel.tsx';
import { useMapping } from './mapping/MappingHost.tsx';
import { kindOfBlob } from './pathways/fileKind.ts';
import { usePathwayFiles } from './pathways/PathwayFiles.tsx';
import { PathwayPicker } from './pathways/PathwayPicker.tsx';
import { PathwayProblems } from './pathways/PathwayProblems.tsx';
import { useView } from './state/ViewStore.tsx';
import { TitleBar } from './TitleBar.tsx';
import { EditorButtons } from './editor/EditorButtons.tsx';
import { useHasEditor } from './editor/EditorStore.tsx';
import './explorer/explorer.css';

const dayFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The cohort's period in words: "Sep 2019 – Apr 2020", or "day −400 to day 30" for day offsets. */
function periodText(meta: CohortMeta): string {
  if (!meta.period) return '';
  if (meta.timeBase === 'offset')
    return `day ${String(meta.period.first)} to day ${String(meta.period.last)}`;
  const d = (days: number) => dayFormat.format(new Date(days * 86_400_000));
  return `${d(meta.period.first)} – ${d(meta.period.last)}`;
}

function CohortBanner(): ReactNode {
  const meta = useCohortData((d) => d.meta, null);
  if (!meta) {
    return (
      <p className="cohort-banner" data-testid="cohort-banner">
        No cohort loaded: the map shows the pathway only.
      </p>
    );
  }
  return (
    <p className="cohort-banner" data-testid="cohort-banner">
      {meta.synthetic ? <strong className="cohort-banner__synthetic">{SYNTHETIC_WORDS}.</strong> : null}{' '}
      <span>
        {meta.file.split('/').pop()}: {exactCount(meta.journeys)} journeys, {exactCount(meta.events)} events
        {meta.period ? `, ${periodText(meta)}` : ''}.
      </span>
    </p>
  );
}

/**
 * Skip links: to the map and to the details, first in the Tab order. Buttons rather than `#…` links,
 * because the address's hash holds the view.
 */
function SkipLinks(): ReactNode {
  const to = (id: string) => () => {
    document.getElementById(id)?.focus();
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      <button type="button" className="skip-link" onClick={to('map-region')}>
        Skip to the map
      </button>
      <button type="button" className="skip-link" onClick={to('details-region')}>
        Skip to the details
      </button>
    </nav>
  );
}

/**
 * Escape in the details returns to the map: to the selected service, or the map itself. Not from a
 * field, a menu or a dialog, which use Escape themselves.
 */
function returnToMap(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  const target = e.target as HTMLElement;
  if (target.closest('input, select, textarea, dialog, [role="menu"], [role="listbox"]')) return;
  e.preventDefault();
  focusMap();
}

/** Focuses the selected service's node on the map, or the map region. */
export function focusMap(): void {
  const selected = document.querySelector<HTMLElement>('.pathway-map .react-flow__node.selected');
  (selected ?? document.getElementById('map-region'))?.focus();
}

/**
 * The pathway explorer: title bar with the cohort, filters and parameters, the map with the cohort's
 * overlay (or its table), the side panel (summary, journeys, routes, service, key) and the timeline of the
 * selected journey. Needs a `ViewStoreProvider` above it, and a `CohortDataProvider` for a cohort (without
 * one it shows the pathway alone).
 */
export function PathwayScreen({ pathway }: { pathway: Pathway }): ReactNode {
  const controller = useCohortController();
  const pathwayFiles = usePathwayFiles();
  const mapping = useMapping();
  const hasCohort = useCohortData((d) => d.meta !== null, false);
  // The journey list and the timeline need room: the side panel widens while they are shown.
  const hasEditor = useHasEditor();
  const wide = useView((v) => (v.sideTab === 'journeys' && hasCohort) || v.sideTab === 'edit');
  return (
    <DropZone
      className="screen"
      onFile={(file) => {
        // A pathway file dropped goes to the pathway; anything else is read as a cohort.
        void kindOfBlob(file).then((kind) =>
          kind === 'pathway' && pathwayFiles
            ? pathwayFiles.open(file)
            : mapping
              ? mapping.openFile(file)
              : controller?.loadFile(file),
        );
      }}
    >
      <SkipLinks />
      <TitleBar pathway={pathway}>
        {pathwayFiles ? <PathwayPicker /> : null}
        {controller ? <CohortBadge exportSlot={<ExportButton pathway={pathway} />} /> : null}
      </TitleBar>
      <section className="toolbar" aria-label="Filters and display">
        <FiltersBar pathway={pathway} />
        {hasEditor ? <EditorButtons /> : null}
        <DisplaySwitch hasCohort={hasCohort} />
      </section>
      <PathwayProblems pathway={pathway} />
      <LoadStatus />
      <main className="screen__main">
        <section className="screen__map" aria-labelledby="map-title" id="map-region" tabIndex={-1}>
          <h2 id="map-title" className="visually-hidden">
            Map of the pathway
          </h2>
          <MapArea pathway={pathway} />
        </section>
        <aside
          className={wide ? 'screen__side screen__side--wide' : 'screen__side'}
          aria-label="Cohort and service details"
          id="details-region"
          tabIndex={-1}
          onKeyDown={returnToMap}
        >
          <SidePanel pathway={pathway} />
        </aside>
      </main>
      <footer className="screen__footer">
        <CohortBanner />
        <DeviceDataControls />
        <p className="screen__version">
          Pathway {pathway.id} v{pathway.version}
        </p>
      </footer>
    </DropZone>
  );
}
