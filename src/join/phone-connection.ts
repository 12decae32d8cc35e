// The phone's link to the relay: joins with the room code, keeps the token the relay gave
// it (localStorage, per room) so a dropped connection or a reload comes back to the same
// one vote, and reconnects until the room is gone.

import { Emitter, type Subscription } from '../core/events.ts';
import type { Answers } from '../core/self-check.ts';
import {
  type ErrorCode,
  type PhoneMessage,
  type PhoneView,
  parseFrame,
  RELAY_PATH,
  RelayToPhoneSchema,
} from '../workshop/relay-protocol.ts';
import type { RoomMoment } from '../workshop/room-check.ts';

export type PhoneStatus = 'connecting' | 'open' | 'lost' | 'ended' | 'unknown-room' | 'room-full';

export interface PhoneEvents {
  status: PhoneStatus;
  view: PhoneView;
  /** A refused vote or answer (rate-limited, round closed...). */
  refused: ErrorCode;
}

export interface PhoneConnection {
  on<K extends keyof PhoneEvents>(event: K, handler: (payload: PhoneEvents[K]) => void): Subscription;
  vote(roundId: string, index: number): void;
  answer(questionId: string, text: string): void;
  /** The self-check's answers for the moment the facilitator opened. */
  check(moment: RoomMoment, answers: Answers): void;
  close(): void;
}

type TokenStore = Pick<Storage, 'getItem' | 'setItem'>;

const RETRY_MS = [300, 1000, 2000, 4000];
const FINAL: readonly PhoneStatus[] = ['ended', 'unknown-room', 'room-full'];

export function tokenKey(room: string): string {
  return `dichtbij-join-token:${room}`;
}

export function connectPhone(options: {
  origin: { protocol: string; host: string };
  room: string;
  storage: TokenStore | null;
}): PhoneConnection {
  const events = new Emitter<PhoneEvents>();
  const url = `${options.origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${options.origin.host}${RELAY_PATH}`;
  let socket: WebSocket | null = null;
  let attempts = 0;
  let status: PhoneStatus = 'connecting';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readToken = (): string | null => {
    try {
      return options.storage?.getItem(tokenKey(options.room)) ?? null;
    } catch {
      return null;
    }
  };
  const saveToken = (token: string) => {
    try {
      options.storage?.setItem(tokenKey(options.room), token);
    } catch {
      // Private mode: the vote still counts, it just won't survive a reload.
    }
  };
  const setStatus = (next: PhoneStatus) => {
    if (status === next) return;
    status = next;
    events.emit('status', next);
  };
  const send = (message: PhoneMessage) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  };

  const connect = () => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      const token = readToken();
      send(token ? { t: 'join', room: options.room, token } : { t: 'join', room: options.room });
    };
    ws.onmessage = (event) => {
      const message = parseFrame(RelayToPhoneSchema, event.data);
      if (!message) return;
      if (message.t === 'view') {
        attempts = 0;
        saveToken(message.token);
        setStatus('open');
        events.emit('view', message);
      } else if (message.t === 'ended') {
        setStatus('ended');
      } else if (message.code === 'unknown-room' || message.code === 'room-full' || message.code === 'room-ended') {
        setStatus(message.code === 'room-ended' ? 'ended' : message.code);
      } else {
        events.emit('refused', message.code);
      }
    };
    ws.onclose = () => {
      if (socket !== ws || FINAL.includes(status)) return;
      setStatus('lost');
      const delay = RETRY_MS[Math.min(attempts, RETRY_MS.length - 1)] ?? 2000;
      attempts += 1;
      timer = setTimeout(connect, delay);
    };
  };
  connect();

  return {
    on: (event, handler) => events.on(event, handler),
    vote: (roundId, index) => send({ t: 'vote', roundId, index }),
    answer: (questionId, text) => send({ t: 'answer', questionId, text }),
    check: (moment, answers) => send({ t: 'check', moment, answers }),
    close: () => {
      clearTimeout(timer);
      const ws = socket;
      socket = null;
      ws?.close();
    },
  };
}
