// Vote tallying for one round, pure (no clock, no IO): one vote per participant token,
// changeable until the round closes, counts always derived from the votes themselves so
// they cannot drift from them.

export type VoteOutcome = 'counted' | 'changed' | 'unchanged' | 'closed' | 'bad-option';

export interface TallyOption {
  index: number;
  disabled?: boolean;
}

export class RoundTally {
  readonly roundId: string;
  private readonly allowed: ReadonlySet<number>;
  private readonly size: number;
  private readonly votes = new Map<string, number>();
  private open = true;

  constructor(roundId: string, options: readonly TallyOption[]) {
    this.roundId = roundId;
    this.allowed = new Set(options.filter((o) => !o.disabled).map((o) => o.index));
    this.size = options.reduce((max, o) => Math.max(max, o.index + 1), 0);
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Number of distinct participants with a vote in. */
  get voters(): number {
    return this.votes.size;
  }

  vote(token: string, index: number): VoteOutcome {
    if (!this.open) return 'closed';
    if (!this.allowed.has(index)) return 'bad-option';
    const previous = this.votes.get(token);
    if (previous === index) return 'unchanged';
    this.votes.set(token, index);
    return previous === undefined ? 'counted' : 'changed';
  }

  voteOf(token: string): number | null {
    return this.votes.get(token) ?? null;
  }

  close(): void {
    this.open = false;
  }

  /** Each token's vote, for a snapshot a restarted relay can resume from. */
  entries(): [string, number][] {
    return [...this.votes];
  }

  /** A tally as it was saved: the same votes (any no longer allowed are dropped), open or closed. */
  static restore(saved: {
    roundId: string;
    options: readonly TallyOption[];
    votes: readonly [string, number][];
    open: boolean;
  }): RoundTally {
    const tally = new RoundTally(saved.roundId, saved.options);
    for (const [token, index] of saved.votes) tally.vote(token, index);
    if (!saved.open) tally.close();
    return tally;
  }

  /** One count per option index (disabled options stay at 0). */
  counts(): number[] {
    const counts = new Array<number>(this.size).fill(0);
    for (const index of this.votes.values()) counts[index] = (counts[index] ?? 0) + 1;
    return counts;
  }
}

/** Adds hand counts (votes by hands in the room) to the phones' counts, option by option. */
export function combineCounts(phones: readonly number[], hands: readonly number[] | undefined): number[] {
  if (!hands) return [...phones];
  const length = Math.max(phones.length, hands.length);
  return Array.from({ length }, (_, i) => (phones[i] ?? 0) + (hands[i] ?? 0));
}

/**
 * The option(s) with the most votes. More than one means a tie: the facilitator decides.
 * Empty when nobody voted.
 */
export function leaders(counts: readonly number[]): number[] {
  const max = Math.max(0, ...counts);
  if (max === 0) return [];
  return counts.flatMap((c, i) => (c === max ? [i] : []));
}
