// Token buckets (per connection, per address, relay-wide) and counts per address, on an
// injectable clock so tests need no waiting.

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface BucketOptions {
  /** How many messages may come at once. */
  burst: number;
  /** How many more are allowed each second after that. */
  perSecond: number;
}

export class TokenBucket {
  private readonly options: BucketOptions;
  private readonly clock: Clock;
  private tokens: number;
  private last: number;

  constructor(options: BucketOptions, clock: Clock) {
    this.options = options;
    this.clock = clock;
    this.tokens = options.burst;
    this.last = clock.now();
  }

  take(): boolean {
    if (!this.has()) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whether take() would succeed now, without taking. */
  has(): boolean {
    this.refill();
    return this.tokens >= 1;
  }

  /** Back to its full burst: nothing to remember about whoever used it. */
  get full(): boolean {
    this.refill();
    return this.tokens >= this.options.burst;
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.options.burst, this.tokens + elapsed * this.options.perSecond);
  }
}

/** One bucket per key (a network address), forgotten once it is full again. */
export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly options: BucketOptions;
  private readonly clock: Clock;

  constructor(options: BucketOptions, clock: Clock) {
    this.options = options;
    this.clock = clock;
  }

  take(key: string): boolean {
    return this.bucket(key).take();
  }

  has(key: string): boolean {
    return this.buckets.get(key)?.has() ?? true;
  }

  /** Drops buckets that have refilled, so memory follows only recent senders. */
  prune(): void {
    for (const [key, bucket] of this.buckets) if (bucket.full) this.buckets.delete(key);
  }

  private bucket(key: string): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.options, this.clock);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}

/** Open things per key (connections not yet in a room, per address), and in all. */
export class KeyedCount {
  private readonly counts = new Map<string, number>();
  total = 0;

  of(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  add(key: string): void {
    this.counts.set(key, this.of(key) + 1);
    this.total += 1;
  }

  remove(key: string): void {
    const left = this.of(key) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
    this.total -= 1;
  }
}
