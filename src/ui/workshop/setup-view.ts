// Starting a workshop: scenario, story language, how the room votes, whether meters and
// feedback show before the facilitator reveals them, and the loved one's name.
import { SCENARIO_ORDER, type ScenarioEntry, scenariosIn } from '../../core/catalog.ts';
import type { Lang } from '../../core/run-record.ts';
import type { MetersShown, VotingMode, WorkshopSettings } from '../../workshop/workshop-flow.ts';
import { h } from '../dom.ts';
import { type WorkshopDict, web } from './i18n-en.ts';

export interface SetupOptions {
  t: WorkshopDict;
  lang: Lang;
  scenarios: readonly ScenarioEntry[];
  /** The page is served by the workshop relay, or a hosted relay is set: phones can vote. */
  relay: boolean;
  /** The hosted relay set on this device (its ws origin), or null for the page's own server. */
  relayOrigin: string | null;
  /** Uses the address typed (empty: the page's own server); returns what is wrong with it, or null. */
  onRelay: (input: string) => string | null;
  onLang: (lang: Lang) => void;
  onBegin: (entry: ScenarioEntry, settings: WorkshopSettings, name: string) => void;
  onGuide: () => void;
  onBack: () => void;
}

const VOTING: VotingMode[] = ['hands', 'phones', 'both'];
const METERS: MetersShown[] = ['after-reveal', 'always'];

function radios<T extends string>(
  name: string,
  legend: string,
  values: readonly T[],
  label: (v: T) => string,
  checked: T,
  off?: (v: T) => boolean,
) {
  return h(
    'fieldset',
    { class: 'ws-radios' },
    h('legend', {}, legend),
    ...values.map((value) =>
      h(
        'label',
        { class: 'radio', for: `ws-${name}-${value}` },
        h('input', { type: 'radio', name, id: `ws-${name}-${value}`, value, checked: value === checked, disabled: off?.(value) ?? false }),
        ` ${label(value)}`,
      ),
    ),
  );
}

/** Where phones join: the page's own server by default, or a hosted relay at another address. */
function relayField(o: SetupOptions): HTMLElement {
  const input = h('input', {
    id: 'ws-relay',
    type: 'url',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: false,
    value: o.relayOrigin ? web(o.relayOrigin) : '',
    'aria-describedby': 'ws-relay-hint ws-relay-error',
  });
  const error = h('p', { id: 'ws-relay-error', class: 'error', 'aria-live': 'polite' });
  const use = () => {
    const wrong = o.onRelay(input.value);
    error.textContent = wrong ?? '';
    input.setAttribute('aria-invalid', String(wrong !== null));
    if (wrong) input.focus();
  };
  // Enter here sets the relay; it must not start the workshop.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    use();
  });
  return h(
    'div',
    { class: 'ws-relay' },
    h('label', { for: 'ws-relay' }, o.t.hosted.relayLabel),
    h(
      'div',
      { class: 'ws-relay-row' },
      input,
      h('button', { type: 'button', 'data-action': 'set-relay', onclick: use }, o.t.hosted.relayUse),
    ),
    h('p', { id: 'ws-relay-hint', class: 'hint' }, o.t.hosted.relayHint),
    error,
  );
}

export function setupView(o: SetupOptions): HTMLElement {
  const { t } = o;
  const list = scenariosIn(o.scenarios, o.lang, SCENARIO_ORDER);
  const select = h('select', { id: 'ws-scenario', name: 'scenario' }, ...list.map((e) => h('option', { value: e.id }, e.meta.title)));
  const lang = h(
    'select',
    { id: 'ws-lang', name: 'lang', onchange: (event: Event) => o.onLang((event.target as HTMLSelectElement).value as Lang) },
    ...(['nl', 'en'] as const).map((l) => h('option', { value: l, selected: l === o.lang }, t.languages[l])),
  );
  const name = h('input', { id: 'ws-name', type: 'text', maxlength: 24, value: 'Sam', autocomplete: 'off' });
  const sound = h('input', { id: 'ws-sound', type: 'checkbox', name: 'sound', 'aria-describedby': 'ws-sound-hint' });
  const form = h(
    'form',
    { class: 'start-form ws-setup-form', novalidate: true },
    h('label', { for: 'ws-lang' }, t.setup.language),
    lang,
    h('label', { for: 'ws-scenario' }, t.setup.scenario),
    select,
    radios(
      'voting',
      t.setup.voting,
      VOTING,
      (v) => t.setup.votingModes[v],
      // With the workshop server running, phones are what the facilitator came for.
      o.relay ? 'phones' : 'hands',
      (v) => v !== 'hands' && !o.relay,
    ),
    h('p', { class: 'hint', 'data-relay': String(o.relay) }, o.relay ? t.setup.phonesOn : t.setup.phonesOff),
    relayField(o),
    radios('meters', t.setup.meters, METERS, (v) => t.setup.metersModes[v], 'after-reveal'),
    h('label', { for: 'ws-name' }, t.setup.name),
    name,
    h('label', { for: 'ws-sound', class: 'toggle' }, sound, ` ${t.sound.projector}`),
    h('p', { id: 'ws-sound-hint', class: 'hint' }, t.sound.projectorHint),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', 'data-action': 'begin-workshop' }, t.setup.begin),
      h('button', { type: 'button', 'data-action': 'guide', onclick: o.onGuide }, t.setup.guide),
      h('button', { type: 'button', 'data-action': 'back-to-game', onclick: o.onBack }, t.setup.backToGame),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const entry = list.find((e) => e.id === select.value) ?? list[0];
    if (!entry) return;
    const pick = <T extends string>(field: string, values: readonly T[], fallback: T) =>
      values.find((v) => v === form.querySelector<HTMLInputElement>(`input[name="${field}"]:checked`)?.value) ?? fallback;
    o.onBegin(
      entry,
      { lang: o.lang, voting: pick('voting', VOTING, 'hands'), meters: pick('meters', METERS, 'after-reveal'), sound: sound.checked },
      name.value.trim() || 'Sam',
    );
  });
  return h(
    'section',
    { class: 'screen ws-setup', 'aria-labelledby': 'ws-setup-heading' },
    h('h2', { id: 'ws-setup-heading' }, t.setup.heading),
    h('p', { class: 'intro' }, t.setup.intro),
    form,
  );
}
