import { lazy, Suspense, useCallback, type ReactNode } from 'react';
import type { Variant } from '../../core/analysis/journeyVariants.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { plural } from '../common/format.ts';
import { useCohortData } from '../data/CohortData.tsx';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import { Loading, NoCohort, NoJourneys } from './tabStates.tsx';

const VariantList = lazy(() =>
  import('../journeys/VariantList.tsx').then((m) => ({ default: m.VariantList })),
);

/** The side panel's routes: the most common routes; choosing one highlights it and lists its journeys. */
export function VariantsTab({ pathway }: { pathway: Pathway }): ReactNode {
  const send = useViewSend();
  const list = useCohortData((d) => d.list, null);
  const meta = useCohortData((d) => d.meta, null);
  const aggregate = useCohortData((d) => d.aggregate !== null, false);
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
  if (!meta) return <NoCohort />;
  if (aggregate) return <NoJourneys>The routes journeys took cannot be listed.</NoJourneys>;
  if (!list) return <Loading />;
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
