import './trainer.css';
import { useId, type ReactNode } from 'react';
import type { Narration } from '../../core/trainer/narrate.ts';

const pathwayIcon = { first: '●', stay: '●', on: '✓', off: '⚠' } as const;

/**
 * One step of the case in plain English: when, where, what happened, the concerns, whether the move
 * followed the pathway, a missed-point flag and the trainer's note. Every fact is in words; colour only
 * repeats it.
 */
export function NarrationCard({
  narration: n,
  stepNumber,
  total,
}: {
  narration: Narration;
  stepNumber: number;
  total: number;
}): ReactNode {
  const id = useId();
  return (
    <article
      className={`narration${n.missed ? ' narration--missed' : ''}${n.crisis ? ' narration--crisis' : ''}`}
      aria-labelledby={`${id}-service`}
      data-testid="narration"
    >
      <p className="narration__step">
        Step {stepNumber} of {total}
      </p>
      <p className="narration__when">
        <time>{n.when}</time>
        {n.relative ? <span className="narration__relative"> · {n.relative}</span> : null}
      </p>
      <h2 className="narration__service" id={`${id}-service`}>
        {n.serviceLabel}
        {n.agency ? <span className="narration__agency">{n.agency}</span> : null}
      </h2>
      <p className="narration__happened">{n.happened}</p>
      {n.concerns.length > 0 ? (
        <div className="narration__concerns">
          <span className="narration__label">Concerns</span>
          <ul aria-label="Concerns">
            {n.concerns.map((c) => (
              <li key={c} className="concern-chip">
                {c}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="narration__concerns narration__concerns--none">No concerns recorded.</p>
      )}
      <p className={`narration__pathway narration__pathway--${n.pathway.kind}`}>
        <span aria-hidden="true">{pathwayIcon[n.pathway.kind]} </span>
        {n.pathway.text}
      </p>
      {n.missed ? (
        <p className="narration__missed" data-testid="missed-flag">
          <strong>Missed early-intervention point.</strong> Concerns were seen here, nothing followed in time,
          and a crisis came later.
        </p>
      ) : null}
      {n.note ? (
        <blockquote className="narration__note">
          <p className="narration__label">Trainer’s note</p>
          <p>{n.note}</p>
        </blockquote>
      ) : null}
    </article>
  );
}
