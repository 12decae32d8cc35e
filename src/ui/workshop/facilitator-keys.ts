// The facilitator's keys: N next, S consequences, V vote, C close, R reveal, 1-9 choose,
// P pause, L the lobby (how to join) on the projector and back. Keys typed into a field stay there, and nothing fires under an open dialog; a
// hand-count field takes only digits, so letters typed there still act.
import type { Subscription } from '../../core/events.ts';
import type { WorkshopFlow } from '../../workshop/workshop-flow.ts';
import { isDialogOpen } from '../dialogs.ts';

export interface KeyActions {
  /** The flow being played, when the control screen is showing. */
  flow(): WorkshopFlow | null;
  pause(): void;
  /** Shows or hides the lobby on the projector (only with phones). */
  lobby(): void;
  /** Turns the projector to the next page of a long scene; false when it shows the last. */
  nextPage(): boolean;
  step(run: (flow: WorkshopFlow) => unknown): void;
  toDebrief(): void;
}

export function facilitatorKeys(a: KeyActions): Subscription {
  const onKey = (event: KeyboardEvent) => {
    if (isDialogOpen() || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (typesText(event.target, key)) return;
    // Leaving the count field commits the count (its change event) before the key acts.
    if (event.target instanceof HTMLInputElement) event.target.blur();
    if (key === 'p' || key === 'l') {
      event.preventDefault();
      if (key === 'p') a.pause();
      else a.lobby();
      return;
    }
    const f = a.flow();
    if (!f) return;
    const steps: Record<string, () => void> = {
      n: () =>
        a.nextPage()
          ? undefined
          : f.canContinueScene
            ? a.step((x) => x.continueScene())
            : f.phase === 'ended'
              ? a.toDebrief()
              : a.step((x) => x.toDiscussion()),
      s: () => a.step((x) => x.showConsequences()),
      v: () => a.step((x) => x.openVote()),
      c: () => a.step((x) => x.closeVote()),
      r: () => a.step((x) => x.reveal()),
    };
    const step = steps[key];
    if (step) {
      event.preventDefault();
      step();
    } else if (/^[1-9]$/.test(key) && (f.phase === 'discuss' || f.phase === 'revealed')) {
      const option = f.point?.options[Number(key) - 1];
      if (option && !option.blocked) {
        event.preventDefault();
        a.step((x) => x.choose(option.index));
      }
    }
  };
  document.addEventListener('keydown', onKey);
  return { close: () => document.removeEventListener('keydown', onKey) };
}

function typesText(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement && target.type === 'number') return !/^[a-z]$/.test(key);
  return ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.isContentEditable;
}
