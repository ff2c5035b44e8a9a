import { useMemo, type ReactNode } from 'react';
import { activities, type Pathway } from '../../core/pathway/types.ts';
import { activityKeyColumn, type MappingDraft } from '../../core/profile/preview/mappingDraft.ts';
import type { ExportPreview } from '../../core/profile/preview/previewExport.ts';
import { ValueMap, type Target } from './ValueMap.tsx';

const ACTIVITY_TARGETS: Target[] = activities.map((a) => ({ id: a, label: a.replace(/_/g, ' ') }));

/** The service values mapped onto the pathway's services, and the activity values onto the nine activities. */
export function ValueMaps(props: {
  preview: ExportPreview;
  pathway: Pathway;
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
}): ReactNode {
  const { preview, pathway, draft, onChange } = props;
  const services = useMemo(() => pathway.services.map((s) => ({ id: s.id, label: s.label })), [pathway]);
  return (
    <>
      <ValueMap
        title="Service"
        preview={preview}
        column={draft.columns.service}
        map={draft.services}
        targets={services}
        onChange={(map) => {
          onChange({ ...draft, services: map });
        }}
      />
      <ValueMap
        title="Activity"
        preview={preview}
        column={activityKeyColumn(draft)}
        map={draft.activities}
        targets={ACTIVITY_TARGETS}
        onChange={(map) => {
          onChange({ ...draft, activities: map });
        }}
      />
    </>
  );
}
