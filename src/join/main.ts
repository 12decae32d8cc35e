// The phone page (`/join?room=CODE`): no Phaser, no ink, a few KB. It joins the room,
// shows the facilitator's prompt and options, sends one vote (changeable until closed) and
// an optional one-line answer, and survives lost connections without losing the vote.
import './join.css';
import type { Lang } from '../core/run-record.ts';
import type { ErrorCode } from '../workshop/relay-protocol.ts';
import { isRoomCode, LIMITS, normalizeRoomCode } from '../workshop/relay-protocol.ts';
import { joinDictionaries, phoneLang } from './i18n.ts';
import { type JoinState, renderJoin } from './join-view.ts';
import { connectPhone, type PhoneConnection, tokenKey } from './phone-connection.ts';

const LANG_KEY = 'dichtbij-join-lang';
const root = document.getElementById('join')!;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const savedLang = storage()?.getItem(LANG_KEY);
const fromAddress = normalizeRoomCode(new URLSearchParams(location.search).get('room') ?? '');
const state: JoinState = {
  lang: savedLang === 'nl' || savedLang === 'en' ? savedLang : phoneLang(navigator.languages, 'en'),
  code: isRoomCode(fromAddress) ? fromAddress : null,
  status: 'entry',
  view: null,
  notice: null,
  draft: '',
  sentFor: null,
};
let connection: PhoneConnection | null = null;

const t = () => joinDictionaries[state.lang];
const paint = () => renderJoin(root, state, t(), actions);

function refusal(code: ErrorCode): string {
  if (code === 'answers-full') return t().answersFull;
  return code === 'rate-limited' ? t().tooFast : t().refused;
}

/** No such room: a typo, or, for a phone that was in it (it keeps a token), a room the relay lost. */
function unknownRoom(code: string): string {
  return storage()?.getItem(tokenKey(code)) ? t().roomGone(code) : t().unknownRoom(code);
}

function join(code: string): void {
  connection?.close();
  state.code = code;
  state.status = 'connecting';
  state.view = null;
  state.notice = null;
  // The address carries the code, so a reload or a shared link lands in the same room.
  history.replaceState(null, '', `?room=${code}`);
  const link = connectPhone({ origin: location, room: code, storage: storage() });
  connection = link;
  link.on('status', (status) => {
    state.status = status;
    if (status === 'unknown-room') state.notice = unknownRoom(code);
    paint();
  });
  link.on('view', (view) => {
    if (state.view?.round?.roundId !== view.round?.roundId) state.notice = null;
    state.view = view;
    state.status = 'open';
    paint();
  });
  link.on('refused', (code) => {
    // The answer was not taken: no "thank you" for it.
    if (code === 'answers-full') state.sentFor = null;
    state.notice = refusal(code);
    paint();
  });
  paint();
}

const actions = {
  submitCode(raw: string) {
    const code = normalizeRoomCode(raw);
    if (!isRoomCode(code)) {
      state.code = raw.slice(0, 12);
      state.notice = t().codeInvalid;
      paint();
      root.querySelector<HTMLInputElement>('#room-code')?.focus();
      return;
    }
    join(code);
  },
  vote(index: number) {
    const round = state.view?.round;
    if (round?.phase !== 'open') return;
    state.notice = null;
    connection?.vote(round.roundId, index);
  },
  answer(text: string) {
    const question = state.view?.question;
    const line = text.replace(/\s+/g, ' ').trim().slice(0, LIMITS.answer);
    if (!question) return;
    if (!line) {
      state.notice = t().answerEmpty;
      paint();
      return;
    }
    connection?.answer(question.questionId, line);
    state.sentFor = question.questionId;
    state.draft = '';
    state.notice = null;
    paint();
  },
  draft(text: string) {
    state.draft = text;
  },
  switchLang() {
    state.lang = (state.lang === 'nl' ? 'en' : 'nl') satisfies Lang;
    try {
      storage()?.setItem(LANG_KEY, state.lang);
    } catch {
      // Not kept; the switch still applies to this visit.
    }
    if (state.status === 'unknown-room' && state.code) state.notice = unknownRoom(state.code);
    paint();
  },
};

if (state.code) join(state.code);
else paint();
