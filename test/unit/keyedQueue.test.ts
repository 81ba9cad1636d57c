import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../src/keyedQueue';

describe('KeyedQueue', () => {
  it('runs tasks of one key in order and different keys side by side, then forgets idle keys', async () => {
    const queue = new KeyedQueue();
    const events: string[] = [];
    let releaseFirst!: () => void;
    const first = queue.run('a', () => new Promise<void>((r) => (releaseFirst = () => (events.push('a1'), r()))));
    const second = queue.run('a', async () => void events.push('a2'));
    await queue.run('b', async () => void events.push('b1'));
    expect(events).toEqual(['b1']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(events).toEqual(['b1', 'a1', 'a2']);
    await new Promise((r) => setImmediate(r));
    expect(queue.size).toBe(0);
  });

  it('keeps going after a task fails', async () => {
    const queue = new KeyedQueue();
    await expect(queue.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('a', async () => 7)).resolves.toBe(7);
  });
});
