import { describe, expect, it } from 'vitest';
import { lazily } from '../../src/ui/lazy-code.ts';

describe('code fetched on first use', () => {
  it('is fetched once, and once here acts within the same task', async () => {
    let fetches = 0;
    const withCode = lazily(
      async () => {
        fetches++;
        return 'code';
      },
      () => undefined,
    );
    const acted: string[] = [];
    withCode((code) => acted.push(`first ${code}`));
    withCode((code) => acted.push(`second ${code}`));
    expect(acted, 'nothing before the fetch is done').toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(acted).toEqual(['first code', 'second code']);
    withCode((code) => acted.push(`third ${code}`));
    expect(acted.at(-1), 'at once, not a task later').toBe('third code');
    expect(fetches).toBe(1);
  });

  it('says a failed fetch, and fetches again the next time', async () => {
    let fetches = 0;
    let failures = 0;
    const withCode = lazily(
      () => {
        fetches++;
        return fetches === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(fetches);
      },
      () => failures++,
    );
    const acted: number[] = [];
    withCode((n) => acted.push(n));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect({ failures, acted }).toEqual({ failures: 1, acted: [] });
    withCode((n) => acted.push(n));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect({ failures, acted, fetches }).toEqual({ failures: 1, acted: [2], fetches: 2 });
  });
});
