import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import './ui/print.css';
import { App } from './ui/App.tsx';

// Trainer mode (#/trainer…) is loaded only when opened, so the explorer does not carry its code.
const TrainerApp = lazy(() => import('./ui/trainer/TrainerApp.tsx'));
const isTrainer = () => window.location.hash.startsWith('#/trainer');
// The embed (#/embed…) shows the board-paper figure alone, for an iframe; loaded only when opened too.
const EmbedApp = lazy(() => import('./ui/embed/EmbedApp.tsx'));
const isEmbed = () => window.location.hash.startsWith('#/embed');

function Root() {
  const [trainer, setTrainer] = useState(isTrainer);
  const [embed, setEmbed] = useState(isEmbed);
  useEffect(() => {
    const onHash = () => {
      setTrainer(isTrainer());
      setEmbed(isEmbed());
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
  if (embed) {
    return (
      <Suspense fallback={null}>
        <EmbedApp />
      </Suspense>
    );
  }
  return trainer ? (
    <Suspense fallback={null}>
      <TrainerApp />
    </Suspense>
  ) : (
    <App />
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
