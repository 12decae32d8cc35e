// Offline play: register the service worker that vite-plugin-pwa generates at build time
// (it precaches the whole game). Loaded lazily after the menu, so it never delays it.
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch((error: unknown) => {
    // Without it the game still plays online; only offline play is lost.
    console.warn('Offline play is not available in this browser', error);
  });
}
