import type { PlayerEvent } from './playerMachine.ts';

/** A keyboard shortcut of the player: the keys (`KeyboardEvent.key` values), how the screen shows them, what they do. */
export interface Shortcut {
  readonly keys: readonly string[];
  readonly display: string;
  readonly label: string;
  readonly event: PlayerEvent;
}

/**
 * The player's keyboard shortcuts, as data: the key handler looks keys up here and the screen lists
 * them from here, so what is shown is what works. Page Down / Page Up step too: presentation clickers
 * send them.
 */
export const shortcuts: readonly Shortcut[] = [
  { keys: ['ArrowRight', 'PageDown'], display: '→', label: 'Next step', event: { type: 'next' } },
  { keys: ['ArrowLeft', 'PageUp'], display: '←', label: 'Previous step', event: { type: 'prev' } },
  { keys: [' ', 'Spacebar'], display: 'Space', label: 'Play / pause', event: { type: 'toggle' } },
  { keys: ['n', 'N'], display: 'N', label: 'Next missed point', event: { type: 'nextMissed' } },
  { keys: ['Home'], display: 'Home', label: 'First step', event: { type: 'home' } },
  { keys: ['End'], display: 'End', label: 'Last step', event: { type: 'end' } },
  { keys: ['s', 'S'], display: 'S', label: 'Speed', event: { type: 'speed.cycle' } },
  { keys: ['Escape'], display: 'Esc', label: 'Back to the real case', event: { type: 'whatIf.exit' } },
];

const byKey = new Map<string, PlayerEvent>(
  shortcuts.flatMap((s) => s.keys.map((k) => [k, s.event] as const)),
);

/** The player event for a key, or undefined when the key is not a shortcut. */
export function commandForKey(key: string): PlayerEvent | undefined {
  return byKey.get(key);
}
