import type { ReactNode } from 'react';
import { playerButtons, type ButtonCommand } from '../../core/trainer/keyCommands.ts';
import { speeds, type PlayerEvent, type Speed } from '../../core/trainer/playerMachine.ts';
import { ControlIcon, type IconName } from './ControlIcon.tsx';

interface Props {
  readonly playing: boolean;
  readonly speed: Speed;
  /** Whether the player machine accepts an event now (`snapshot.can`): a button is enabled exactly then. */
  readonly can: (event: PlayerEvent) => boolean;
  readonly send: (event: PlayerEvent) => void;
}

const icons: Readonly<Record<ButtonCommand, IconName>> = {
  home: 'first',
  prev: 'back',
  toggle: 'play',
  next: 'next',
  nextMissed: 'missed',
  end: 'last',
};

/**
 * The player's buttons: first, back, play/pause, next, next missed point, last (the core's
 * `playerButtons`, each with its icon, its name and its key, so the shortcut is learnt by looking), and
 * the speed. Whether a button works is the player machine's answer, not a rule of its own.
 */
export function PlayerControls({ playing, speed, can, send }: Props): ReactNode {
  return (
    <div className="controls" role="group" aria-label="Player controls">
      {playerButtons.map((b) => {
        const pause = b.command === 'toggle' && playing;
        return (
          <button
            key={b.command}
            type="button"
            className="control"
            onClick={() => {
              send(b.event);
            }}
            disabled={!can(b.event)}
            aria-keyshortcuts={b.ariaKey}
          >
            <ControlIcon name={pause ? 'pause' : icons[b.command]} />
            <span className="control__label">{pause ? 'Pause' : b.name}</span>
            <kbd aria-hidden="true">{b.display}</kbd>
          </button>
        );
      })}
      <div className="speed" role="group" aria-label="Speed">
        <span className="speed__label" aria-hidden="true">
          Speed <kbd>S</kbd>
        </span>
        {speeds.map((s) => (
          <button
            key={s}
            type="button"
            className="speed__option"
            aria-pressed={s === speed}
            onClick={() => {
              send({ type: 'speed.set', speed: s });
            }}
          >
            {`${String(s)}×`}
          </button>
        ))}
      </div>
    </div>
  );
}
