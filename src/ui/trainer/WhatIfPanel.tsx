import { useRef, type ReactNode } from 'react';
import { activityWords } from '../../core/trainer/activityWords.ts';
import type { AllowedMove } from '../../core/trainer/allowedMoves.ts';

/**
 * "What if": the routes the pathway machine allows from where the case is, as buttons. Taking one
 * starts (or continues) a hypothetical branch; in a branch the panel also offers the way back.
 */
export function WhatIfPanel({
  moves,
  fromLabel,
  inWhatIf,
  onTake,
  onUndo,
  onBack,
}: {
  moves: readonly AllowedMove[];
  fromLabel: string;
  inWhatIf: boolean;
  onTake: (move: AllowedMove) => void;
  onUndo: () => void;
  onBack: () => void;
}): ReactNode {
  // The button pressed disappears with the moves it listed: focus goes to the panel's heading instead
  // of being lost, so a keyboard user carries on from there.
  const heading = useRef<HTMLHeadingElement>(null);
  const take = (m: AllowedMove) => {
    onTake(m);
    requestAnimationFrame(() => {
      const h = heading.current;
      if (!h) return;
      h.focus({ preventScroll: true });
      // The hypothetical card at the top of the column is what to read next.
      h.closest('.player__side, .presenter__narration')?.scrollTo({ top: 0 });
    });
  };
  return (
    <section
      className={`whatif${inWhatIf ? ' whatif--active' : ''}`}
      aria-labelledby="whatif-title"
      data-testid="what-if"
    >
      <h2 id="whatif-title" className="whatif__title" ref={heading} tabIndex={-1}>
        {inWhatIf ? 'What if… next' : 'What if…'}
      </h2>
      {inWhatIf ? (
        <div className="whatif__actions">
          <button type="button" className="whatif__back" onClick={onBack} aria-keyshortcuts="Escape">
            Back to the real case <kbd>Esc</kbd>
          </button>
          <button type="button" className="whatif__undo" onClick={onUndo} aria-keyshortcuts="ArrowLeft">
            Undo last move <kbd>←</kbd>
          </button>
        </div>
      ) : null}
      {moves.length > 0 ? (
        <>
          <p className="whatif__intro">
            {inWhatIf ? 'Continue the hypothetical path' : 'Take a route the pathway allowed instead'} from{' '}
            <strong>{fromLabel}</strong>:
          </p>
          <ul className="whatif__moves">
            {moves.map((m) => (
              <li key={`${m.to}.${m.activity}`}>
                <button
                  type="button"
                  className={`whatif__move${m.crisis ? ' whatif__move--crisis' : ''}`}
                  onClick={() => {
                    take(m);
                  }}
                >
                  <span aria-hidden="true">→ </span>
                  <span className="whatif__to">{m.toLabel}</span>
                  <span className="whatif__activity">
                    {m.activityRequired ? activityWords[m.activity].noun : 'any contact'}
                    {m.crisis ? ' · crisis' : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="whatif__intro">The pathway has no route out of {fromLabel}.</p>
      )}
    </section>
  );
}
