// Page-wide events of the game: the keys of the play screen, and printing.
import { isDialogOpen } from './dialogs.ts';
import type { PlayView } from './play-view.ts';

/** The keys of the play screen and debrief: 1-9 choose, P pauses, S sound, V read aloud (not while typing or in a dialog). */
// `active`: the keys act on the play screen and the debrief, and only while the player wants them.
export function playKeys(o: {
  view: () => PlayView | null;
  active: () => boolean;
  pause: () => void;
  /** S: sound on or off; V: reading aloud on or off. */
  sound: () => void;
  readAloud: () => void;
}): void {
  document.addEventListener('keydown', (event) => {
    if (!o.active() || isDialogOpen() || event.altKey || event.ctrlKey || event.metaKey) return;
    const v = o.view();
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    if (/^[1-9]$/.test(event.key)) {
      if (v?.chooseByNumber(Number(event.key))) event.preventDefault();
    } else if (event.key === 'p' || event.key === 'P') {
      event.preventDefault();
      o.pause();
    } else if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      o.sound();
    } else if (event.key === 'v' || event.key === 'V') {
      event.preventDefault();
      o.readAloud();
    }
  });
}

/** Printing the debrief shows what is folded away on screen (the table of choices). */
export function unfoldForPrint(): void {
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}
