// The whole scheduler-scale scenario (5,000 pods from ten Deployments onto 500 nodes) run through
// the simulation: queue, SchedulerLoop, Deployment controller, kubelet and recorder included.
// Reports pods scheduled per second of wall time for the run (load and report writing excluded).
import { loadScenarioFile, buildSimulation } from '../src/run.js';

export const name = 'scheduler-scenario';

export async function run(): Promise<Record<string, unknown>> {
  const scenario = loadScenarioFile('scenarios/scheduler-scale.yaml');
  const sim = buildSimulation(scenario);
  let scheduled = 0;
  let firstAt = -1;
  let lastAt = -1;
  sim.ctx.cluster.bus.on('pod:bound', (p) => {
    scheduled++;
    if (firstAt < 0) firstAt = p.scheduledAt!;
    lastAt = p.scheduledAt!;
  });
  const t0 = process.hrtime.bigint();
  sim.run();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return {
    scenario: scenario.manifest.metadata.name,
    nodes: sim.ctx.cluster.nodes.size,
    pods: sim.ctx.cluster.pods.size,
    scheduled,
    virtual_binding_window_s: (lastAt - firstAt) / 1000,
    wall_seconds: Math.round(seconds * 1000) / 1000,
    pods_scheduled_per_s: Math.round(scheduled / seconds),
  };
}
