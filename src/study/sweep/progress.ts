// The sweep's progress on stderr: on a terminal a bar (points done of the total, ETA, failed
// replications); otherwise (CI logs, pipes) one line per finished point. Nothing with --quiet.
import cliProgress from 'cli-progress';
import type { Io } from '../../report/io.js';
import { wallSeconds } from '../../report/progress.js';
import type { SweepProgress } from './runner.js';

export interface SweepBar {
  update(p: SweepProgress): void;
  stop(): void;
}

/** `[3/6] point 2 (cpu=4, podCpu=500m): ok (4.2 s elapsed)`; reused points are counted, not listed. */
export function sweepProgressLine(p: SweepProgress, elapsedMs: number): string | undefined {
  const f = p.finished;
  if (!f) return undefined;
  const params = Object.entries(f.params)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
  const status = f.failedReplications ? `${f.failedReplications} replication${f.failedReplications === 1 ? '' : 's'} failed` : 'ok';
  return `[${p.done}/${p.total}] point ${f.index}${params ? ` (${params})` : ''}: ${status} (${wallSeconds(elapsedMs)} elapsed)`;
}

function sweepLines(io: Io, label: string): SweepBar {
  const started = performance.now();
  let announced = false;
  return {
    update(p) {
      if (!announced && p.skipped > 0) io.stderr(`${label}: ${p.skipped} of ${p.total} points reused from an earlier run\n`);
      announced = true;
      const line = sweepProgressLine(p, performance.now() - started);
      if (line) io.stderr(`${line}\n`);
    },
    stop() {},
  };
}

export function sweepProgressBar(io: Io, quiet: boolean, label: string): SweepBar {
  if (quiet) return { update: () => {}, stop: () => {} };
  if (!io.isTTY) return sweepLines(io, label);
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(p) {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: `${label} [{bar}] {value}/{total} points | ETA {eta_formatted} | {failures} failed | {skipped} reused`,
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 20,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(p.total, p.done, { failures: p.failures, skipped: p.skipped });
      }
      bar.update(p.done, { failures: p.failures, skipped: p.skipped });
    },
    stop() {
      bar?.stop();
    },
  };
}
