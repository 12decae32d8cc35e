// The notice line under the header: short messages the player should not miss (a run kept,
// saving off, an import done), some with an undo. A message already showing is not repeated.
import type { DirectorNotice } from '../runs/play-director.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';

export interface Undo {
  label: string;
  action: () => void;
}

export type Notify = (text: string, undo?: Undo) => void;

export function noticeBoard(notices: HTMLElement): Notify {
  return (text, undo) => {
    if (!undo && [...notices.children].some((n) => n.textContent === text)) return;
    const line = h('p', { class: 'notice' }, text);
    if (undo) {
      const button = h('button', { type: 'button', 'data-action': 'undo' }, undo.label);
      button.addEventListener('click', () => {
        line.remove();
        undo.action();
      });
      line.append(' ', button);
    }
    notices.append(line);
  };
}

/** What the play director asks to tell the player, in words. */
export function noticeText(t: Dict, notice: DirectorNotice): string {
  if (notice.type === 'set-aside') return t.runs.setAside(notice.count);
  return { 'saving-off': t.runs.savingOff, 'storage-full': t.runs.storageFull, 'other-tab': t.runs.otherTab }[notice.type];
}
