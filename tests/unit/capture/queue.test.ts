import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSpacedQueue } from '@/capture/queue';

describe('spaced capture queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs five rapid captures one after another, at least 600 ms apart, and all of them land', async () => {
    const queue = createSpacedQueue(600);
    const startedAt: number[] = [];
    const t0 = Date.now();
    const results = Array.from({ length: 5 }, (_, i) =>
      queue.run(async () => {
        startedAt.push(Date.now() - t0);
        return `capture ${i}`;
      }),
    );
    expect(queue.pending).toBe(5);
    await vi.runAllTimersAsync();
    expect(await Promise.all(results)).toEqual(['capture 0', 'capture 1', 'capture 2', 'capture 3', 'capture 4']);
    expect(startedAt).toEqual([0, 600, 1200, 1800, 2400]);
    expect(queue.pending).toBe(0);
  });

  it('does not wait when the previous capture is long enough ago', async () => {
    const queue = createSpacedQueue(600);
    await queue.run(async () => 'first');
    await vi.advanceTimersByTimeAsync(1000);
    const t1 = Date.now();
    let startedAfter = -1;
    const second = queue.run(async () => {
      startedAfter = Date.now() - t1;
    });
    await vi.runAllTimersAsync();
    await second;
    expect(startedAfter).toBe(0);
  });

  it('keeps going after a failed capture', async () => {
    const queue = createSpacedQueue(600);
    const failed = queue.run(async () => {
      throw new Error('refused');
    });
    const next = queue.run(async () => 'next');
    const settled = Promise.allSettled([failed, next]);
    await vi.runAllTimersAsync();
    const [first, second] = await settled;
    expect(first.status).toBe('rejected');
    expect(second).toEqual({ status: 'fulfilled', value: 'next' });
  });

  it('never runs two captures at the same time', async () => {
    const queue = createSpacedQueue(600);
    let running = 0;
    let most = 0;
    const jobs = Array.from({ length: 3 }, () =>
      queue.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 900));
        running--;
      }),
    );
    await vi.runAllTimersAsync();
    await Promise.all(jobs);
    expect(most).toBe(1);
  });
});
