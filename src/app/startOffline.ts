import { runBackgroundPrefetch } from '../features/offline/backgroundPrefetch';
import { registerServiceWorker } from '../sw/registerServiceWorker';

/** After the first load: the service worker, then the background download of the reader's sections. */
export async function startOffline(): Promise<void> {
  try {
    await registerServiceWorker();
  } catch (error) {
    // Without a service worker the app still works online; say why in the console for whoever debugs it.
    console.warn('Newswire could not start offline support:', error);
    return;
  }
  void runBackgroundPrefetch();
  window.addEventListener('online', () => void runBackgroundPrefetch());
}
