// The facilitator's side of the workshop relay (phone voting), over the browser's native
// WebSocket. Only works when the game is served by `npm run workshop`; check with
// `probeRelay()` first and fall back to hands-only voting when it answers false.
//
// Usage:
//   const secret = loadOrCreateSecret(sessionStorage);   // same secret after a reload = same room
//   const relay = connectFacilitator({ url: relayUrl(location), secret, lang: 'nl' });
//   relay.on('status', (s) => ...);          // 'connecting' | 'open' | 'lost' | 'ended'
//   relay.on('room', (r) => ...);            // { code, joinUrl, resumed, participants, round, question, answers }
//                                            //   sent on every (re)connect; `resumed` is false when the relay
//                                            //   had no room for this secret (it made a new one: new code)
//   relay.on('tally', (t) => ...);           // { roundId, counts, voters, participants } after every vote change
//   relay.on('presence', (p) => ...);        // { participants } when phones come and go
//   relay.on('answer', (a) => ...);          // { id, questionId, text } a one-line answer awaiting approval;
//                                            //   after a reconnect the `room` event lists all answers again
//   relay.on('error', (e) => ...);           // { code, detail? } a refused command (see ErrorCode)
//   relay.openRound({ roundId, prompt, options: [{ index, text, disabled? }] });  // opens voting
//   relay.closeRound();                      // votes stop; phones keep their vote
//   relay.reveal({ handCounts? });           // phones see the counts (plus hand counts, if any)
//   relay.choose({ index, overridden });     // phones see which option the room takes
//   relay.advance();                         // phones go back to "look at the screen"
//   const questionId = relay.askQuestion('What did you notice?');  // phones may send one line each
//   relay.endQuestion(); relay.approveAnswer(id);
//   relay.approveAll(ids);                   // approves the answers listed (the ones the facilitator has seen)
//   relay.pause(true|false);                 // phones show the pause, and stop showing it
//   relay.rejectAnswer(id);                  // turns an answer down, or takes an approved one off the phones
//   relay.end();                             // ends the room for everyone; disconnect() only hangs up
// Commands given while the connection is down are kept and sent, in order, once it is back.
// `roundId` must be unique per choice point in a session (e.g. `${step}:${pointId}`): a vote
// carries it, so a late vote for an old round is refused rather than counted in a new one.
// Opening the current roundId again (e.g. after a reload) keeps its votes.
// Errors worth showing: 'answers-full' (the current question has all the answers it can take),
// 'too-many-rooms' (the relay is full; the client waits, connected, and
// a new connectFacilitator() tries again) and 'replaced' (another tab took this room over
// with the same secret; this client stops, status 'lost').
import { Emitter, type Subscription } from '../core/events.ts';
import {
  type ErrorCode,
  type FacilitatorMessage,
  parseFrame,
  RELAY_INFO_PATH,
  RELAY_PATH,
  type RelayAnswer,
  type RelayLang,
  RelayToFacilitatorSchema,
  type RoundOption,
  type RoundState,
} from './relay-protocol.ts';

export type RelayStatus = 'connecting' | 'open' | 'lost' | 'ended';

export interface RoomInfo {
  code: string;
  joinUrl: string;
  resumed: boolean;
  participants: number;
  round: RoundState | null;
  question: { questionId: string; text: string } | null;
  answers: RelayAnswer[];
}

export interface TallyUpdate {
  roundId: string;
  counts: number[];
  voters: number;
  participants: number;
}

export interface FacilitatorEvents {
  status: RelayStatus;
  room: RoomInfo;
  tally: TallyUpdate;
  presence: { participants: number };
  answer: { id: string; questionId: string; text: string };
  error: { code: ErrorCode; detail?: string };
}

export interface RoundSpec {
  roundId: string;
  prompt: string;
  options: RoundOption[];
}

export interface FacilitatorRelay {
  on<K extends keyof FacilitatorEvents>(event: K, handler: (payload: FacilitatorEvents[K]) => void): Subscription;
  readonly status: RelayStatus;
  /** The latest room info, or null before the first connection. */
  readonly room: RoomInfo | null;
  openRound(round: RoundSpec): void;
  closeRound(): void;
  reveal(result?: { handCounts?: number[] }): void;
  choose(choice: { index: number; overridden: boolean }): void;
  advance(): void;
  /** Returns the question's id (answers carry it). */
  askQuestion(text: string): string;
  endQuestion(): void;
  approveAnswer(id: string): void;
  approveAll(ids: string[]): void;
  rejectAnswer(id: string): void;
  pause(paused: boolean): void;
  end(): void;
  /** Hangs up without ending the room (a reconnect with the same secret resumes it). */
  disconnect(): void;
}

/** Anything shaped like the browser's WebSocket constructor (tests pass `ws`'s). */
export type WebSocketFactory = new (url: string) => WebSocket;

