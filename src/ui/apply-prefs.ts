// Settings take effect through data attributes on <html>: the stylesheet reads them
// (text size, contrast, font, motion, which lines show), so a change applies at once to
// whatever screen is open, without drawing it again.
import type { Prefs } from './prefs.ts';

let dyslexicFont: Promise<unknown> | null = null;

/** Whether motion is off: forced in the settings, or asked for by the system. */
export function motionReduced(prefs: Pick<Prefs, 'motion'>, systemReduces: boolean): boolean {
  return prefs.motion === 'reduce' || systemReduces;
}

export function applyPrefs(prefs: Prefs, systemReduces: boolean, root: HTMLElement = document.documentElement): void {
  root.lang = prefs.lang;
  root.dataset.textSize = prefs.textSize;
  root.dataset.contrast = prefs.contrast;
  root.dataset.font = prefs.font;
  root.dataset.motion = motionReduced(prefs, systemReduces) ? 'reduce' : 'full';
  root.dataset.coach = prefs.coach ? 'on' : 'off';
  root.dataset.inner = prefs.inner ? 'on' : 'off';
  root.dataset.intensity = prefs.intensity;
  root.dataset.shortcuts = prefs.shortcuts ? 'on' : 'off';
  // The font's CSS (and its files) is fetched only by those who choose it, so the
  // menu stays small for everyone else.
  if (prefs.font === 'dyslexic' && !dyslexicFont) {
    dyslexicFont = Promise.all([import('@fontsource/opendyslexic/400.css'), import('@fontsource/opendyslexic/700.css')]).catch(
      (error: unknown) => {
        dyslexicFont = null;
        console.warn('The dyslexia-friendly font could not be loaded', error);
      },
    );
  }
}
