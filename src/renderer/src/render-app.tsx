import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { notesWriter, useSearchStore } from './stores';
import './styles/app.css';

// Ask the browser engine never to evict the database under storage pressure: it holds the board's record.
void navigator.storage?.persist?.().catch(() => false);

// The journal keeps the last keystrokes anyway; this gets them into the database too when it can.
window.addEventListener('pagehide', () => void notesWriter.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void notesWriter.flush();
});

// The search worker starts before the first render, so the saved index loads while React draws.
useSearchStore.getState().start();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
