import { startEarlyWorker } from './search/early-worker';
import { errorMessage } from '../../shared/error-message';

// The search worker starts before the app's script is even loaded, so that the saved index is read
// while the app is parsed and drawn. The app follows as its own chunk.
startEarlyWorker();

import('./render-app').catch((error: unknown) => {
  document.body.textContent = `Minute Book could not start: ${errorMessage(error)}`;
});
