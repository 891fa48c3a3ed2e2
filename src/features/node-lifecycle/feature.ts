// The node-lifecycle feature: the controller (heartbeats, conditions, taints), the NoExecute taint
// manager, the node timeline actions and the node-lifecycle report (evictions table and summary).
import { timeSeconds } from '../../model/duration.js';
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { Scenario } from '../../scenario/load.js';
import { checkTimelineTarget, type TimelineNames } from '../../scenario/timeline-names.js';
import type { Feature } from '../../sim/feature.js';
import { NODE_ACTIONS, nodeTarget } from './actions.js';

/** Node actions must name a node that exists when the entry runs (manifests, pools, created). */
function checkTargets(scenario: Scenario, names: TimelineNames): Diagnostic[] {
  const out: Diagnostic[] = [];
  scenario.manifest.spec.timeline.forEach((e, i) => {
    for (const key of NODE_ACTIONS) {
      const name = (e as Record<string, unknown>)[key];
      if (typeof name !== 'string') continue;
      const d = checkTimelineTarget(scenario, names, i, ['spec', 'timeline', i, key], 'Node', name);
      if (d) out.push(d);
    }
  });
  return out;
}
import { NodeLifecycleController } from './controller.js';
import { TaintManager } from './taint-manager.js';

export const nodeLifecycleFeature: Feature = {
  name: 'node-lifecycle',
  provides: ['nodeHealth'],
  actions: {
    /** The node's kubelet stops (no more heartbeats): `node/node-1`. */
    failNode: nodeTarget,
    /** The node's kubelet starts again. */
    recoverNode: nodeTarget,
    /** Marks the node unschedulable (kubectl cordon). */
    cordon: nodeTarget,
    /** Marks the node schedulable again (kubectl uncordon). */
    uncordon: nodeTarget,
    /** Cordons the node and evicts its pods (kubectl drain). */
    drain: nodeTarget,
  },
  validate: (scenario, ctx) => checkTargets(scenario, ctx.names),
  install(ctx) {
    const controller = new NodeLifecycleController(ctx);
    const taints = new TaintManager(ctx);
    ctx.nodeHealth = controller;
    const act = (fn: (name: string) => void) => (v: unknown) => fn(v as string);
    ctx.actions.set(
      'failNode',
      act((n) => controller.failNode(n)),
    );
    ctx.actions.set(
      'recoverNode',
      act((n) => controller.recoverNode(n)),
    );
    ctx.actions.set(
      'cordon',
      act((n) => controller.cordon(n, true)),
    );
    ctx.actions.set(
      'uncordon',
      act((n) => controller.cordon(n, false)),
    );
    ctx.actions.set(
      'drain',
      act((n) => controller.drain(n)),
    );
    ctx.recorder.addSummary('nodeLifecycle', () => ({
      notReady: [...controller.records]
        .filter(([, r]) => r.notReadyTimes.length > 0)
        .map(([name, r]) => ({ node: name, times_s: r.notReadyTimes.map(timeSeconds) })),
      evictions: taints.evictions.map((e) => ({ pod: e.pod, node: e.node, time_s: timeSeconds(e.at) })),
    }));
  },
};
