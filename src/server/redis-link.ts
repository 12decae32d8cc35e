// The relay's two connections to Redis: one for commands (the room scripts of
// redis-scripts.ts, queued and retried while Redis is away) and one subscribed to the room
// events. It says in the relay's log when Redis goes away and when it is back, and calls
// `onBack` once the event stream is whole again, since events sent meanwhile were missed.
import { Redis } from 'ioredis';
import { SCRIPTS, type ScriptName } from './redis-scripts.ts';

export interface RedisLinkOptions {
  url: string;
  prefix: string;
  log: (line: string) => void;
  onEvent: (raw: string) => void;
  onBack: () => void;
}

type ScriptCall = (key: string, ...args: (string | number)[]) => Promise<unknown>;

/** The Redis address without a password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL (not a valid address)';
  }
}

export class RedisLink {
  readonly redis: Redis;
  private readonly sub: Redis;
  private readonly options: RedisLinkOptions;
  private readonly channel: string;
  private down = false;

  constructor(options: RedisLinkOptions) {
    this.options = options;
    this.channel = `${options.prefix}events`;
    const retryStrategy = (times: number) => Math.min(times * 200, 2000);
    this.redis = new Redis(options.url, { lazyConnect: true, retryStrategy, maxRetriesPerRequest: 20 });
    for (const [name, lua] of Object.entries(SCRIPTS)) this.redis.defineCommand(`dichtbij${name}`, { numberOfKeys: 1, lua });
    this.sub = new Redis(options.url, { lazyConnect: true, retryStrategy, autoResubscribe: true });
  }

  async connect(): Promise<void> {
    const where = redactedUrl(this.options.url);
    try {
      await this.redis.connect();
      await this.sub.connect();
    } catch (error) {
      this.disconnect();
      throw new Error(`Cannot reach Redis at ${where} (${(error as Error).message}). Start Redis or fix REDIS_URL.`);
    }
    const { log } = this.options;
    const onError = (error: Error) => {
      if (this.down) return;
      this.down = true;
      log(`Redis at ${where} is unreachable (${error.message}). Rooms wait: votes and commands are held and retried.`);
    };
    this.redis.on('error', onError);
    this.sub.on('error', onError);
    // A connection closed by Redis (a restart, CLIENT KILL) may say no error: any loss of the
    // event stream means events were missed, so the rooms are read again once it is back.
    let missed = false;
    this.sub.on('close', () => {
      missed = true;
    });
    this.sub.on('ready', () => {
      if (!missed) return;
      missed = false;
      if (this.down) log(`Redis at ${where} is back. Rooms carry on.`);
      this.down = false;
      void this.sub
        .subscribe(this.channel)
        .then(() => this.options.onBack())
        .catch(() => {});
    });
    this.sub.on('message', (_channel: string, raw: string) => this.options.onEvent(raw));
    await this.sub.subscribe(this.channel);
  }

  /** Runs a room script on the room with this code (ARGV: prefix, code, now, idle ms, then `args`). */
  run(name: ScriptName, code: string, common: { now: number; idleMs: number }, args: (string | number)[]): Promise<unknown> {
    const call = (this.redis as unknown as Record<string, ScriptCall>)[`dichtbij${name}`]!;
    return call.call(this.redis, `${this.options.prefix}room:${code}`, this.options.prefix, code, common.now, common.idleMs, ...args);
  }

  publish(message: string): Promise<number> {
    return this.redis.publish(this.channel, message);
  }

  disconnect(): void {
    this.sub.disconnect();
    this.redis.disconnect();
  }
}
