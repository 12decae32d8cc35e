// The facilitator's commands on a room shared through Redis, with the same meaning as
// Room.command (room.ts): only the facilitator's connection changes the room's state, so
// its process reads the state it last heard, works out the next one, and writes it. Votes
// are never part of that write: closing a round is its own atomic step in Redis first, so
// the counts shown are exactly the votes counted before the close.

import type { ErrorCode, FacilitatorMessage } from '../workshop/relay-protocol.ts';
import { combineCounts } from '../workshop/tally.ts';
import type { RedisHub } from './redis-hub.ts';
import type { SharedRoom, SharedState } from './shared-room.ts';

type Fresh = { round: boolean; question: boolean };
const NOTHING_FRESH: Fresh = { round: false, question: false };

export async function applyCommand(
  hub: RedisHub,
  room: SharedRoom,
  message: Exclude<FacilitatorMessage, { t: 'end' }>,
): Promise<ErrorCode | null> {
  const state = room.state;
  const round = state.round;
  let next: SharedState = state;
  let fresh = NOTHING_FRESH;
  switch (message.t) {
    case 'host':
      return null;
    case 'open':
      // The same round again (a facilitator's page reloaded mid-vote) keeps its votes.
      if (round?.roundId === message.roundId) {
        room.forgetShownTally();
        room.showTally(await hub.tallyOf(room.code));
        return null;
      }
      next = {
        ...state,
        round: {
          roundId: message.roundId,
          prompt: message.prompt,
          options: message.options,
          phase: 'open',
          shownCounts: null,
          chosen: null,
          overridden: false,
        },
      };
      fresh = { round: true, question: false };
      break;
    case 'close':
      if (!round) return 'no-round';
      await hub.closeRound(room.code);
      next = { ...state, round: { ...round, phase: round.phase === 'open' ? 'closed' : round.phase } };
      break;
    case 'reveal': {
      if (!round) return 'no-round';
      const counts = await hub.closeRound(room.code);
      next = { ...state, round: { ...round, phase: 'revealed', shownCounts: combineCounts(counts, message.handCounts) } };
      break;
    }
    case 'choose': {
      if (!round) return 'no-round';
      if (!round.options.some((o) => o.index === message.index)) return 'bad-option';
      const counts = await hub.closeRound(room.code);
      const shownCounts = round.shownCounts ?? counts;
      next = { ...state, round: { ...round, chosen: message.index, overridden: message.overridden, phase: 'revealed', shownCounts } };
      break;
    }
    case 'advance':
      next = { ...state, round: null };
      fresh = { round: true, question: false };
      break;
    case 'ask': {
      const same = state.question?.questionId === message.questionId;
      next = { ...state, question: { questionId: message.questionId, text: message.text }, approved: same ? state.approved : [] };
      fresh = { round: false, question: !same };
      break;
    }
    case 'end-question':
      next = { ...state, question: null, approved: [] };
      break;
    case 'pause':
      next = { ...state, paused: message.paused };
      break;
    case 'check-open':
    case 'check-close':
      // The room's self-check is kept by a single relay only (its counts are not in Redis yet).
      return 'no-check';
    default: {
      const error = await moderate(hub, room.code, message);
      if (error) return error;
      next = { ...state, approved: await approvedOf(hub, room.code, state.question?.questionId) };
    }
  }
  await hub.writeState(room, next, fresh);
  return null;
}

type Moderation = Extract<FacilitatorMessage, { t: 'approve' | 'approve-all' | 'reject' }>;

async function moderate(hub: RedisHub, code: string, message: Moderation): Promise<ErrorCode | null> {
  const key = hub.key('answers', code);
  if (message.t === 'reject') return (await hub.redis.hdel(key, message.id)) === 0 ? 'bad-message' : null;
  const ids = message.t === 'approve' ? [message.id] : message.ids;
  if (ids.length === 0) return null;
  const found = await hub.redis.hmget(key, ...ids);
  if (message.t === 'approve' && found[0] == null) return 'bad-message';
  const updates: string[] = [];
  ids.forEach((id, i) => {
    const raw = found[i];
    if (raw != null) updates.push(id, JSON.stringify({ ...JSON.parse(raw), approved: true }));
  });
  if (updates.length > 0) await hub.redis.hset(key, ...updates);
  return null;
}

async function approvedOf(hub: RedisHub, code: string, questionId: string | undefined): Promise<{ id: string; text: string }[]> {
  if (questionId === undefined) return [];
  return (await hub.answersOf(code)).filter((a) => a.approved && a.questionId === questionId).map((a) => ({ id: a.id, text: a.text }));
}
