import { useId, type ReactNode } from 'react';
import type { Variant } from '../../core/analysis/journeyVariants.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import type { ServiceKind } from './activityShapes.ts';
import { journeyCount, variantKey, variantSteps } from './variantModel.ts';
import './journeys.css';

export interface VariantListProps {
  /** Most frequent first (as `journeyVariants` returns them). */
  readonly variants: readonly Variant[];
  readonly pathway: Pathway;
  /** `variantKey` of the selected variant. */
  readonly selectedKey: string | null;
  readonly onSelect: (variant: Variant) => void;
  /** Says the cohort is synthetic. */
  readonly synthetic?: boolean | undefined;
  /** The heading level of the list's title. Default 3. */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

/** The map's shapes for the two tags the analysis rests on: a diamond (early intervention), a triangle (crisis). */
function KindIcon({ kind }: { kind: ServiceKind }): ReactNode {
  if (kind === 'other') return null;
  return (
    <svg className="variant__chip-icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d={kind === 'early' ? 'M6 0.5 11.5 6 6 11.5 0.5 6Z' : 'M6 0.6 11.6 11H0.4Z'} />
    </svg>
  );
}

/**
 * The most common routes through the pathway with how many journeys followed each: a list of toggle
 * buttons (`aria-pressed`), each showing the route as a row of service chips. The button's name comes from
 * its content, with the arrows read as "then": "School then GP (primary care) — 3 journeys".
 */
export function VariantList({
  variants,
  pathway,
  selectedKey,
  onSelect,
  synthetic = false,
  headingLevel = 3,
}: VariantListProps): ReactNode {
  const id = useId();
  const Heading = `h${String(headingLevel)}` as 'h3';
  const max = variants.reduce((m, v) => Math.max(m, v.journeys), 0);
  return (
    <section className="variants" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="variants__title">
        Most common routes
        {synthetic ? <span className="synthetic-badge">Synthetic</span> : null}
      </Heading>
      {variants.length === 0 ? (
        <p className="variants__empty">No journeys to group into routes.</p>
      ) : (
        <>
          <p className="variants__key">
            <span>
              <KindIcon kind="early" /> early-intervention service
            </span>
            <span>
              <KindIcon kind="crisis" /> crisis service
            </span>
          </p>
          <ol className="variants__list">
            {variants.map((v, rank) => {
              const key = variantKey(v);
              const selected = key === selectedKey;
              const steps = variantSteps(v, pathway);
              return (
                <li key={key}>
                  <button
                    type="button"
                    className={`variant${selected ? ' is-selected' : ''}`}
                    aria-pressed={selected}
                    onClick={() => {
                      onSelect(v);
                    }}
                  >
                    <span className="variant__rank" aria-hidden="true">
                      {rank + 1}
                    </span>
                    <span className="variant__route">
                      {steps.map((s, i) => (
                        <span key={i} className="variant__step">
                          {i > 0 ? (
                            <span className="variant__arrow">
                              <span aria-hidden="true">→</span>
                              <span className="visually-hidden"> then </span>
                            </span>
                          ) : null}
                          <span className={`variant__chip variant__chip--${s.kind}`}>
                            <KindIcon kind={s.kind} />
                            {s.label}
                          </span>
                        </span>
                      ))}
                    </span>
                    <span className="variant__count">
                      <span className="visually-hidden">— </span>
                      {journeyCount(v.journeys)}
                      <span
                        className="variant__bar"
                        aria-hidden="true"
                        style={{
                          width: `${String(max > 0 ? Math.max(6, Math.round((v.journeys / max) * 100)) : 0)}%`,
                        }}
                      />
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
