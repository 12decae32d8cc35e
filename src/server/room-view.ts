// What a phone is shown of a room, built the same way whether the room lives in this process
// (room.ts) or in Redis (shared-room.ts): the round without anyone else's vote, the counts
// only once revealed, the question and the approved answers.

import type { RelayLang, RelayToPhone, RoundOption, RoundPhase } from '../workshop/relay-protocol.ts';
import type { RoomMoment } from '../workshop/room-check.ts';

/** A round as phones may see it (no votes: those are per token). */
export interface VisibleRound {
  roundId: string;
  prompt: string;
  options: RoundOption[];
  phase: RoundPhase;
  shownCounts: number[] | null;
  chosen: number | null;
  overridden: boolean;
}

export interface ViewParts {
  token: string;
  lang: RelayLang;
  round: VisibleRound | null;
  myVote: number | null;
  question: { questionId: string; text: string } | null;
  answered: boolean;
  approved: { id: string; text: string }[];
  paused: boolean;
  /** The room's self-check, when a moment is open: which, and whether this phone answered it. */
  check?: { moment: RoomMoment; answered: boolean } | null | false;
}

export function phoneView(parts: ViewParts): RelayToPhone {
  const { round, question } = parts;
  return {
    t: 'view',
    token: parts.token,
    lang: parts.lang,
    round: round && {
      roundId: round.roundId,
      prompt: round.prompt,
      options: round.options,
      phase: round.phase,
      myVote: parts.myVote,
      counts: round.phase === 'revealed' ? round.shownCounts : null,
      chosen: round.chosen,
      overridden: round.overridden,
    },
    question: question && { questionId: question.questionId, text: question.text, answered: parts.answered },
    approved: parts.approved,
    paused: parts.paused,
    check: parts.check || null,
  };
}
