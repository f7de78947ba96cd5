import { describe, expect, it } from 'vitest';
import { workerCount } from './workerCount';

describe('workerCount', () => {
  it('is one by default, one per core for auto, else the number given', () => {
    expect(workerCount(undefined, 8)).toBe(1);
    expect(workerCount(' ', 8)).toBe(1);
    expect(workerCount('auto', 2)).toBe(2);
    expect(workerCount('AUTO', 0)).toBe(1);
    expect(workerCount('3', 2)).toBe(3);
  });

  it.each(['0', '-1', '1.5', 'two', '65', '1e1'])('refuses %s with a line saying what it takes', (value) => {
    expect(() => workerCount(value, 2)).toThrow(/WORKERS must be a number of processes from 1 to 64 or "auto"/);
  });
});
