import './trainer.css';
import { useId, type ReactNode } from 'react';
import type { SignsOfSafety, SignsOfSafetyItem } from '../../core/trainer/signsOfSafety.ts';
import { activityWords } from '../../core/trainer/activityWords.ts';

function Items({ items }: { items: readonly SignsOfSafetyItem[] }): ReactNode {
  return (
    <ul className="sos__items">
      {items.map((item, i) => (
        <li key={i} className={`sos__item sos__item--${item.source}`}>
          {item.text}
          <span className="sos__source">{item.source === 'audit' ? ' (audit finding)' : ' (this case)'}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The Signs of Safety frame at a missed early-intervention point: what was working well, what we are
 * worried about, what needed to happen — from the service's audit notes and from the case — and the
 * early-help routes the pathway offered from that service.
 */
export function SignsOfSafetyCard({
  sos,
  compact = false,
}: {
  sos: SignsOfSafety;
  compact?: boolean;
}): ReactNode {
  const id = useId();
  return (
    <section
      className={`sos${compact ? ' sos--compact' : ''}`}
      aria-labelledby={`${id}-sos-title`}
      data-testid="signs-of-safety"
    >
      <h2 id={`${id}-sos-title`} className="sos__title">
        Missed early-intervention point at {sos.serviceLabel}
      </h2>
      <div className="sos__columns">
        <section className="sos__column sos__column--well" aria-labelledby={`${id}-sos-well`}>
          <h3 id={`${id}-sos-well`}>What was working well</h3>
          <Items items={sos.workingWell} />
        </section>
        <section className="sos__column sos__column--worried" aria-labelledby={`${id}-sos-worried`}>
          <h3 id={`${id}-sos-worried`}>What we are worried about</h3>
          <Items items={sos.worriedAbout} />
        </section>
        <section className="sos__column sos__column--needs" aria-labelledby={`${id}-sos-needs`}>
          <h3 id={`${id}-sos-needs`}>What needed to happen</h3>
          <Items items={sos.needsToHappen} />
          {sos.earlyHelpRoutes.length > 0 ? (
            <>
              <h4 className="sos__routes-title">
                Early-help routes the pathway offered from {sos.serviceLabel}
              </h4>
              <ul className="sos__routes">
                {sos.earlyHelpRoutes.map((r) => (
                  <li key={`${r.to}.${r.activity ?? ''}`}>
                    {compact ? null : <span aria-hidden="true">→ </span>}
                    <strong>{r.toLabel}</strong>
                    {r.activity ? ` (${activityWords[r.activity].noun})` : null}
                    {r.routeLabel && !compact ? (
                      <span className="sos__route-label"> — {r.routeLabel}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
    </section>
  );
}
