// Building DOM from code with text only: story and imported text never becomes HTML.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  append(el, ...children);
  return el;
}

/** Offer text as a file to save (the browser's own download, nothing leaves the device). */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Remember the element that opens another screen, to give it focus again on the way back
 * (the screen it was on is drawn anew, so it is found again by its id or data-action,
 * within its run's item when it has one).
 */
export function focusReturn(opener: Element | null = document.activeElement): () => void {
  const run = opener?.closest('[data-run]')?.getAttribute('data-run');
  const action = opener?.getAttribute('data-action');
  const selector = opener?.id
    ? `#${CSS.escape(opener.id)}`
    : action
      ? `${run ? `[data-run="${CSS.escape(run)}"] ` : ''}[data-action="${CSS.escape(action)}"]`
      : null;
  return () => {
    const again = selector ? document.querySelector<HTMLElement>(selector) : null;
    again?.focus();
  };
}
