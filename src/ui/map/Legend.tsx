import type { ReactNode } from 'react';
import type { Level } from '../../core/pathway/types.ts';
import { CRISIS, EARLY_INTERVENTION } from '../../core/pathway/types.ts';
import { TagBadge } from '../common/TagBadge.tsx';

/** How to read the map: the badges, the lanes and the edges. */
export function Legend({ levels }: { levels: readonly Level[] }): ReactNode {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">How to read the map</h2>
      <dl className="legend__list">
        <div className="legend__item">
          <dt>
            <TagBadge tag={EARLY_INTERVENTION} />
          </dt>
          <dd>A service where an early concern can be acted on.</dd>
        </div>
        <div className="legend__item">
          <dt>
            <TagBadge tag={CRISIS} />
          </dt>
          <dd>Crisis care: a child reaching it is in crisis.</dd>
        </div>
        <div className="legend__item">
          <dt>
            <svg className="legend__edge" viewBox="0 0 48 14" aria-hidden="true" focusable="false">
              <path d="M2 7H38" />
              <path className="legend__arrow" d="M36 2 46 7 36 12Z" />
            </svg>
            <span className="visually-hidden">Arrow</span>
          </dt>
          <dd>
            An expected route. Select a service to label its routes with how a child arrives, e.g. <em>referral</em>.
          </dd>
        </div>
        <div className="legend__item">
          <dt>
            <span className="legend__swatch legend__swatch--selected" aria-hidden="true" />
            <span className="visually-hidden">Thick outline</span>
          </dt>
          <dd>The selected service; its routes in and out are drawn bold.</dd>
        </div>
      </dl>
      <h3 className="legend__subtitle">Lanes: levels of need, left to right</h3>
      <ol className="legend__lanes">
        {levels.map((l, i) => (
          <li key={l.id}>
            <span className={`legend__swatch lane--${String(i % 5)}`} aria-hidden="true" />
            <span>
              <span className="legend__lane">{l.label}</span>
              {l.thrive ? <span className="legend__thrive">{l.thrive}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
