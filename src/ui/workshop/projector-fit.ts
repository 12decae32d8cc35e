// The projector's page fitted to its window. Nobody scrolls a projector: when a view would
// run off the bottom, the type shrinks to the largest size at which the whole view fits,
// but never below what reads from the back of a room (28 px at 1920x1080: MIN_FIT of the
// full size); past that, the oldest answers from the room make way.
const MIN_FIT = 0.78;

export function fitToScreen(earlier: (n: number) => string): void {
  const answers = document.querySelector<HTMLElement>('.ws-audience-answers');
  const places = [document.querySelector('.ws-side'), document.querySelector('.ws-audience-read')].filter((p) => p !== null);
  if (!answers || places.length < 2) {
    fitOnce(earlier);
    return;
  }
  // Answers from the room go under the way in for phones, or under the options when that
  // column has more room: wherever more of them show, at the larger type.
  let best: { place: Element; fit: Fit } | null = null;
  for (const place of places) {
    place.append(answers);
    const fit = fitOnce(earlier);
    if (!best || fit.hidden < best.fit.hidden || (fit.hidden === best.fit.hidden && fit.scale > best.fit.scale)) best = { place, fit };
  }
  if (best && best.place !== places.at(-1)) {
    best.place.append(answers);
    fitOnce(earlier);
  }
}

interface Fit {
  scale: number;
  /** Answers from the room left out for lack of room. */
  hidden: number;
}

function fitOnce(earlier: (n: number) => string): Fit {
  const root = document.documentElement;
  const answers = [...document.querySelectorAll<HTMLElement>('[data-approved-answer]')];
  const note = document.querySelector<HTMLElement>('[data-answers-hidden]');
  const showFrom = (first: number) => {
    answers.forEach((answer, i) => {
      answer.hidden = i < first;
    });
    if (!note) return;
    note.hidden = first === 0;
    note.dataset.answersHidden = String(first);
    note.textContent = first > 0 ? earlier(first) : '';
  };
  showFrom(0);
  const fits = (scale: number) => {
    root.style.setProperty('--ws-fit', String(scale));
    return root.scrollHeight <= window.innerHeight;
  };
  if (fits(1)) return { scale: 1, hidden: 0 };
  // Height shrinks with the type, so halve the gap between a size that fits and one that doesn't.
  let [low, high] = [MIN_FIT, 1];
  while (high - low > 0.01) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  const scale = Math.floor(low * 100) / 100;
  fits(scale);
  // Still too long at the smallest readable size: the oldest answers from the room make way
  // for the newest (the facilitator's list keeps them all).
  let hidden = 0;
  while (hidden < answers.length && root.scrollHeight > window.innerHeight) showFrom(++hidden);
  return { scale, hidden };
}
