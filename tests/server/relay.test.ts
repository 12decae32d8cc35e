// 60 phones (real WebSocket clients on loopback) through eight rounds of a workshop: every
// vote counted once, every tally exact, dropped phones keep their vote, a facilitator
// reconnect resumes the room, and a phone cannot steer.
import { describe, expect, it } from 'vitest';
import { Facilitator, manualClock, Phone, relayPerTest, SECRET } from './helpers.ts';

const PHONES = 60;
const ROUNDS = 8;

/** Deterministic choices so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const { start, open } = relayPerTest();

function countsOf(votes: Map<number, number>, size: number): number[] {
  const counts = new Array<number>(size).fill(0);
  for (const index of votes.values()) counts[index] = (counts[index] ?? 0) + 1;
  return counts;
}

describe('a workshop with 60 phones', () => {
  it('counts every vote exactly once through a whole scenario', async () => {
    const clock = manualClock();
    const relay = await start({ clock, sweepEveryMs: null });
    let facilitator = await Facilitator.connect(relay.url, SECRET);
    open.push({ close: () => facilitator.relay.disconnect() });
    expect(facilitator.room?.resumed).toBe(false);
    const code = facilitator.code;
    expect(code).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{6}$/);
    expect(facilitator.room?.joinUrl).toBe(`${relay.url}/join?room=${code}`);

    const phones: Phone[] = [];
    for (let i = 0; i < PHONES; i++) phones.push(await Phone.join(relay.url, code));
    open.push({
      close: () => {
        for (const p of phones) p.close();
      },
    });
    expect(new Set(phones.map((p) => p.token)).size).toBe(PHONES);
    await facilitator.until(() => facilitator.participants === PHONES);

    const rand = random(7);
    for (let round = 0; round < ROUNDS; round++) {
      clock.advance(10_000);
      const roundId = `${round}:knot.choice`;
      const size = 3 + (round % 2);
      // Every third round one option is crossed out (reserve too low), as in the game.
      const disabled = round % 3 === 2 ? 1 : -1;
      const options = Array.from({ length: size }, (_, index) => ({ index, text: `Option ${index + 1}`, disabled: index === disabled }));
      const pick = () => {
        let index = Math.floor(rand() * size);
        if (index === disabled) index = 0;
        return index;
      };
      facilitator.relay.openRound({ roundId, prompt: `What now, round ${round + 1}?`, options });
      await Promise.all(phones.map((p) => p.until(() => p.view?.round?.roundId === roundId && p.view.round.phase === 'open')));

      const votes = new Map<number, number>();
      await Promise.all(
        phones.map(async (phone, i) => {
          const index = pick();
          votes.set(i, index);
          await phone.voteAndWait(roundId, index);
        }),
      );
      // A quarter change their minds; some twice.
      for (let i = 0; i < PHONES; i += 4) {
        const index = pick();
        votes.set(i, index);
        await phones[i]!.voteAndWait(roundId, index);
      }
      // A disabled option and an unknown one are refused and change nothing.
      if (disabled >= 0) phones[1]!.vote(roundId, disabled);
      phones[2]!.vote(roundId, 7);
      await phones[2]!.until(() => phones[2]!.errors.includes('bad-option'));

      if (round === 3) {
        // Ten phones drop mid-vote and come back with their token: still one vote each.
        for (let i = 10; i < 20; i++) {
          const token = phones[i]!.token;
          phones[i]!.drop();
          await phones[i]!.until(() => phones[i]!.closed);
          clock.advance(1000);
          phones[i] = await Phone.join(relay.url, code, token);
          expect(phones[i]!.token).toBe(token);
          expect(phones[i]!.view?.round?.myVote).toBe(votes.get(i));
          const index = pick();
          votes.set(i, index);
          await phones[i]!.voteAndWait(roundId, index);
        }
      }

      if (round === 5) {
        // The facilitator's page reloads mid-vote: same secret, same room, same votes.
        facilitator.relay.disconnect();
        facilitator = await Facilitator.connect(relay.url, SECRET);
        expect(facilitator.room?.resumed).toBe(true);
        expect(facilitator.code).toBe(code);
        expect(facilitator.room?.round?.roundId).toBe(roundId);
        expect(facilitator.room?.round?.counts).toEqual(countsOf(votes, size));
        // The reloaded page opens its current round again: the votes must survive that.
        facilitator.relay.openRound({ roundId, prompt: 'again', options });
      }

      const expected = countsOf(votes, size);
      await facilitator.tallyReaches(roundId, expected);
      expect(facilitator.tally?.voters).toBe(PHONES);
      expect(expected.reduce((a, b) => a + b, 0)).toBe(PHONES);

      facilitator.relay.closeRound();
      await Promise.all(phones.map((p) => p.until(() => p.view?.round?.phase === 'closed')));
      const late = options.find((o) => o.index !== votes.get(0) && !o.disabled)!.index;
      phones[0]!.vote(roundId, late);
      await phones[0]!.until(() => phones[0]!.errors.includes('round-closed'));
      expect(phones[0]!.view?.round?.myVote).toBe(votes.get(0));

      facilitator.relay.reveal();
      await Promise.all(phones.map((p) => p.until(() => p.view?.round?.phase === 'revealed')));
      for (const phone of phones) expect(phone.view?.round?.counts).toEqual(expected);
      const majority = expected.indexOf(Math.max(...expected));
      facilitator.relay.choose({ index: majority, overridden: false });
      await Promise.all(phones.map((p) => p.until(() => p.view?.round?.chosen === majority)));
      facilitator.relay.advance();
      await Promise.all(phones.map((p) => p.until(() => p.view?.round === null)));
    }
    expect(facilitator.errors).toEqual([]);
  });

  it('lets no phone open, close, reveal, choose, advance, ask, approve or end', async () => {
    // A roomy rate limit: this test is about roles, not flooding.
    const relay = await start({ sweepEveryMs: null, phoneRate: { burst: 100, perSecond: 100 } });
    const facilitator = await Facilitator.connect(relay.url, SECRET);
    open.push({ close: () => facilitator.relay.disconnect() });
    const phone = await Phone.join(relay.url, facilitator.code);
    const other = await Phone.join(relay.url, facilitator.code);
    open.push(phone, other);
    const options = [
      { index: 0, text: 'A' },
      { index: 1, text: 'B' },
    ];
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Which?', options });
    await phone.until(() => phone.view?.round?.phase === 'open');
    await phone.voteAndWait('r1', 1);

    const commands = [
      { t: 'open', roundId: 'r2', prompt: 'Hijack', options },
      { t: 'close' },
      { t: 'reveal' },
      { t: 'choose', index: 0, overridden: true },
      { t: 'advance' },
      { t: 'ask', questionId: 'q1', text: 'Mine?' },
      { t: 'approve', id: 'a1' },
      { t: 'end' },
      { t: 'host', secret: SECRET, lang: 'en' },
      { t: 'join', room: facilitator.code },
    ];
    for (const command of commands) phone.send(command);
    await phone.until(() => phone.errors.length === commands.length);
    expect(new Set(phone.errors)).toEqual(new Set(['bad-message']));

    // Nothing moved: the round is still open and still takes votes.
    await other.voteAndWait('r1', 0);
    expect(other.view?.round).toMatchObject({ roundId: 'r1', phase: 'open', counts: null, chosen: null });
    await facilitator.tallyReaches('r1', [1, 1]);
    expect(other.ended).toBe(false);
    expect(relay.stats().rooms).toBe(1);
  });

  it('keeps a phone’s one vote over a reconnect, and shows counts only after the reveal', async () => {
    const relay = await start({ sweepEveryMs: null });
    const facilitator = await Facilitator.connect(relay.url, SECRET);
    open.push({ close: () => facilitator.relay.disconnect() });
    let phone = await Phone.join(relay.url, facilitator.code);
    const token = phone.token;
    facilitator.relay.openRound({
      roundId: 'r1',
      prompt: 'Which?',
      options: [
        { index: 0, text: 'A' },
        { index: 1, text: 'B' },
      ],
    });
    await phone.voteAndWait('r1', 0);
    expect(phone.view?.round?.counts).toBeNull();
    phone.drop();
    await facilitator.until(() => facilitator.participants === 0);
    phone = await Phone.join(relay.url, facilitator.code, token);
    open.push(phone);
    await phone.voteAndWait('r1', 1);
    await facilitator.tallyReaches('r1', [0, 1]);
    expect(facilitator.tally?.voters).toBe(1);
    facilitator.relay.reveal({ handCounts: [4, 2] });
    await phone.until(() => phone.view?.round?.phase === 'revealed');
    expect(phone.view?.round?.counts).toEqual([4, 3]);
    // The facilitator may overrule the count; the phones are told so.
    facilitator.relay.choose({ index: 1, overridden: true });
    await phone.until(() => phone.view?.round?.chosen === 1);
    expect(phone.view?.round?.overridden).toBe(true);
  });

  it('shows the facilitator’s pause on the phones, and lifts it', async () => {
    const relay = await start({ sweepEveryMs: null });
    const facilitator = await Facilitator.connect(relay.url, SECRET);
    open.push({ close: () => facilitator.relay.disconnect() });
    const phone = await Phone.join(relay.url, facilitator.code);
    open.push(phone);
    expect(phone.view?.paused).toBe(false);
    facilitator.relay.pause(true);
    await phone.until(() => phone.view?.paused === true);
    facilitator.relay.pause(false);
    await phone.until(() => phone.view?.paused === false);
  });
});
