import type { ReactNode } from 'react';
import { edgeColours } from './playerToFlow.ts';

const items = [
  { kind: 'last', text: 'Move just made', dash: undefined, width: 4 },
  { kind: 'travelled', text: 'Path so far', dash: undefined, width: 3 },
  { kind: 'could', text: 'Could go (allowed by the pathway)', dash: '6 4', width: 2.5 },
  { kind: 'off', text: 'Off pathway', dash: '2 3', width: 3 },
  { kind: 'hypothetical', text: 'Hypothetical (what if)', dash: '9 5', width: 3.5 },
] as const;

/** A one-line key to the player's lines, each drawn as on the map and named in words. */
export function MapKey(): ReactNode {
  return (
    <ul className="map-key" aria-label="Key to the map">
      <li>
        <span className="map-key__now" aria-hidden="true">
          Now
        </span>
        Where the case is
      </li>
      {items.map((i) => (
        <li key={i.kind}>
          <svg className="map-key__line" viewBox="0 0 40 10" aria-hidden="true" focusable="false">
            <path
              d="M1 5H39"
              stroke={edgeColours[i.kind]}
              strokeWidth={i.width}
              strokeDasharray={i.dash}
              fill="none"
            />
          </svg>
          {i.text}
        </li>
      ))}
    </ul>
  );
}
