import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatProblem } from '../../core/problems.ts';
import { parseTrainerHash, serializeTrainerHash, type TrainerLink } from '../../core/trainer/trainerUrl.ts';
import { daysText } from '../common/format.ts';
import { CohortDataProvider } from '../data/CohortData.tsx';
import { useExplorerSession, type ExplorerSession } from '../state/explorerSession.ts';
import { currentHash, replaceHash, useHashChange } from '../state/hashRouter.ts';
import { viewToHash } from '../state/viewUrl.ts';
import { CaseChooser } from './CaseChooser.tsx';
import { CasePlayer } from './CasePlayer.tsx';
import { loadTrainerData } from './loadTrainerData.ts';
import { useExplorerCase } from './useExplorerCase.ts';
import './trainer.css';

const readLink = (): TrainerLink => parseTrainerHash(currentHash()) ?? { presenter: false };

/** Asks for full screen where the browser allows it; the presenter layout fills the window either way. */
/** The trainer's heading, in its title bar. */
function TrainerTitle(): ReactNode {
  return (
    <h1 className="trainer-bar__title">
      <span className="trainer-bar__brand">Pathway Lens</span> Trainer mode
    </h1>
  );
}

function requestFullscreen(): void {
  if (document.fullscreenEnabled && !document.fullscreenElement) {
    document.documentElement.requestFullscreen().catch(() => undefined);
  }
}

function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** The link back to the explorer's view with this journey selected (its own hash). */
function explorerHref(session: ExplorerSession | null, journeyId?: string): string {
  if (!session) return '#/';
  const view = session.actor.getSnapshot().context;
  const hash = viewToHash(
    journeyId ? { ...view, selectedJourneyId: journeyId as never, sideTab: 'journeys' } : view,
  );
  return hash === '' ? '#/' : hash;
}

interface PlayerHandlers {
  readonly navigation: number;
  readonly startIndex: number;
  readonly presenter: boolean;
  readonly onPresenter: (on: boolean) => void;
  readonly onFullscreen: () => void;
  readonly onIndexChange: (index: number) => void;
}

/** A journey of the explorer's own cohort in the player, with the way back to it in the explorer. */
function ExplorerJourney(props: PlayerHandlers & { session: ExplorerSession; journeyId: string }): ReactNode {
  const found = useExplorerCase(props.session, props.journeyId);
  const back = explorerHref(props.session, props.journeyId);
  const player =
    found.status === 'ready' ? (
      <CasePlayer
        key={`${found.kase.id}:${String(props.navigation)}`}
        kase={found.kase}
        loaded={found.loaded}
        startIndex={props.startIndex}
        presenter={props.presenter}
        onPresenter={props.onPresenter}
        onFullscreen={props.onFullscreen}
        onIndexChange={props.onIndexChange}
      />
    ) : (
      <main className="trainer-notice" id="main">
        <p role="status">{found.message}</p>
        <p>
          <a href={back}>Back to the explorer</a>
        </p>
      </main>
    );
  if (props.presenter && found.status === 'ready')
    return <div className="trainer trainer--presenter">{player}</div>;
  return (
    <div className="trainer">
      <header className="trainer-bar">
        <TrainerTitle />
        <p className="trainer-bar__case">
          Journey {props.journeyId}
          {found.status === 'ready'
            ? ` from ${found.cohortName} (W = ${daysText(found.parameters.windowDays)}, H = ${daysText(found.parameters.horizonDays)})`
            : ''}
        </p>
        {found.status === 'ready' && found.kase.synthetic ? (
          <p className="synthetic-flag synthetic-flag--dark">
            Synthetic journey — invented, not a real child
          </p>
        ) : null}
        <nav className="trainer-bar__nav" aria-label="Trainer">
          <a href={back}>Back to this journey in the explorer</a>
        </nav>
      </header>
      {player}
    </div>
  );
}

/**
 * Trainer mode (`#/trainer?case=C04&step=5&presenter=1`): loads the Coventry pathway and its synthetic
 * cohort, offers the cases, and plays the chosen one. The address bar always holds a link to the step
 * on screen, so a trainer can copy it into slides.
 */
