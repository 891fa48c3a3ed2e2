// The progress bar's quiet rule: nothing on a non-terminal stderr or with --quiet, and nothing for
// runs that finish within the first 1.5 s of wall time; otherwise a bar with simulated time and speed-up.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/report/io.js';

const bars = vi.hoisted(() => [] as Array<{ started?: unknown[]; updates: unknown[][]; stopped: boolean }>);
vi.mock('cli-progress', () => {
  class SingleBar {
    private readonly rec = { started: undefined as unknown[] | undefined, updates: [] as unknown[][], stopped: false };
    constructor(readonly options: unknown) {
      bars.push(this.rec);
    }
    start(...args: unknown[]) {
      this.rec.started = args;
    }
    update(...args: unknown[]) {
      this.rec.updates.push(args);
    }
    stop() {
      this.rec.stopped = true;
    }
  }
  return { default: { SingleBar, Presets: { shades_classic: {} } } };
});

const { progressReporter } = await import('../../src/report/progress.js');

const io = (isTTY: boolean): Io => ({ stdout: () => {}, stderr: () => {}, isTTY });

/** Drives a reporter through a 1-hour run whose updates arrive `wallStepMs` apart in wall time. */
function drive(isTTY: boolean, quiet: boolean, wallStepMs: number): void {
  let wall = 1_000;
  const now = vi.spyOn(performance, 'now').mockImplementation(() => wall);
  const p = progressReporter(io(isTTY), quiet);
  for (let i = 1; i <= 10; i++) {
    wall += wallStepMs;
    p.update(i * 360_000, 3_600_000);
  }
  p.stop();
  now.mockRestore();
}

afterEach(() => {
  bars.length = 0;
});

describe('progress bar', () => {
  it('shows a bar on a terminal for a long run: simulated time of the total and the speed-up', () => {
    drive(true, false, 500);
    expect(bars).toHaveLength(1);
    expect(bars[0].started?.[0]).toBe(3_600_000);
    // First shown at 1.5 s of wall time (the third update), then updated each time.
    expect(bars[0].updates).toHaveLength(8);
    const [value, payload] = bars[0].updates.at(-1)!;
    expect(value).toBe(3_600_000);
    expect(payload).toEqual({ sim: '3600s', speedup: '720' }); // 3600 s simulated in 5 s of wall time
    expect(bars[0].stopped).toBe(true);
  });

  const quiet: Array<[string, boolean, boolean, number]> = [
    ['stderr is not a terminal', false, false, 500],
    ['--quiet', true, true, 500],
    ['the run is over within 1.5 s', true, false, 100],
  ];
  for (const [why, tty, q, step] of quiet) {
    it(`stays quiet when ${why}`, () => {
      drive(tty, q, step);
      expect(bars).toHaveLength(0);
    });
  }
});
