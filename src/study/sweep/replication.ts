// One replication of one study point, in memory: load the base scenario with the point's overrides
// and the replication's seed, run it (with its expectations), and read the metrics from its
// summary. No report folder unless `keepDir` asks for one. Used by the worker threads and by the
// in-process runner alike, so both give the same numbers.
import { formatDiagnostic, InputError } from '../../scenario/diagnostics.js';
import { buildSimulation, loadScenarioText, runLoaded } from '../../run.js';
import { summaryOf } from '../../report/files.js';
import { json, writeFolderAtomically } from '../../report/write.js';
import { readMetrics } from './metrics.js';
import type { MetricSpec } from './schema.js';

export interface ReplicationTask {
  /** Base scenario file (positions in messages; relative paths inside the scenario). */
  file: string;
  text: string;
  /** `path=value` overrides, as `--set` takes them. */
  set: string[];
  seed: string;
  metrics: MetricSpec[];
  /** Also write this run's report folder here. */
  keepDir?: string;
}

export interface ReplicationResult {
  values: Record<string, number | null>;
  notes: Record<string, string>;
  /** Set when the run failed; values are then all null. */
  error?: string;
}

function describeError(e: unknown): string {
  if (e instanceof InputError)
    return e.diagnostics
      .filter((d) => d.severity === 'error')
      .map(formatDiagnostic)
      .join('; ');
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export async function runReplication(task: ReplicationTask): Promise<ReplicationResult> {
  try {
    const scenario = loadScenarioText(task.file, task.text, { set: task.set, seed: task.seed });
    let summaryText: string;
    if (task.keepDir) {
      const run = await runLoaded(scenario);
      writeFolderAtomically(task.keepDir, run.files);
      summaryText = String(run.files.find((f) => f.name === 'summary.json')?.content ?? json(summaryOf(run)));
    } else {
      const recorder = buildSimulation(scenario).run();
      summaryText = json(summaryOf({ scenario, recorder }));
    }
    // Read the metrics from the JSON text, exactly what summary.json would hold.
    return readMetrics(task.metrics, JSON.parse(summaryText));
  } catch (e) {
    return { values: Object.fromEntries(task.metrics.map((m) => [m.name, null])), notes: {}, error: describeError(e) };
  }
}
