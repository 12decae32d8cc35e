// Votes by phones: the facilitator's side of the workshop relay, tied to the flow. It opens,
// closes, reveals and clears each round on the relay as the flow moves, feeds the phones'
// tally into the flow, and keeps the one-line answers waiting for approval.
import { Emitter, type Subscription } from '../core/events.ts';
import type { Lang } from '../core/run-record.ts';
import { connectFacilitator, type FacilitatorRelay, loadOrCreateSecret, type RelayStatus } from './relay-client.ts';
import type { WorkshopFlow } from './workshop-flow.ts';

export interface PhoneAnswer {
  id: string;
  text: string;
  approved: boolean;
}

export interface PhoneVotes {
  readonly status: RelayStatus;
  readonly participants: number;
  readonly room: { code: string; joinUrl: string } | null;
  /** Phones that have voted in the current round. */
  readonly voters: number | null;
  readonly answers: readonly PhoneAnswer[];
  readonly question: string | null;
  /** Set, during one change, when the relay answered with a new room (its rooms were lost): phones must join again. */
  readonly newRoom: boolean;
  /** Set during the change that reports a refused command. */
  readonly refused: string | null;
  /** The relay itself, for what rides beside the votes (the room's self-check). */
  readonly relay: FacilitatorRelay;
  on(event: 'change', handler: () => void): Subscription;
  /** Follow the flow that is being played now (the group's run, or a what-if copy). */
  follow(flow: WorkshopFlow): void;
  ask(text: string): void;
  stopAsking(): void;
  approve(id: string): void;
  /** Approves the answers waiting now (not ones that arrive meanwhile). */
  approveAll(): void;
  /** Turns an answer down, or takes an approved one off the screens. */
  reject(id: string): void;
  /** Phones show the pause while the facilitator's pause is open. */
  pause(paused: boolean): void;
  end(): void;
  close(): void;
}

export interface PhoneVotesOptions {
  lang: Lang;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** The relay's socket (ws:// or wss://): the page's own server, or the hosted relay chosen in the setup. */
  url: string;
  /** What phones show above the options when the moment has no #discuss prompt. */
  fallbackPrompt: string;
}

export function phoneVotes(options: PhoneVotesOptions): PhoneVotes {
  const events = new Emitter<{ change: undefined }>();
  const relay: FacilitatorRelay = connectFacilitator({
    url: options.url,
    secret: loadOrCreateSecret(options.storage),
    lang: options.lang,
  });
  let flow: WorkshopFlow | null = null;
  let flowSub: Subscription | null = null;
  let voters: number | null = null;
  let answers: PhoneAnswer[] = [];
  let question: string | null = null;
  let opened: string | null = null;
  let lastPhase = '';
  let seenRoom = false;
  let newRoom = false;
  let refused: string | null = null;
  const changed = () => events.emit('change', undefined);

  const openRound = (f: WorkshopFlow) => {
    const point = f.point;
    if (!point) return;
    opened = f.roundId;
    voters = 0;
    relay.openRound({
      roundId: f.roundId,
      prompt: point.discuss ?? options.fallbackPrompt,
      options: point.options.map((o) => ({ index: o.index, text: o.text, disabled: o.blocked !== null })),
    });
  };

  // Mirror the flow's phase on the relay. Only transitions are sent, so a redraw sends nothing.
  const sync = (f: WorkshopFlow) => {
    const phase = f.phase;
    if (phase === lastPhase) return;
    const previous = lastPhase;
    lastPhase = phase;
    if (phase === 'voting') openRound(f);
    else if (phase === 'closed' && opened === f.roundId) relay.closeRound();
    else if (phase === 'revealed' && opened === f.roundId) relay.reveal(f.handCounts ? { handCounts: [...f.handCounts] } : {});
    else if ((phase === 'scene' || phase === 'ended') && previous !== '' && opened) {
      const last = f.rounds[f.rounds.length - 1];
      if (last && previous === 'revealed') relay.choose({ index: last.chosen, overridden: last.overridden });
    } else if (phase === 'discuss' && opened) {
      relay.advance();
      opened = null;
      voters = null;
    }
  };

  relay.on('status', changed);
  relay.on('presence', changed);
  relay.on('room', (room) => {
    if (seenRoom && !room.resumed) newRoom = true;
    seenRoom = true;
    answers = room.answers.map((a) => ({ id: a.id, text: a.text, approved: a.approved }));
    question = room.question?.text ?? null;
    const f = flow;
    if (f && (f.phase === 'voting' || f.phase === 'closed')) {
      if (room.round?.roundId === f.roundId) {
        opened = f.roundId;
        voters = room.round.voters;
        f.setPhoneCounts(room.round.counts);
      } else {
        // The relay lost the round (it restarted): open it again so phones can vote.
        openRound(f);
        if (f.phase === 'closed') relay.closeRound();
      }
    }
    changed();
    // Said once: the facilitator's window shows it as a notice that clears.
    newRoom = false;
  });
  relay.on('tally', (tally) => {
    if (!flow || tally.roundId !== flow.roundId) return;
    voters = tally.voters;
    flow.setPhoneCounts(tally.counts);
    changed();
  });
  relay.on('answer', (answer) => {
    if (!answers.some((a) => a.id === answer.id)) answers.push({ id: answer.id, text: answer.text, approved: false });
    changed();
  });
  relay.on('error', (error) => {
    refused = error.code;
    changed();
    refused = null;
  });

  return {
    relay,
    get status() {
      return relay.status;
    },
    get participants() {
      return relay.room?.participants ?? 0;
    },
    get room() {
      return relay.room ? { code: relay.room.code, joinUrl: relay.room.joinUrl } : null;
    },
    get voters() {
      return voters;
    },
    get answers() {
      return answers;
    },
    get question() {
      return question;
    },
    get newRoom() {
      return newRoom;
    },
    get refused() {
      return refused;
    },
    on: (event, handler) => events.on(event, handler),
    follow(next) {
      flowSub?.close();
      flow = next;
      // A resumed flow already is where it is: only later moves are mirrored.
      lastPhase = next.phase;
      if (next.phase === 'voting' || next.phase === 'closed') opened = next.roundId;
      flowSub = next.on('change', () => sync(next));
    },
    ask(text) {
      answers = [];
      question = text;
      relay.askQuestion(text);
      changed();
    },
    stopAsking() {
      question = null;
      relay.endQuestion();
      changed();
    },
    approve(id) {
      const answer = answers.find((a) => a.id === id);
      if (!answer) return;
      answer.approved = true;
      relay.approveAnswer(id);
      changed();
    },
    approveAll() {
      const waiting = answers.filter((a) => !a.approved);
      for (const answer of waiting) answer.approved = true;
      relay.approveAll(waiting.map((a) => a.id));
      changed();
    },
    reject(id) {
      answers = answers.filter((a) => a.id !== id);
      relay.rejectAnswer(id);
      changed();
    },
    pause(paused) {
      relay.pause(paused);
    },
    end() {
      relay.end();
    },
    close() {
      flowSub?.close();
      events.clear();
      relay.disconnect();
    },
  };
}
