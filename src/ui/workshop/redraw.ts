// Redrawing the facilitator's screen without losing the facilitator's place: a vote
// coming in patches numbers in place; a full redraw keeps focus on the same control (and
// a count being typed), and a new moment starts at the top with focus on its next step.
import type { WorkshopFlow } from '../../workshop/workshop-flow.ts';
import type { WorkshopDict } from './i18n-en.ts';

/** New counts only: the voters line and each option's phone count, changed in place. */
export function patchCounts(main: HTMLElement, t: WorkshopDict, f: WorkshopFlow | null, phoneVoters: number | null): void {
  const voters = (phoneVoters ?? 0) + (f?.handCounts ?? []).reduce((s, c) => s + c, 0);
  const votersEl = main.querySelector<HTMLElement>('[data-voters]');
  if (votersEl) {
    votersEl.dataset.voters = String(voters);
    votersEl.textContent = t.controls.voters(voters);
  }
  for (const el of main.querySelectorAll<HTMLElement>('[data-phone-count]')) {
    el.textContent = String(f?.phoneCounts?.[Number(el.dataset.phoneCount) - 1] ?? 0);
  }
}

const focusKey = (el: HTMLElement) => {
  for (const attr of ['data-action', 'data-choose', 'data-hands', 'data-what-if', 'data-approve', 'data-reject', 'data-take-down']) {
    const value = el.getAttribute(attr);
    if (value !== null) return `[${attr}="${CSS.escape(value)}"]`;
  }
  return null;
};

/** Replace the screen, keeping focus (and a count being typed) where it was; `moved`: a new moment. */
export function redrawKeepingPlace(main: HTMLElement, screen: HTMLElement, moved: boolean, drawn: () => void): void {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const key = focused && main.contains(focused) ? focusKey(focused) : null;
  // A count being typed survives a redraw caused by a phone's vote.
  const typing = focused instanceof HTMLInputElement && focused.dataset.hands ? focused.value : null;
  main.replaceChildren(screen);
  drawn();
  const again = key ? main.querySelector<HTMLElement>(key) : null;
  if (again instanceof HTMLInputElement && typing !== null) again.value = typing;
  // A new moment starts at the top of the page; focus follows without scrolling it away.
  if (moved) window.scrollTo(0, 0);
  if (again && !again.hasAttribute('disabled')) again.focus({ preventScroll: moved });
  else if (moved || key)
    (main.querySelector<HTMLElement>('.ws-phase-panel button.primary') ?? main.querySelector<HTMLElement>('h2'))?.focus({
      preventScroll: true,
    });
}
