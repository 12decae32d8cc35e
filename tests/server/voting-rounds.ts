// Many rooms voting at once through one address (a cluster's balancer): each room's
// facilitator opens a round, every phone votes, the facilitator's tally must count every
// vote, and after the reveal every phone must show the counts the facilitator shows.
// Measures tally latency: from a vote leaving a phone to the facilitator's first tally
// whose voter total reaches that vote's place in the room's sending order.
import { Facilitator, Phone } from './helpers.ts';

export interface RoundsOptions {
  url: string;
  rooms: number;
  phonesPerRoom: number;
  rounds: number;
  /** Distinguishes the facilitators' secrets of one run from another's. */
  label: string;
}

export interface RoundsResult {
  sockets: number;
  /** Valid votes the facilitator's last tally of a round did not count. */
  lost: number;
  /** Phones whose revealed counts differ from the facilitator's. */
  mismatched: number;
  latencies: number[];
}

const OPTIONS = 4;
const WAIT_MS = 30_000;

export async function voteInRooms(options: RoundsOptions): Promise<RoundsResult> {
  const { url, rooms, phonesPerRoom } = options;
  const facilitators = await Promise.all(
    Array.from({ length: rooms }, (_, r) => Facilitator.connect(url, `secret-${options.label}-${r}-0123456789abcdefghij`)),
  );
  const phones: Phone[][] = [];
  try {
    for (const facilitator of facilitators) {
      const joined = await Promise.all(Array.from({ length: phonesPerRoom }, () => Phone.join(url, facilitator.code)));
      phones.push(joined);
      const refused = joined.flatMap((p) => (p.view ? [] : p.errors));
      if (refused.length > 0) throw new Error(`phones refused: ${refused.slice(0, 5).join(', ')}`);
    }
    await Promise.all(
      facilitators.map((f) =>
        deadline(
          f.until(() => f.participants === phonesPerRoom),
          'every phone counted as joined',
        ),
      ),
    );
    const result: RoundsResult = { sockets: rooms * (phonesPerRoom + 1), lost: 0, mismatched: 0, latencies: [] };
    for (let round = 0; round < options.rounds; round++) {
      await Promise.all(facilitators.map((f, r) => oneRound(f, phones[r]!, `round-${round}`, round, result)));
    }
    return result;
  } finally {
    for (const f of facilitators) {
      f.relay.end();
      f.relay.disconnect();
    }
    for (const phone of phones.flat()) phone.close();
  }
}

async function oneRound(facilitator: Facilitator, phones: Phone[], roundId: string, round: number, result: RoundsResult): Promise<void> {
  const options = Array.from({ length: OPTIONS }, (_, index) => ({ index, text: `Option ${index + 1}` }));
  facilitator.relay.openRound({ roundId, prompt: 'Which?', options });
  await deadline(
    Promise.all(phones.map((p) => p.until(() => p.view?.round?.roundId === roundId && p.view.round.phase === 'open'))),
    'the round reached every phone',
  );
  const expected = new Array<number>(OPTIONS).fill(0);
  const sentAt: number[] = [];
  const reachedAt = new Map<number, number>();
  let seen = 0;
  const listening = facilitator.relay.on('tally', (tally) => {
    if (tally.roundId !== roundId) return;
    const now = performance.now();
    for (let n = seen + 1; n <= tally.voters; n++) reachedAt.set(n, now);
    seen = Math.max(seen, tally.voters);
  });
  phones.forEach((phone, i) => {
    const index = (i + round) % OPTIONS;
    expected[index]! += 1;
    sentAt.push(performance.now());
    phone.vote(roundId, index);
  });
  await Promise.all([
    deadline(
      Promise.all(phones.map((p, i) => p.until(() => p.view?.round?.myVote === (i + round) % OPTIONS))),
      'every vote acknowledged',
    ).catch(() => {}),
    deadline(facilitator.tallyReaches(roundId, expected), 'the tally counted every vote').catch(() => {}),
  ]);
  listening.close();
  const counted = facilitator.tally?.roundId === roundId ? facilitator.tally.counts : [];
  result.lost += expected.reduce((lost, n, i) => lost + Math.max(0, n - (counted[i] ?? 0)), 0);
  for (const [i, t] of sentAt.entries()) {
    const reached = reachedAt.get(i + 1);
    if (reached !== undefined) result.latencies.push(reached - t);
  }
  facilitator.relay.reveal();
  await deadline(
    Promise.all(phones.map((p) => p.until(() => p.view?.round?.phase === 'revealed'))),
    'the reveal reached every phone',
  ).catch(() => {});
  const shown = JSON.stringify(counted);
  result.mismatched += phones.filter((p) => JSON.stringify(p.view?.round?.counts) !== shown).length;
}

function deadline<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`timed out: ${what}`)), WAIT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}
