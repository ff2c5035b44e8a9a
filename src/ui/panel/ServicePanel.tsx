import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { ServiceId } from '../../core/pathway/types.ts';
import { TagBadge } from '../common/TagBadge.tsx';
import { orderedTags } from '../common/tags.ts';
import type { RouteEnd, ServiceDetails } from './serviceDetails.ts';

function activityText(end: RouteEnd): string {
  return end.activity ? end.activity.replace(/_/g, ' ') : 'any activity';
}

function RouteList(props: {
  title: string;
  direction: 'in' | 'out';
  ends: readonly RouteEnd[];
  onSelect: (id: ServiceId) => void;
}): ReactNode {
  return (
    <section className="panel__section" aria-labelledby={`routes-${props.direction}`}>
      <h3 id={`routes-${props.direction}`}>{props.title}</h3>
      {props.ends.length === 0 ? (
        <p className="panel__empty">None on the pathway.</p>
      ) : (
        <ul className="route-list">
          {props.ends.map((end, i) => (
            <li key={`${end.service.id}-${String(i)}`}>
              <button
                type="button"
                className="route-button"
                onClick={() => {
                  props.onSelect(end.service.id);
                }}
              >
                <span className="route-button__arrow" aria-hidden="true">
                  {props.direction === 'in' ? '←' : '→'}
                </span>
                <span className="route-button__service">{end.service.label}</span>{' '}
                <span className="route-button__activity">{activityText(end)}</span>
              </button>
              {end.label ? <p className="route-list__note">{end.label}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const auditColumns = [
  { key: 'workingWell', title: 'What is working well', className: 'audit--well' },
  { key: 'worriedAbout', title: 'What are we worried about', className: 'audit--worried' },
  { key: 'needsToHappen', title: 'What needs to happen', className: 'audit--needs' },
] as const;

function AuditNotes({ service }: { service: ServiceDetails['service'] }): ReactNode {
  const audit = service.audit;
  const any = auditColumns.some((c) => (audit?.[c.key]?.length ?? 0) > 0);
  return (
    <section className="panel__section" aria-labelledby="audit-title">
      <h3 id="audit-title">Audit findings</h3>
      {!any ? (
        <p className="panel__empty">The audit recorded no notes for this service.</p>
      ) : (
        auditColumns.map((c) => {
          const notes = audit?.[c.key] ?? [];
          if (notes.length === 0) return null;
          return (
            <div key={c.key} className={`audit ${c.className}`}>
              <h4>{c.title}</h4>
              <ul>
                {notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}

function targetText(t: { label: string; hours?: number | undefined }): string {
  if (t.hours === undefined || t.label.includes(String(t.hours))) return t.label;
  return `${t.label} (${String(t.hours)} hours)`;
}

/**
 * The selected service: what it is, the audit's findings in the Signs of Safety frame, its targets, and
 * the routes in and out as buttons that select the service at the other end. Only renders its props.
 */
export function ServicePanel(props: {
  details: ServiceDetails;
  onSelect: (id: ServiceId) => void;
  onClose?: () => void;
}): ReactNode {
  const { service, level, routesIn, routesOut } = props.details;
  const heading = useRef<HTMLHeadingElement>(null);
  const followedRoute = useRef(false);
  const { onSelect } = props;

  // Following a route from the panel removes the button that had focus: move focus to the new
  // service's name, so a keyboard or screen reader user stays in the panel and hears where they are.
  useEffect(() => {
    if (!followedRoute.current) return;
    followedRoute.current = false;
    heading.current?.focus();
  }, [service.id]);

  const follow = useCallback(
    (id: ServiceId) => {
      followedRoute.current = true;
      onSelect(id);
    },
    [onSelect],
  );

  return (
    <article className="panel" aria-labelledby="panel-title" data-testid="service-panel">
      <header className="panel__header">
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {service.label}
        </h2>
        {props.onClose ? (
          <button
            type="button"
            className="panel__close"
            onClick={props.onClose}
            aria-label="Close service details"
          >
            ×
          </button>
        ) : null}
      </header>
      <dl className="panel__facts">
        <dt>Agency</dt>
        <dd>{service.agency}</dd>
        <dt>Level</dt>
        <dd>
          {level?.label ?? service.level}
          {level?.thrive ? <span className="panel__thrive"> · {level.thrive}</span> : null}
        </dd>
      </dl>
      {service.tags.length > 0 ? (
        <p className="panel__tags">
          {orderedTags(service.tags).map((t) => (
            <TagBadge key={t} tag={t} />
          ))}
        </p>
      ) : null}
      {service.description ? <p className="panel__description">{service.description}</p> : null}
      {service.targets && service.targets.length > 0 ? (
        <section className="panel__section" aria-labelledby="targets-title">
          <h3 id="targets-title">Targets</h3>
          <ul className="panel__targets">
            {service.targets.map((t, i) => (
              <li key={i}>{targetText(t)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <AuditNotes service={service} />
      <RouteList title="Routes in" direction="in" ends={routesIn} onSelect={follow} />
      <RouteList title="Routes out" direction="out" ends={routesOut} onSelect={follow} />
    </article>
  );
}
