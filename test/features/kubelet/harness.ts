// Runs small scenarios in-process for the kubelet tests: a node, pods given as YAML, and the
// Scenario's `spec.apps` / `spec.kubelet` sections.
import { randomStream } from '../../../src/engine/random.js';
import type { Simulation } from '../../../src/sim/simulation.js';
import { initialOffset } from '../../../src/k8s/kubelet/prober/timing.js';
import type { Recorder } from '../../../src/report/recorder.js';
import { loadScenarioText, buildSimulation } from '../../../src/run.js';

export interface Run {
  recorder: Recorder;
  sim: Simulation<Recorder>;
  /** Times (ms) of events with this reason (and object). */
  times(reason: string, object?: string): number[];
  /** The container-states table rows of one container (`pod.container`). */
  states(object: string): Array<{ from: number; to: number; state: string }>;
  summary(object: string): Record<string, unknown>;
}

export function scenarioText(opts: { seed?: number; duration?: string; spec?: string; docs: string }): string {
  return `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata: { name: kubelet-test }
spec:
  seed: ${opts.seed ?? 1}
  duration: ${opts.duration ?? '2m'}
  sampleInterval: 5s
${opts.spec ?? ''}
---
apiVersion: v1
kind: Node
metadata: { name: node-1 }
status:
  capacity: { cpu: "8", memory: 16Gi }
---
${opts.docs}`;
}

export function run(text: string, set: string[] = []): Run {
  const scenario = loadScenarioText('test.yaml', text, { set });
  const sim = buildSimulation(scenario);
  const recorder = sim.run();
  const table = recorder.extraTables().find(([n]) => n === 'container-states')?.[1] ?? [];
  const summary = recorder.summary() as { containers: Array<Record<string, unknown>> };
  return {
    recorder,
    sim,
    times: (reason, object) =>
      recorder.events.filter((e) => e.reason === reason && (object === undefined || e.object === object)).map((e) => e.time),
    states: (object) =>
      table
        .filter((r) => r.container === object)
        .map((r) => ({ from: Math.round(Number(r.from_s) * 1000), to: Math.round(Number(r.to_s) * 1000), state: String(r.state) })),
    summary: (object) => summary.containers.find((c) => `${c.pod}.${c.container}` === object)!,
  };
}

/** The first-probe offset the kubelet draws for (pod, container, probe type) with `seed` (kubelet started at 0). */
export function probeOffset(seed: number, podKey: string, container: string, type: string, periodMs: number): number {
  const stream = randomStream(seed, `kubelet/probe/${podKey}/${container}/${type}`);
  return initialOffset(periodMs, () => stream.next());
}
