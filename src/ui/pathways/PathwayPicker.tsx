import { useId, useMemo, type ReactNode } from 'react';
import { bundledPathways } from '../data/bundledPathways.ts';
import { OpenCohortButton } from '../data/OpenCohortButton.tsx';
import { useView, useViewSend } from '../state/ViewStore.tsx';
import { usePathwayFiles } from './PathwayFiles.tsx';
import './pathways.css';

const OPENED = '\u0000opened';

/**
 * The pathway shown: a choice of every pathway bundled with the app (pathway-data/), and the one the
 * user opened from a file, if any; "Open pathway file" beside it. Both go through the view
 * (`pathway.choose`, `pathway.open`), so the link names the pathway.
 */
export function PathwayPicker(): ReactNode {
  const id = useId();
  const send = useViewSend();
  const files = usePathwayFiles();
  const pathwayId = useView((v) => v.pathwayId);
  const opened = useView((v) => v.openedPathway);
  const bundled = useMemo(() => bundledPathways(), []);
  return (
    <div className="pathway-picker" data-testid="pathway-picker">
      <label htmlFor={`${id}-select`} className="pathway-picker__label">
        Pathway
      </label>
      <select
        id={`${id}-select`}
        className="pathway-picker__select"
        value={opened ? OPENED : pathwayId}
        onChange={(event) => {
          const value = event.target.value;
          if (value !== OPENED) send({ type: 'pathway.choose', pathwayId: value });
        }}
      >
        {bundled.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
        {opened ? <option value={OPENED}>{opened.title} (opened file)</option> : null}
      </select>
      {files ? (
        <OpenCohortButton
          label="Open pathway file"
          hint="A pathway.json file (CONTRACT §1). You can also drop it on the page. It stays on this computer."
          accept=".json,application/json"
          testId="pathway-file-input"
          onFile={(file) => {
            void files.open(file);
          }}
        />
      ) : null}
    </div>
  );
}
