// The facilitator's state and steps, without DOM: which screen, which scenario, the
// group's run and a what-if branch of it, the debrief question at hand and the one on
// the projector, paused or not. It keeps the workshop in the tab's storage after every
// step (a reload resumes) and the run among the device's runs. src/ui/workshop renders it.
import { loadBundle, type ScenarioEntry } from '../core/catalog.ts';
import { Emitter, type Subscription } from '../core/events.ts';
import type { Lang, RunRecord } from '../core/run-record.ts';
import { type StoryBundle, StorySession } from '../core/story-session.ts';
import { type AudienceExtras, type AudienceView, audienceView, emptyAudienceView } from './audience-state.ts';
import type { FacilitatorTimer } from './facilitator-timer.ts';
import type { PhoneVotes } from './phone-votes.ts';
import { whatIf } from './what-if.ts';
import { type Phase, WorkshopFlow, type WorkshopSettings } from './workshop-flow.ts';
import { forgetWorkshop, type ResumeProblem, resumeWorkshop, type Screen, saveWorkshop } from './workshop-store.ts';

export type { Screen } from './workshop-store.ts';

/** What the facilitator should be told (the window words it). */
export type FacilitatorNotice = 'saving' | 'saving-off' | 'load' | 'resumed' | ResumeProblem;

/** What the projector needs from the phones' side of the room. */
type Phones = Pick<PhoneVotes, 'room' | 'question' | 'answers' | 'voters' | 'participants'>;

export interface FacilitatorOptions {
  scenarios: readonly ScenarioEntry[];
  lang: Lang;
  /** This tab's storage: the workshop survives a reload, not the tab. */
  storage: Storage | null;
  /** Keep the group's run among the runs of this device. */
  keepRun: (record: RunRecord) => Promise<void>;
  random?: () => number;
  /** The facilitator's timer: kept with the workshop, so a reload runs it on. */
  timer?: Pick<FacilitatorTimer, 'endsAt' | 'runUntil'>;
}

export class Facilitator {
  lang: Lang;
  screen: Screen = 'setup';
  entry: ScenarioEntry | null = null;
  bundle: StoryBundle | null = null;
  /** The group's run, and a what-if branch of it while one is played. */
  group: WorkshopFlow | null = null;
  branch: WorkshopFlow | null = null;
  /** The debrief question the facilitator is at, and the one on the projector. */
  current = 0;
  shown: number | null = null;
  paused = false;
  /** The projector shows how to join instead of the story (before the start it always does). */
  lobby = false;
  /** The page of a long scene on the projector (scene-pages.ts); back to the first at every step. */
  page = 0;
  /** Where the guide and the report go back to. */
  private back: Screen = 'setup';
  private readonly notices = new Emitter<{ notice: FacilitatorNotice }>();

  constructor(private readonly o: FacilitatorOptions) {
    this.lang = o.lang;
  }

  onNotice(handler: (notice: FacilitatorNotice) => void): Subscription {
    return this.notices.on('notice', handler);
  }

  /** The run on screen: the branch while one is played, else the group's. */
  get flow(): WorkshopFlow | null {
    return this.branch ?? this.group;
  }

  go(next: Screen): void {
    const aside = (s: Screen) => s === 'guide' || s === 'report';
    if (aside(next)) this.back = aside(this.screen) ? this.back : this.screen;
    this.screen = next;
  }

  goBack(): void {
    this.screen = this.back;
  }

  select(question: number, total: number): void {
    this.current = Math.max(0, Math.min(total - 1, question));
  }

  /** A flow step; the flow refuses steps out of order (a double key press), which is harmless. */
  act(step: (flow: WorkshopFlow) => unknown): Phase | null {
    const f = this.flow;
    if (!f) return null;
    this.page = 0;
    try {
      step(f);
    } catch (error) {
      if (!(error instanceof Error && error.name === 'FlowError')) throw error;
    }
    return f.phase;
  }

  /** L: the projector shows how to join, or goes back to the story. */
  toggleLobby(): void {
    this.lobby = !this.lobby;
  }

  /** N on a long scene: the projector's next page, while there is one; false when there is none. */
  nextPage(shown: AudienceView['page']): boolean {
    if (!shown || shown.number >= shown.count) return false;
    this.page = shown.number;
    return true;
  }

