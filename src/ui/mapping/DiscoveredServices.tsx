import { useId, type ReactNode } from 'react';
import { discoveredServices, DISCOVERY_ACTIVITY } from '../../core/profile/preview/discoveryDraft.ts';
import type { MappingDraft } from '../../core/profile/preview/mappingDraft.ts';
import type { ExportPreview } from '../../core/profile/preview/previewExport.ts';
import { exactCount, plural } from '../common/format.ts';

/**
 * Discovery mode: what the service column's values will become, read only (CONTRACT §6): one service per
 * distinct value, and beyond 40 the less frequent merged into one service `other`. Nothing to map.
 */
export function DiscoveredServices(props: { preview: ExportPreview; draft: MappingDraft }): ReactNode {
  const id = useId();
  const found = discoveredServices(props.preview, props.draft.columns.service);
  const activity = props.draft.columns.activity;
  return (
    <section className="mapping__section" aria-labelledby={`${id}-title`} data-testid="discovered-services">
      <h3 id={`${id}-title`}>Services</h3>
      {found ? (
        <p className="mapping__hint" role="status">
          “{found.column}”: {found.complete ? '' : 'at least '}
          {plural(found.distinct, 'distinct value')}
          {found.merged > 0
            ? `. The ${exactCount(found.kept)} touched by most journeys become services of the draft; the other ${exactCount(found.merged)} merge into one service “${found.other}”.`
            : `, each one a service of the draft, named as the file writes it.`}{' '}
          You can rename, move, remove and tag them in the editor.
        </p>
      ) : (
        <p className="mapping__hint">
          Choose the column that holds where each event happened (a team, a place).
        </p>
      )}
      <p className="mapping__hint">
        {activity
          ? `Activities in “${activity}” that are not one of Pathway Lens’s nine are read as ${DISCOVERY_ACTIVITY}.`
          : `With no activity column, every event is read as a ${DISCOVERY_ACTIVITY}.`}{' '}
        Routes are the moves between services made by enough journeys.
      </p>
    </section>
  );
}
