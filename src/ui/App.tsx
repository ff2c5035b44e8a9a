import { useMemo, type ReactNode } from 'react';
import { formatProblem } from '../core/problems.ts';
import { loadBundledPathway } from './bundledPathways.ts';
import { PathwayScreen } from './PathwayScreen.tsx';
import { ViewStoreProvider } from './state/ViewStore.tsx';

/** Loads and validates the bundled Coventry pathway, then shows it; a pathway file with errors is listed, not drawn. */
export function App(): ReactNode {
  const result = useMemo(() => loadBundledPathway(), []);
  if (!result.ok) {
    return (
      <main className="load-error">
        <h1>The pathway could not be loaded</h1>
        <p>Fix these problems in the pathway file, then reload the page:</p>
        <ul>
          {result.problems.map((p, i) => (
            <li key={i}>
              <code>{formatProblem(p)}</code>
            </li>
          ))}
        </ul>
      </main>
    );
  }
  return (
    <ViewStoreProvider syncUrl>
      <PathwayScreen pathway={result.value} />
    </ViewStoreProvider>
  );
}