export interface ConnectOptions {
  url: string;
  secret: string;
  lang: RelayLang;
  WebSocketImpl?: WebSocketFactory;
  /** Reconnect delays grow from the first to the last, then stay there. */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_MS = [250, 500, 1000, 2000, 4000];
const MAX_QUEUED = 100;

export function relayUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${RELAY_PATH}`;
}

/** True when the page was served by the workshop relay (so phones can join). */
export async function probeRelay(fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(RELAY_INFO_PATH, { cache: 'no-store' });
    if (!response.ok) return false;
    const body = (await response.json()) as { relay?: unknown };
    return body.relay === true;
  } catch {
    return false;
  }
}

export function createSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const SECRET_KEY = 'dichtbij-workshop-secret';

/** The facilitator's secret lives in their tab (sessionStorage), so a reload resumes the room. */
export function loadOrCreateSecret(storage: Pick<Storage, 'getItem' | 'setItem'>): string {
  const existing = storage.getItem(SECRET_KEY);
  if (existing && /^[A-Za-z0-9_-]{32,128}$/.test(existing)) return existing;
  const secret = createSecret();
  storage.setItem(SECRET_KEY, secret);
  return secret;
}

export function connectFacilitator(options: ConnectOptions): FacilitatorRelay {
  const Impl = options.WebSocketImpl ?? WebSocket;
  const retry = options.retryDelaysMs ?? DEFAULT_RETRY_MS;
  const events = new Emitter<FacilitatorEvents>();
  const queue: FacilitatorMessage[] = [];
  let socket: WebSocket | null = null;
  let status: RelayStatus = 'connecting';
  let room: RoomInfo | null = null;
  let attempts = 0;
  let ready = false;
  let stopped = false;
  /** The 'end' frame has left: the relay ends the room and hangs up, and we stay down. */
  let endSent = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let questionCounter = 0;

  const setStatus = (next: RelayStatus) => {
    if (status === next) return;
    status = next;
    events.emit('status', next);
  };

  const transmit = (message: FacilitatorMessage) => {
    socket?.send(JSON.stringify(message));
    if (message.t === 'end') endSent = true;
  };

  const send = (message: FacilitatorMessage) => {
    if (stopped) return;
    if (ready && socket?.readyState === 1) {
      transmit(message);
      return;
    }
    queue.push(message);
    // A long outage keeps the newest commands: they describe where the facilitator is now.
    if (queue.length > MAX_QUEUED) queue.shift();
  };

  const onFrame = (data: unknown) => {
    const message = parseFrame(RelayToFacilitatorSchema, data);
    if (!message) return;
    switch (message.t) {
      case 'room': {
        const { t: _, ...info } = message;
        room = info;
        ready = true;
        attempts = 0;
        setStatus('open');
        events.emit('room', info);
        for (const queued of queue.splice(0)) transmit(queued);
        return;
      }
      case 'tally': {
        const { t: _, ...tally } = message;
        if (room) room.participants = tally.participants;
        events.emit('tally', tally);
        return;
      }
      case 'presence':
        if (room) room.participants = message.participants;
        events.emit('presence', { participants: message.participants });
        return;
      case 'answer': {
        const { t: _, ...answer } = message;
        events.emit('answer', answer);
        return;
      }
      case 'error':
        if (message.code === 'replaced') stop('lost');
        events.emit('error', message.detail === undefined ? { code: message.code } : { code: message.code, detail: message.detail });
        return;
    }
  };

  const connect = () => {
    ready = false;
    setStatus(attempts === 0 && !room ? 'connecting' : 'lost');
    const ws = new Impl(options.url);
    socket = ws;
    ws.onopen = () => ws.send(JSON.stringify({ t: 'host', secret: options.secret, lang: options.lang } satisfies FacilitatorMessage));
    ws.onmessage = (event: MessageEvent) => onFrame(event.data);
    // A failed connection also closes; the close handler decides what happens next.
    ws.onerror = () => {};
    ws.onclose = () => {
      if (socket !== ws || stopped) return;
      if (endSent) return stop('ended');
      ready = false;
      setStatus('lost');
      const delay = retry[Math.min(attempts, retry.length - 1)] ?? 1000;
      attempts += 1;
      retryTimer = setTimeout(connect, delay);
    };
  };

  const stop = (final: RelayStatus) => {
    stopped = true;
    clearTimeout(retryTimer);
    socket?.close();
    socket = null;
    setStatus(final);
  };

  connect();

  return {
    on: (event, handler) => events.on(event, handler),
    get status() {
      return status;
    },
    get room() {
      return room;
    },
    openRound: (round) => send({ t: 'open', roundId: round.roundId, prompt: round.prompt, options: round.options }),
    closeRound: () => send({ t: 'close' }),
    reveal: (result) => send(result?.handCounts ? { t: 'reveal', handCounts: result.handCounts } : { t: 'reveal' }),
    choose: (choice) => send({ t: 'choose', index: choice.index, overridden: choice.overridden }),
    advance: () => send({ t: 'advance' }),
    askQuestion: (text) => {
      questionCounter += 1;
      const questionId = `q-${Date.now().toString(36)}-${questionCounter}`;
      send({ t: 'ask', questionId, text: text.replace(/\s+/g, ' ').trim() });
      return questionId;
    },
    endQuestion: () => send({ t: 'end-question' }),
    approveAnswer: (id) => send({ t: 'approve', id }),
    approveAll: (ids) => send({ t: 'approve-all', ids }),
    rejectAnswer: (id) => send({ t: 'reject', id }),
    pause: (paused) => send({ t: 'pause', paused }),
    // Queued like any command when the relay is out of reach, so the room does end.
    end: () => send({ t: 'end' }),
    disconnect: () => stop('lost'),
  };
}
