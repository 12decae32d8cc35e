// A token bucket per connection, on an injectable clock so tests need no waiting.

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
    const now = this.clock.now();
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.options.burst, this.tokens + elapsed * this.options.perSecond);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
