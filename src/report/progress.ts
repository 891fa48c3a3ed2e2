// Progress bar on stderr for runs that take more than a moment: simulated time and the speed-up
// over wall time. Quiet when stderr is not a terminal or with --quiet.
import cliProgress from 'cli-progress';
import type { Io } from './io.js';

export interface Progress {
  update: (now: number, duration: number) => void;
  stop: () => void;
}

const SHOW_AFTER_MS = 1500;

export function progressReporter(io: Io, quiet: boolean): Progress {
  if (quiet || !io.isTTY) return { update: () => {}, stop: () => {} };
  const started = performance.now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(now, duration) {
      const wall = performance.now() - started;
      if (!bar && wall < SHOW_AFTER_MS) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'simulating [{bar}] {percentage}% | {sim} of {total_s} simulated | {speedup}× real time',
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(duration, 0, { sim: '0s', total_s: `${Math.round(duration / 1000)}s`, speedup: '-' });
      }
      bar.update(now, { sim: `${Math.round(now / 1000)}s`, speedup: Math.round(now / Math.max(1, wall)).toLocaleString('en') });
    },
    stop() {
      bar?.stop();
    },
  };
}

/** Wall time for progress lines: `2.1 s`. */
export function wallSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * `run-all` on stderr when it is not a terminal (CI logs, pipes): one line per finished scenario,
 * `[3/9] cpu-spike-hpa: ok (2.1 s)`. Nothing on a terminal (each run has its bar) or with --quiet.
 */
export function scenarioLines(io: Io, quiet: boolean, total: number): (name: string, status: string, ms: number) => void {
  if (quiet || io.isTTY) return () => {};
  let done = 0;
  return (name, status, ms) => {
    done += 1;
    io.stderr(`[${done}/${total}] ${name}: ${status} (${wallSeconds(ms)})\n`);
  };
}
