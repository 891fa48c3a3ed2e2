// Runs a scenario given as text in memory (no report files, no charts) for the relist tests.
import { loadScenarioText, buildSimulation } from '../../../src/run.js';
import type { Simulation } from '../../../src/sim/simulation.js';
import type { Cell, EventRow, Recorder } from '../../../src/report/recorder.js';

export interface SimRun {
  recorder: Recorder;
  sim: Simulation<Recorder>;
  table(name: string): Array<Record<string, Cell>>;
  /** `kubelet` (or other kind) rows of one object: [time, values]. */
  rows(kind: string, object: string): Array<{ time: number; values: Record<string, Cell> }>;
  events(reason: string, object?: string): EventRow[];
}

export function simulate(text: string): SimRun {
  const sim = buildSimulation(loadScenarioText('relist-test.yaml', text));
  const recorder = sim.run();
  const tables = new Map(recorder.extraTables());
  return {
    recorder,
    sim,
    table: (name) => tables.get(name) ?? [],
    rows: (kind, object) =>
      recorder.samples.filter((s) => s.kind === kind && s.object === object).map((s) => ({ time: s.time, values: s.values })),
    events: (reason, object) => recorder.events.filter((e) => e.reason === reason && (object === undefined || e.object === object)),
  };
}

export interface NodeDef {
  name: string;
  labels?: Record<string, string>;
}

/** A Scenario document with `spec` lines (indented by 2 inside spec) and the given nodes. */
export function scenario(opts: {
  duration: string;
  sampleInterval?: string;
  seed?: number;
  spec: string;
  nodes: NodeDef[];
  extra?: string;
}): string {
  const specLines = opts.spec
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
  const nodes = opts.nodes
    .map(
      (n) => `---
apiVersion: v1
kind: Node
metadata: { name: ${n.name}${n.labels ? `, labels: ${JSON.stringify(n.labels)}` : ''} }
status: { capacity: { cpu: "4", memory: 8Gi } }`,
    )
    .join('\n');
  return `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata: { name: relist-test }
spec:
  seed: ${opts.seed ?? 1}
  duration: ${opts.duration}
  sampleInterval: ${opts.sampleInterval ?? '10s'}
${specLines}
${nodes}
${opts.extra ?? ''}`;
}
