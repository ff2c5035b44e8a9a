import type { ReactNode } from 'react';
import { speeds, type PlayerEvent, type Speed } from '../../core/trainer/playerMachine.ts';
import { ControlIcon, type IconName } from './ControlIcon.tsx';

interface Props {
  readonly index: number;
  readonly total: number;
  readonly playing: boolean;
  readonly speed: Speed;
  readonly hasNextMissed: boolean;
  readonly inWhatIf: boolean;
  readonly send: (event: PlayerEvent) => void;
}

/** A button with its icon, its name and its key, so the shortcut is learnt by looking. */
function Control({
  label,
  icon,
  keyName,
  keyText,
  onClick,
  disabled,
}: {
  label: string;
  icon: IconName;
  keyName: string;
  keyText: string;
  onClick: () => void;
  disabled: boolean;
}): ReactNode {
  return (
    <button
      type="button"
      className="control"
      onClick={onClick}
      disabled={disabled}
      aria-keyshortcuts={keyName}
    >
      <ControlIcon name={icon} />
      <span className="control__label">{label}</span>
      <kbd aria-hidden="true">{keyText}</kbd>
    </button>
  );
}

/** The player's buttons: first, back, play/pause, next, next missed point, last, and the speed. */
export function PlayerControls({
  index,
  total,
  playing,
  speed,
  hasNextMissed,
  inWhatIf,
  send,
}: Props): ReactNode {
  const atStart = index <= 0;
  const atEnd = index >= total - 1;
  return (
    <div className="controls" role="group" aria-label="Player controls">
      <Control
        label="First"
        icon="first"
        keyName="Home"
        keyText="Home"
        onClick={() => {
          send({ type: 'home' });
        }}
        disabled={inWhatIf || atStart}
      />
      <Control
        label="Back"
        icon="back"
        keyName="ArrowLeft"
        keyText="←"
        onClick={() => {
          send({ type: 'prev' });
        }}
        disabled={!inWhatIf && atStart}
      />
      <Control
        label={playing ? 'Pause' : 'Play'}
        icon={playing ? 'pause' : 'play'}
        keyName="Space"
        keyText="Space"
        onClick={() => {
          send({ type: 'toggle' });
        }}
        disabled={inWhatIf || (atEnd && !playing)}
      />
      <Control
        label="Next"
        icon="next"
        keyName="ArrowRight"
        keyText="→"
        onClick={() => {
          send({ type: 'next' });
        }}
        disabled={inWhatIf || atEnd}
      />
      <Control
        label="Next missed point"
        icon="missed"
        keyName="N"
        keyText="N"
        onClick={() => {
          send({ type: 'nextMissed' });
        }}
        disabled={inWhatIf || !hasNextMissed}
      />
      <Control
        label="Last"
        icon="last"
        keyName="End"
        keyText="End"
        onClick={() => {
          send({ type: 'end' });
        }}
        disabled={inWhatIf || atEnd}
      />
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
