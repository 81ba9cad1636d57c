import { describe, expect, it } from 'vitest';
import { ProfileCache } from '../../src/teams/kit/profileCache';

describe('ProfileCache', () => {
  it('forgets entries after their time and drops the oldest beyond its size', () => {
    let now = 0;
    const cache = new ProfileCache<string>(2, 1000, () => now);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(2);
    now = 1000;
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
  });
});
