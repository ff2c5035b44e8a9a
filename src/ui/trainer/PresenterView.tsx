import { useEffect, useState, type ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import type { PlayerCase } from '../../core/trainer/playerCase.ts';
import { HypotheticalBanner } from './HypotheticalBanner.tsx';
import { HypotheticalCard } from './HypotheticalCard.tsx';
import { MapKey } from './MapKey.tsx';
import { NarrationCard } from './NarrationCard.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { SignsOfSafetyCard } from './SignsOfSafetyCard.tsx';
import { TrainerMap } from './TrainerMap.tsx';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import type { PlayerView } from './usePlayer.ts';

/**
 * The case for a room: full screen, large type, high contrast, the map and the narration, the Signs of
 * Safety frame at a missed point, a progress bar through the case — and no data panels.
 */
export function PresenterView({
  view,
  kase,
  pathway,
  onExit,
  onFullscreen,
}: {
  view: PlayerView;
  kase: PlayerCase;
  pathway: Pathway;
  onExit: () => void;
  onFullscreen?: (() => void) | undefined;
}): ReactNode {
  const { whatIf, narration, sos, index, total, missed } = view;
  // At a missed point the Signs of Safety frame takes the map's place (both cannot be read from the back
  // of a room at once); M flips between them, and the next step starts afresh.
  const [mapAt, setMapAt] = useState<number | null>(null);
  // The camera follows the case with names at least 24 px on screen; W shows the whole map instead.
  const [whole, setWhole] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'w' || e.key === 'W') && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setWhole((w) => !w);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  const missedHere = sos !== undefined && whatIf === null;
  const showSos = missedHere && mapAt !== index;
  useEffect(() => {
    if (!missedHere) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'm' || e.key === 'M') && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setMapAt((at) => (at === index ? null : index));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [missedHere, index]);
  return (
    <div className="presenter" data-testid="presenter-view">
      <header className="presenter__bar">
        <h1 className="presenter__title">Case {kase.id}</h1>
        {kase.synthetic ? (
          <p className="synthetic-flag synthetic-flag--dark">Synthetic case — invented for training</p>
        ) : null}
        <div className="presenter__buttons">
          {onFullscreen ? (
            <button type="button" onClick={onFullscreen} aria-keyshortcuts="F">
              Full screen <kbd>F</kbd>
            </button>
          ) : null}
          <button type="button" onClick={onExit} aria-keyshortcuts="P">
            Exit presenter view <kbd>P</kbd>
          </button>
        </div>
      </header>
      {whatIf ? (
        <HypotheticalBanner
          realStepNumber={whatIf.fromIndex + 1}
          onBack={() => {
            view.send({ type: 'whatIf.exit' });
          }}
        />
      ) : null}
      <main className="presenter__main">
        {showSos ? (
          <section className="presenter__sos" aria-label="Signs of Safety" tabIndex={0}>
            <SignsOfSafetyCard sos={sos} compact />
            <button
              type="button"
              className="presenter__flip presenter__flip--sos"
              onClick={() => {
                setMapAt(index);
              }}
              aria-keyshortcuts="M"
            >
              Show the map <kbd>M</kbd>
            </button>
          </section>
        ) : (
          <section className="presenter__map" aria-labelledby="presenter-map-title">
            <h2 id="presenter-map-title" className="visually-hidden">
              Map of the case
            </h2>
            <TrainerMap pathway={pathway} scene={view.scene} follow={!whole} />
            <div className="presenter__mapfoot">
              <MapKey />
              <button
                type="button"
                className="presenter__flip"
                aria-pressed={whole}
                onClick={() => {
                  setWhole((w) => !w);
                }}
                aria-keyshortcuts="W"
              >
                Whole map <kbd>W</kbd>
              </button>
              {missedHere ? (
                <button
                  type="button"
                  className="presenter__flip"
                  onClick={() => {
                    setMapAt(null);
                  }}
                  aria-keyshortcuts="M"
                >
                  Show the Signs of Safety frame <kbd>M</kbd>
                </button>
              ) : null}
            </div>
          </section>
        )}
        {/* Focusable so that keyboard users can scroll it on a small screen (WCAG 2.1.1). */}
        <section className="presenter__narration" aria-label="Narration" tabIndex={0}>
          {whatIf ? (
            <HypotheticalCard whatIf={whatIf} pathway={pathway} realStepNumber={whatIf.fromIndex + 1} />
          ) : narration ? (
            <NarrationCard narration={narration} stepNumber={index + 1} total={total} />
          ) : null}
          {/* What if: start a branch here, or continue one, in front of the room. */}
          <WhatIfPanel
            moves={view.allowed}
            fromLabel={view.atLabel}
            inWhatIf={whatIf !== null}
            onTake={(m) => {
              view.send({ type: 'whatIf.take', to: m.to, activity: m.activity });
            }}
            onUndo={() => {
              view.send({ type: 'whatIf.undo' });
            }}
            onBack={() => {
              view.send({ type: 'whatIf.exit' });
            }}
          />
        </section>
      </main>
      <footer className="presenter__footer">
        <ProgressBar index={index} total={total} missed={missed} />
        <p className="presenter__keys">
          <kbd>→</kbd> next · <kbd>←</kbd> back · <kbd>Space</kbd> play/pause · <kbd>N</kbd> next missed point
          · <kbd>Home</kbd>/<kbd>End</kbd> first/last ·{' '}
          {missedHere ? (
            <>
              <kbd>M</kbd> map / Signs of Safety ·{' '}
            </>
          ) : null}
          {whatIf ? (
            <>
              <kbd>Esc</kbd> back to the real case ·{' '}
            </>
          ) : null}
          <kbd>W</kbd> whole map / follow the case · <kbd>P</kbd> leave
        </p>
      </footer>
    </div>
  );
}
