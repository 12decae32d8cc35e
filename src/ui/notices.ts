// The notice line under the header: short messages the player should not miss (a run kept,
// saving off, an import done), some with an undo. A message already showing is not repeated.
import { h } from './dom.ts';

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
