// The sweep's progress bar on stderr: points done of the total, ETA and failed replications.
// Quiet when stderr is not a terminal or with --quiet.
import cliProgress from 'cli-progress';
import type { Io } from '../../report/io.js';
import type { SweepProgress } from './runner.js';

export interface SweepBar {
  update(p: SweepProgress): void;
  stop(): void;
}

export function sweepProgressBar(io: Io, quiet: boolean, label: string): SweepBar {
  if (quiet || !io.isTTY) return { update: () => {}, stop: () => {} };
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(p) {
      if (!bar) {
        bar = new cliProgress.SingleBar({
          stream: process.stderr,
          format: `${label} [{bar}] {value}/{total} points | ETA {eta_formatted} | {failures} failed | {skipped} reused`,
          hideCursor: true, clearOnComplete: true, etaBuffer: 20,
        }, cliProgress.Presets.shades_classic);
        bar.start(p.total, p.done, { failures: p.failures, skipped: p.skipped });
      }
      bar.update(p.done, { failures: p.failures, skipped: p.skipped });
    },
    stop() {
      bar?.stop();
    },
  };
}
