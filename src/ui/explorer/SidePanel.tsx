import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { shortCount } from '../common/format.ts';
import { useCohortData } from '../data/CohortData.tsx';
import type { SideTab } from '../state/viewState.ts';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import { JourneysTab } from './JourneysTab.tsx';
import { KeyTab } from './KeyTab.tsx';
import { ServiceTab } from './ServiceTab.tsx';
import { SummaryTab } from './SummaryTab.tsx';
import { Tabs, type TabSpec } from './Tabs.tsx';
import { VariantsTab } from './VariantsTab.tsx';
import { useHasEditor } from '../editor/EditorStore.tsx';

const EditorPanel = lazy(() => import('../editor/EditorPanel.tsx').then((m) => ({ default: m.EditorPanel })));

/** The side panel: the cohort in numbers, its journeys, its routes, the selected service and the key. */
export function SidePanel({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const tab = useView((v) => v.sideTab);
  const listed = useCohortData((d) => d.list?.rows.length ?? null, null);
  const hasEditor = useHasEditor();
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
      ...(hasEditor
        ? [
            {
              key: 'edit' as const,
              label: 'Edit',
              panel: () => (
                <Suspense fallback={<p className="side__loading">Loading the editor…</p>}>
                  <EditorPanel />
                </Suspense>
              ),
            },
          ]
        : []),
    ],
    [pathway, listed, hasEditor],
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
