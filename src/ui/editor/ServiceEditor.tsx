import type { ReactNode } from 'react';
import type { AuditPart, ServiceField } from '../../core/pathwayEditor/pathwayEdits.ts';
import { CRISIS, EARLY_INTERVENTION, type Service } from '../../core/pathway/types.ts';
import { tagText } from '../common/tags.ts';
import { useSelectedServiceId, useViewSend } from '../state/ViewStore.tsx';
import { useDraftPathway, useEdit } from './EditorStore.tsx';
import { TargetsFields } from './TargetsFields.tsx';

const auditParts: readonly { part: AuditPart; label: string }[] = [
  { part: 'workingWell', label: 'Working well' },
  { part: 'worriedAbout', label: 'Worried about' },
  { part: 'needsToHappen', label: 'Needs to happen' },
];

/** One line per note; blank lines are dropped only when the notes are read back (typing keeps them). */
const linesOf = (text: string): string[] => text.split('\n');

/** The selected service's fields: name, agency, description, tags, audit notes and targets; and Remove. */
export function ServiceEditor(): ReactNode {
  const pathway = useDraftPathway();
  const selected = useSelectedServiceId();
  const service = pathway.services.find((s) => s.id === selected);
  if (!service) {
    return (
      <section className="editor-service editor-service--empty" aria-label="Selected service">
        <p>Select a service on the map or above to edit its name, tags, agency, notes and targets.</p>
      </section>
    );
  }
  return <ServiceFields key={service.id} service={service} />;
}

function ServiceFields({ service }: { service: Service }): ReactNode {
  const edit = useEdit();
  const send = useViewSend();
  const id = service.id;
  const text = (field: ServiceField, label: string, long = false) => {
    const onChange = (value: string) => {
      edit({ kind: 'service.set', service: id, field, value }, `service:${id}:${field}`);
    };
    return (
      <label className="editor-field">
        <span>{label}</span>
        {long ? (
          <textarea
            rows={2}
            value={service[field]}
            onChange={(e) => {
              onChange(e.target.value);
            }}
          />
        ) : (
          <input
            type="text"
            value={service[field]}
            onChange={(e) => {
              onChange(e.target.value);
            }}
          />
        )}
      </label>
    );
  };
  return (
    <section className="editor-service" aria-labelledby="editor-service-title">
      <h3 id="editor-service-title">
        Service <code>{id}</code>
      </h3>
      {text('label', 'Name')}
      {text('agency', 'Agency')}
      {text('description', 'Description', true)}
      <fieldset className="editor-tags">
        <legend>Tags</legend>
        {[EARLY_INTERVENTION, CRISIS].map((tag) => (
          <label key={tag} className="editor-check">
            <input
              type="checkbox"
              checked={service.tags.includes(tag)}
              onChange={(e) => {
                edit({ kind: 'service.tag', service: id, tag, on: e.target.checked });
              }}
            />{' '}
            {tagText(tag)}
          </label>
        ))}
      </fieldset>
      <fieldset className="editor-audit">
        <legend>Audit notes (one per line)</legend>
        {auditParts.map(({ part, label }) => (
          <label key={part} className="editor-field">
            <span>{label}</span>
            <textarea
              rows={2}
              value={(service.audit?.[part] ?? []).join('\n')}
              onChange={(e) => {
                const items = linesOf(e.target.value);
                edit(
                  {
                    kind: 'service.audit',
                    service: id,
                    part,
                    items: items.length === 1 && items[0] === '' ? [] : items,
                  },
                  `service:${id}:audit:${part}`,
                );
              }}
            />
          </label>
        ))}
      </fieldset>
      <TargetsFields service={service} />
      <button
        type="button"
        className="editor-danger"
        onClick={() => {
          edit({ kind: 'service.remove', service: id });
          send({ type: 'service.clear' });
        }}
      >
        Remove service {service.label}
      </button>
    </section>
  );
}
