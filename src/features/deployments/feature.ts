// The deployments feature: Deployment objects (the Deployment and ReplicaSet controllers), graceful
// pod deletion, the timeline's `scale`, `update` and `redeploy` actions, and the per-service series and charts.
import { z } from 'zod';
import { parseDuration } from '../../model/duration.js';
import { buildPodTemplate } from '../../scenario/build.js';
import { deploymentManifest, type DeploymentManifest } from '../../scenario/schema/workloads.js';
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { Scenario } from '../../scenario/load.js';
import type { PathSeg } from '../../scenario/source.js';
import { checkTimelineTarget, type TimelineNames } from '../../scenario/timeline-names.js';
import type { Feature } from '../../sim/feature.js';
import { DeploymentController, templateHash } from './controller.js';
import { Terminator, terminationSection } from './graceful-delete.js';
import { registerServiceReport, SERVICE_COLUMNS } from './report.js';
import { redeployAction, restartedTemplate, targetName, updateAction, updatedTemplate, type UpdateAction } from './template-update.js';

export const scaleAction = z.strictObject({
  target: z.string().regex(/^deployment\/[a-z0-9][-a-z0-9]*$/i, 'expected deployment/<name>'),
  replicas: z.number().int().min(0, 'must be greater than or equal to 0'),
});

/** `scale`, `update` and `redeploy` must name a Deployment that exists when the entry runs. */
function checkTargets(scenario: Scenario, names: TimelineNames): Diagnostic[] {
  const out: Diagnostic[] = [];
  scenario.manifest.spec.timeline.forEach((e, i) => {
    const entry = e as Record<string, unknown>;
    for (const key of ['scale', 'update', 'redeploy'] as const) {
      const v = entry[key] as string | { target: string } | undefined;
      if (v === undefined) continue;
      const path: PathSeg[] = ['spec', 'timeline', i, key, ...(typeof v === 'string' ? [] : ['target'])];
      const d = checkTimelineTarget(scenario, names, i, path, 'Deployment', targetName(v));
      if (d) out.push(d);
    }
  });
  return out;
}

export const deploymentsFeature: Feature = {
  name: 'deployments',
  provides: ['deployments', 'terminator'],
  kinds: { Deployment: deploymentManifest },
  sections: {
    /** Graceful termination: app shutdown time after SIGTERM. */
    termination: terminationSection,
  },
  actions: {
    /** Sets a Deployment's replicas: `{ target: deployment/web, replicas: 5 }`. */
    scale: scaleAction,
    /** Changes a Deployment's pod template (image, resources, env, annotations): a rollout. */
    update: updateAction,
    /** Restarts every pod of a Deployment with the same spec (kubectl rollout restart): `deployment/web`. */
    redeploy: redeployAction,
  },
  validate: (scenario, ctx) => checkTargets(scenario, ctx.names),
  series: () => [{ kind: 'service', columns: SERVICE_COLUMNS }],
  install(ctx) {
    const terminator = new Terminator(ctx, parseDuration);
    ctx.terminator = terminator;
    const controller = new DeploymentController(ctx);
    terminator.podTerminating = (pod) => {
      controller.notePod(pod);
      const owner = pod.obj.ownerRef;
      if (owner?.kind === 'Deployment') controller.touch(owner.name);
    };
    ctx.scaleTargets.set('Deployment', {
      replicas: (name) => controller.deployments.get(name)?.replicas,
      setReplicas: (name, replicas, by) => controller.setReplicas(name, replicas, by),
      selector: (name) => {
        const d = controller.deployments.get(name);
        return d && { namespace: d.namespace, selector: d.selector };
      },
    });
    ctx.creators.set('Deployment', (o) => {
      const m = o.manifest as unknown as DeploymentManifest;
      const template = buildPodTemplate(m.spec.template, ctx.images);
      const ru = m.spec.strategy.rollingUpdate;
      controller.add({
        name: m.metadata.name,
        namespace: m.metadata.namespace,
        replicas: m.spec.replicas,
        selector: m.spec.selector,
        template,
        templateHash: templateHash(template),
        strategy: { type: m.spec.strategy.type, maxSurge: ru?.maxSurge ?? '25%', maxUnavailable: ru?.maxUnavailable ?? '25%' },
        minReadySeconds: m.spec.minReadySeconds,
        createdAt: ctx.engine.now,
        replicaSets: [],
      });
    });
    ctx.deleters.set('Deployment', (name) => controller.remove(name));
    const existing = (name: string) => {
      const d = controller.deployments.get(name);
      if (!d) ctx.cluster.event('Deployment', name, 'NotFound', `deployment ${name} does not exist`);
      return d;
    };
    ctx.actions.set('scale', (v) => {
      const a = v as z.output<typeof scaleAction>;
      controller.setReplicas(a.target.split('/')[1], a.replicas, 'timeline');
    });
    ctx.actions.set('update', (v) => {
      const a = v as UpdateAction;
      const d = existing(targetName(a));
      if (d) controller.setTemplate(d.name, updatedTemplate(d.template, a, ctx.images));
    });
    ctx.actions.set('redeploy', (v) => {
      const d = existing(targetName(v as string | { target: string }));
      if (d) controller.setTemplate(d.name, restartedTemplate(d.template, ctx.engine.now));
    });
    registerServiceReport(ctx, controller);
  },
};