export function TrainerApp(): ReactNode {
  const data = useMemo(() => loadTrainerData(), []);
  const session = useExplorerSession();
  const [link, setLink] = useState<TrainerLink>(readLink);
  // Bumped on every navigation from outside (a pasted link, Back): the player then reopens at the link's step.
  const [navigation, setNavigation] = useState(0);
  const enteredFullscreen = useRef(false);

  useHashChange(() => {
    setLink(readLink());
    setNavigation((n) => n + 1);
  });

  useEffect(() => {
    const onChange = () => {
      // Leaving full screen (Esc in the browser) leaves the presenter view it was entered for.
      if (!document.fullscreenElement && enteredFullscreen.current) {
        enteredFullscreen.current = false;
        setLink((l) => {
          const next = { ...l, presenter: false };
          replaceHash(serializeTrainerHash(next));
          return next;
        });
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, []);

  const onIndexChange = useCallback((index: number) => {
    setLink((l) => {
      const next = { ...l, step: index + 1 };
      replaceHash(serializeTrainerHash(next));
      return next.step === l.step ? l : next;
    });
  }, []);

  const onPresenter = useCallback((on: boolean) => {
    if (on) {
      enteredFullscreen.current = document.fullscreenEnabled;
      requestFullscreen();
    } else {
      enteredFullscreen.current = false;
      leaveFullscreen();
    }
    setLink((l) => {
      const next = { ...l, presenter: on };
      replaceHash(serializeTrainerHash(next));
      return next;
    });
  }, []);

  const onFullscreen = useCallback(() => {
    if (document.fullscreenElement) leaveFullscreen();
    else {
      enteredFullscreen.current = document.fullscreenEnabled;
      requestFullscreen();
    }
  }, []);

  if (link.journeyId !== undefined) {
    const handlers: PlayerHandlers = {
      navigation,
      startIndex: Math.max(0, (link.step ?? 1) - 1),
      presenter: link.presenter,
      onPresenter,
      onFullscreen,
      onIndexChange,
    };
    return session ? (
      <CohortDataProvider controller={session.controller}>
        <ExplorerJourney {...handlers} session={session} journeyId={link.journeyId} />
      </CohortDataProvider>
    ) : (
      <main className="load-error">
        <h1>Trainer mode</h1>
        <p>The explorer is starting; its cohort holds journey {link.journeyId}.</p>
      </main>
    );
  }

  if (!data.ok) {
    return (
      <main className="load-error">
        <h1>Trainer mode could not load its cases</h1>
        <ul>
          {data.problems.map((p, i) => (
            <li key={i}>
              <code>{formatProblem(p)}</code>
            </li>
          ))}
        </ul>
        <p>
          <a href="#/">Back to the explorer</a>
        </p>
      </main>
    );
  }

  const { loaded, cases } = data;
  const kase = cases.find((c) => c.id === link.caseId);
  const presenter = link.presenter && kase !== undefined;
  const startIndex = Math.max(0, (link.step ?? 1) - 1);

  const player = kase ? (
    <CasePlayer
      key={`${kase.id}:${String(navigation)}`}
      kase={kase}
      loaded={loaded}
      startIndex={startIndex}
      presenter={presenter}
      onPresenter={onPresenter}
      onFullscreen={onFullscreen}
      onIndexChange={onIndexChange}
    />
  ) : null;

  if (presenter) return <div className="trainer trainer--presenter">{player}</div>;

  return (
    <div className="trainer">
      <header className="trainer-bar">
        <TrainerTitle />
        {kase ? (
          <>
            <label className="trainer-bar__case">
              <span>Case</span>
              <select
                value={kase.id}
                onChange={(e) => {
                  window.location.hash = serializeTrainerHash({ caseId: e.target.value, presenter: false });
                }}
              >
                {cases.map((c) => (
                  <option key={c.id} value={c.id}>
                    {`${c.id} (${c.missedPoints === 1 ? '1 missed point' : `${String(c.missedPoints)} missed points`})`}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : null}
        <p className="synthetic-flag synthetic-flag--dark">Synthetic case — invented for training</p>
        <nav className="trainer-bar__nav" aria-label="Trainer">
          <a href="#/">Back to the explorer</a>
        </nav>
      </header>
      {player ?? <CaseChooser cases={cases} pathway={loaded.pathway} unknownId={link.caseId} />}
    </div>
  );
}

export default TrainerApp;
