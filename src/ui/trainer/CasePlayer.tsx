import './trainer.css';
import { useEffect, type ReactNode } from 'react';
import type { LoadedPathway } from '../../core/pathway/loadedPathway.ts';
import { caseSummary } from '../../core/trainer/caseSummary.ts';
import type { PlayerCase } from '../../core/trainer/playerCase.ts';
import { serializeTrainerHash } from '../../core/trainer/trainerUrl.ts';
import { HypotheticalBanner } from './HypotheticalBanner.tsx';
import { HypotheticalCard } from './HypotheticalCard.tsx';
import { MapKey } from './MapKey.tsx';
import { NarrationCard } from './NarrationCard.tsx';
import { PlayerControls } from './PlayerControls.tsx';
import { PresenterView } from './PresenterView.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { ShortcutList } from './ShortcutList.tsx';
import { SignsOfSafetyCard } from './SignsOfSafetyCard.tsx';
import { TrainerMap } from './TrainerMap.tsx';
import { usePlayer } from './usePlayer.ts';
import { usePlayerKeys } from './usePlayerKeys.ts';
import { WhatIfPanel } from './WhatIfPanel.tsx';

export interface CasePlayerProps {
  readonly kase: PlayerCase;
  readonly loaded: LoadedPathway;
  /** 0-based step to open at. */
  readonly startIndex?: number | undefined;
  readonly presenter?: boolean | undefined;
  readonly onPresenter?: ((on: boolean) => void) | undefined;
  readonly onFullscreen?: (() => void) | undefined;
  /** Told of every step change (e.g. to keep the link in the address bar up to date). */
  readonly onIndexChange?: ((index: number) => void) | undefined;
}

/**
 * Steps through one case on the pathway machine: the map with where the case is and could go, the
 * narration of each step, the Signs of Safety frame at each missed point, what-if branches, and the
 * controls with their keyboard shortcuts. In the presenter view the same player fills the screen.
 */
export function CasePlayer({
  kase,
  loaded,
  startIndex = 0,
  presenter = false,
  onPresenter,
  onFullscreen,
  onIndexChange,
}: CasePlayerProps): ReactNode {
  const view = usePlayer(kase, loaded, startIndex);
  const { send, index, total, whatIf, narration, sos } = view;
  const { pathway } = loaded;
  usePlayerKeys(send, { inWhatIf: whatIf !== null, presenter, onPresenter, onFullscreen });
  useEffect(() => {
    onIndexChange?.(index);
  }, [index, onIndexChange]);

  const announcement = whatIf
    ? `Hypothetical: ${whatIf.moves.map((m) => pathway.services.find((s) => s.id === m.to)?.label ?? m.to).join(', then ')}. Not what happened.`
    : (narration?.text ?? '');
  const live = (
    <p className="visually-hidden" aria-live="polite" data-testid="announcement">
      {`Step ${String(index + 1)} of ${String(total)}. ${announcement}`}
    </p>
  );

  if (presenter) {
    return (
      <>
        <PresenterView
          view={view}
          kase={kase}
          pathway={pathway}
          onExit={() => onPresenter?.(false)}
          onFullscreen={onFullscreen}
        />
        {live}
      </>
    );
  }

  const back = () => {
    send({ type: 'whatIf.exit' });
  };
  return (
    <main className="player" data-testid="case-player" id="main">
      <section className="player__stage" aria-labelledby="player-map-title">
        <h2 id="player-map-title" className="visually-hidden">
          Map of the case
        </h2>
        {whatIf ? <HypotheticalBanner realStepNumber={whatIf.fromIndex + 1} onBack={back} /> : null}
        <TrainerMap pathway={pathway} scene={view.scene} />
        {/* At a missed point the frame sits under the map, in view without scrolling. */}
        {sos && !whatIf ? (
          <div
            className="player__sos"
            tabIndex={0}
            role="region"
            aria-label="Signs of Safety at this missed point"
          >
            <SignsOfSafetyCard sos={sos} compact />
          </div>
        ) : null}
        <MapKey />
      </section>
      {/* Focusable so that keyboard users can scroll it (WCAG 2.1.1). */}
      <aside className="player__side" aria-label="Narration and what if" tabIndex={0}>
        <p className="player__case">
          <strong>Case {kase.id}</strong> · {caseSummary(kase, pathway)} ·{' '}
          <a href={serializeTrainerHash({ presenter: false })}>All cases</a>
        </p>
        {whatIf ? (
          <HypotheticalCard whatIf={whatIf} pathway={pathway} realStepNumber={whatIf.fromIndex + 1} />
        ) : narration ? (
          <NarrationCard narration={narration} stepNumber={index + 1} total={total} />
        ) : null}
        <WhatIfPanel
          moves={view.allowed}
          fromLabel={view.atLabel}
          inWhatIf={whatIf !== null}
          onTake={(m) => {
            send({ type: 'whatIf.take', to: m.to, activity: m.activity });
          }}
          onUndo={() => {
            send({ type: 'whatIf.undo' });
          }}
          onBack={back}
        />
      </aside>
      <section className="player__bar" aria-label="Progress and controls">
        <ProgressBar index={index} total={total} missed={view.missed} />
        <PlayerControls playing={view.playing} speed={view.speed} can={view.can} send={send} />
        {/* The other keys are written on their buttons. */}
        <ShortcutList only={['S', 'Esc', 'P', 'F']} />
        {onPresenter ? (
          <button
            type="button"
            className="control control--presenter"
            onClick={() => {
              onPresenter(true);
            }}
            aria-keyshortcuts="P"
          >
            Presenter view <kbd aria-hidden="true">P</kbd>
          </button>
        ) : null}
      </section>
      {live}
    </main>
  );
}