  /** A new workshop: false (and said) when the story would not load. */
  async begin(entry: ScenarioEntry, settings: WorkshopSettings, start: { name: string; label: (startedAt: number) => string }) {
    this.entry = entry;
    this.lang = settings.lang;
    try {
      this.bundle = await loadBundle(entry);
    } catch {
      this.notices.emit('notice', 'load');
      this.screen = 'setup';
      return false;
    }
    const seed = this.o.random?.() ?? crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
    const session = StorySession.create({ bundle: this.bundle, lovedOne: { name: start.name, pronoun: 'they' }, seed });
    session.record.label = start.label(session.record.startedAt);
    this.group = WorkshopFlow.start(session, settings);
    this.screen = 'play';
    return true;
  }

  /** Play the group's run again from a moment, taking another option. */
  whatIf(step: number, index: number, label: string): WorkshopFlow | null {
    if (!this.group || !this.bundle) return null;
    this.branch = whatIf(this.group, this.bundle, step, index);
    this.branch.record.label = label;
    this.screen = 'play';
    return this.branch;
  }

  backToGroup(): void {
    this.branch?.dispose();
    this.branch = null;
    this.screen = 'debrief';
  }

  end(): void {
    this.group?.dispose();
    this.branch?.dispose();
    this.group = this.branch = null;
    this.shown = null;
    this.current = 0;
    this.lobby = false;
    forgetWorkshop(this.o.storage);
    this.screen = 'setup';
  }

  /** Kept after every step: the workshop in the tab, the run on screen among the device's runs. */
  save(): void {
    if (!this.group) return;
    const screen = this.screen === 'guide' || this.screen === 'report' ? this.back : this.screen;
    const timerEndsAt = this.o.timer?.endsAt ?? null;
    const saved = { version: 1 as const, flow: this.group.save(), screen, current: this.current, shown: this.shown, timerEndsAt };
    if (!saveWorkshop(this.o.storage, saved)) this.notices.emit('notice', 'saving');
    const f = this.flow;
    if (f) void this.o.keepRun(f.record).catch(() => this.notices.emit('notice', 'saving-off'));
  }

  /** What the projector may show now (audience-state.ts filters it), with what the window adds. */
  audience(o: { seq: number; questions: readonly string[]; timerEndsAt: number | null; phones: Phones | null }): AudienceView {
    const { shown, group, entry } = this;
    const phones = o.phones;
    const extras: AudienceExtras = {
      seq: o.seq,
      lang: this.lang,
      title: entry?.meta.title ?? '',
      room: phones?.room ?? null,
      timerEndsAt: o.timerEndsAt,
      paused: this.paused,
      debrief:
        this.screen !== 'play' && !this.branch && shown !== null && group?.phase === 'ended'
          ? { question: o.questions[shown] ?? '', number: shown + 1, total: o.questions.length }
          : null,
      question: phones?.question ?? null,
      // Answers show on the projector while their question is open, and go with it.
      answers: phones?.question ? phones.answers : [],
      phoneVoters: phones?.voters ?? null,
      whatIf: this.branch !== null,
      lobby: this.lobby,
      page: this.page,
      joined: phones?.participants ?? 0,
      voting: this.flow?.settings.voting ?? 'phones',
    };
    const f = this.flow;
    return f ? audienceView(f, extras) : emptyAudienceView(extras);
  }

  /** Pick up the workshop this tab was running (after a reload); true when there was one. */
  async resume(): Promise<boolean> {
    const outcome = await resumeWorkshop(this.o.storage, this.o.scenarios);
    if (!outcome) return false;
    if (!outcome.ok) {
      this.notices.emit('notice', outcome.problem);
      return false;
    }
    const { saved, entry, bundle, flow } = outcome.resumed;
    Object.assign(this, { entry, bundle, group: flow, current: saved.current, shown: saved.shown, screen: saved.screen });
    this.lang = flow.settings.lang;
    const endsAt = saved.timerEndsAt;
    if (typeof endsAt === 'number' && endsAt > Date.now()) this.o.timer?.runUntil(endsAt);
    this.notices.emit('notice', 'resumed');
    return true;
  }
}
