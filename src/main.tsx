import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import './ui/print.css';
import { App } from './ui/App.tsx';
import { useScreen } from './ui/state/hashRouter.ts';

// Trainer mode (#/trainer…) is loaded only when opened, so the explorer does not carry its code.
const TrainerApp = lazy(() => import('./ui/trainer/TrainerApp.tsx'));
// The embed (#/embed…) shows the board-paper figure alone, for an iframe; loaded only when opened too.
const EmbedApp = lazy(() => import('./ui/embed/EmbedApp.tsx'));

/**
 * The screen the address names (the app's one hash router: `ui/state/hashRouter.ts`). The explorer stays
 * mounted, hidden, while the trainer is open: the trainer plays the journeys of the explorer's cohort
 * (which stays in its worker), and coming back finds the explorer as it was left.
 */
function Root() {
  const screen = useScreen();
  if (screen === 'embed') {
    return (
      <Suspense fallback={null}>
        <EmbedApp />
      </Suspense>
    );
  }
  return (
    <>
      <div className="explorer-root" hidden={screen === 'trainer'}>
        <App />
      </div>
      {screen === 'trainer' ? (
        <Suspense fallback={null}>
          <TrainerApp />
        </Suspense>
      ) : null}
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
