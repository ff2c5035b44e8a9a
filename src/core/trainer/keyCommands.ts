import type { PlayerEvent } from './playerMachine.ts';

/** A keyboard shortcut of the player: the keys (`KeyboardEvent.key` values), how the screen shows them, what they do. */
export interface Shortcut {
  readonly keys: readonly string[];
  readonly display: string;
  readonly label: string;
  readonly event: PlayerEvent;
  /** The key as `aria-keyshortcuts` names it. */
  readonly ariaKey: string;
}

/**
 * The player's keyboard shortcuts, as data: the key handler looks keys up here and the screen lists
 * them from here, so what is shown is what works. Page Down / Page Up step too: presentation clickers
 * send them.
 */
export const shortcuts: readonly Shortcut[] = [
  {
    keys: ['ArrowRight', 'PageDown'],
    display: '→',
    label: 'Next step',
    event: { type: 'next' },
    ariaKey: 'ArrowRight',
  },
  {
    keys: ['ArrowLeft', 'PageUp'],
    display: '←',
    label: 'Previous step',
    event: { type: 'prev' },
    ariaKey: 'ArrowLeft',
  },
  {
    keys: [' ', 'Spacebar'],
    display: 'Space',
    label: 'Play / pause',
    event: { type: 'toggle' },
    ariaKey: 'Space',
  },
  { keys: ['n', 'N'], display: 'N', label: 'Next missed point', event: { type: 'nextMissed' }, ariaKey: 'N' },
  { keys: ['Home'], display: 'Home', label: 'First step', event: { type: 'home' }, ariaKey: 'Home' },
  { keys: ['End'], display: 'End', label: 'Last step', event: { type: 'end' }, ariaKey: 'End' },
  { keys: ['s', 'S'], display: 'S', label: 'Speed', event: { type: 'speed.cycle' }, ariaKey: 'S' },
  {
    keys: ['Escape'],
    display: 'Esc',
    label: 'Back to the real case',
    event: { type: 'whatIf.exit' },
    ariaKey: 'Escape',
  },
];

/** The commands the player has a button for, and the button's short name. */
export type ButtonCommand = 'home' | 'prev' | 'toggle' | 'next' | 'nextMissed' | 'end';

export interface PlayerButton extends Shortcut {
  readonly command: ButtonCommand;
  readonly name: string;
}

const buttonNames: readonly (readonly [ButtonCommand, string])[] = [
  ['home', 'First'],
  ['prev', 'Back'],
  ['toggle', 'Play'],
  ['next', 'Next'],
  ['nextMissed', 'Next missed point'],
  ['end', 'Last'],
];

/**
 * The player's buttons in screen order, each a shortcut of the table above: a button sends the same
 * event as its key, is enabled exactly when the player machine accepts that event (`snapshot.can`),
 * and shows its key.
 */
export const playerButtons: readonly PlayerButton[] = buttonNames.map(([command, name]) => {
  const shortcut = shortcuts.find((s) => s.event.type === command);
  if (!shortcut) throw new Error(`No shortcut for the player's ${command} button.`);
  return { ...shortcut, command, name };
});

const byKey = new Map<string, PlayerEvent>(
  shortcuts.flatMap((s) => s.keys.map((k) => [k, s.event] as const)),
);

/** The player event for a key, or undefined when the key is not a shortcut. */
export function commandForKey(key: string): PlayerEvent | undefined {
  return byKey.get(key);
}
