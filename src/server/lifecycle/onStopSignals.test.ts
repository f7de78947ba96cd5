import { describe, expect, it } from 'vitest';
import { onStopSignals } from './onStopSignals';

// In process, with a signal of its own and a recorded exit: the order of the steps and the deadline.
describe('onStopSignals', () => {
  it('runs the steps in order, goes on past one that fails, and exits 0', async () => {
    const done: string[] = [];
    const exits: number[] = [];
    const lines: string[] = [];
    onStopSignals({
      signals: ['SIGUSR2'],
      log: (line) => lines.push(line),
      exit: (code) => exits.push(code),
      steps: [
        { name: 'a', stop: () => void done.push('a') },
        {
          name: 'b',
          stop: () => {
            throw new Error('b is stuck');
          },
        },
        { name: 'c', stop: () => new Promise<void>((resolve) => setTimeout(() => resolve(void done.push('c')), 20)) },
      ],
    });
    process.emit('SIGUSR2', 'SIGUSR2');
    await new Promise((r) => setTimeout(r, 100));
    process.removeAllListeners('SIGUSR2');
    expect(done).toEqual(['a', 'c']);
    expect(lines).toContain('could not stop b: b is stuck');
    expect(exits).toEqual([0]);
  });

  it('exits 1 when the steps do not finish in time', async () => {
    const exits: number[] = [];
    onStopSignals({
      signals: ['SIGUSR2'],
      log: () => undefined,
      exit: (code) => exits.push(code),
      forceAfterMs: 50,
      steps: [{ name: 'never', stop: () => new Promise<void>(() => undefined) }],
    });
    process.emit('SIGUSR2', 'SIGUSR2');
    // The deadline's timer is unref'd (it must not keep a stopping process alive): keep this one alive meanwhile.
    await new Promise((r) => setTimeout(r, 200));
    process.removeAllListeners('SIGUSR2');
    expect(exits).toEqual([1]);
  });
});
