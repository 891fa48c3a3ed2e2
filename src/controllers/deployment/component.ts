// Wires the Deployment controller into the simulation: creation/deletion of Deployment objects,
// the timeline's `scale` action, and the per-service series.
import { z } from 'zod';
import { buildPodTemplate } from '../../scenario/build.js';
import type { DeploymentManifest } from '../../scenario/schema/workloads.js';
import type { Component, SimContext } from '../../sim/context.js';
import { DeploymentController, templateHash } from './controller.js';

export const scaleAction = z.strictObject({
  target: z.string().regex(/^deployment\/[a-z0-9][-a-z0-9]*$/i, 'expected deployment/<name>'),
  replicas: z.number().int().min(0, 'must be greater than or equal to 0'),
});

export function deploymentsOf(ctx: SimContext): DeploymentController {
  const c = ctx.deployments;
  if (!c) throw new Error('the deployment component is not installed');
  return c;
}

export const deploymentComponent: Component = {
  name: 'deployments',
  install(ctx) {
    const controller = new DeploymentController(ctx);
    ctx.deployments = controller;
    ctx.creators.set('Deployment', (o) => {
      const m = o.manifest as unknown as DeploymentManifest;
      const template = buildPodTemplate(m.spec.template, ctx.images);
      const ru = m.spec.strategy.rollingUpdate;
      controller.add({
        name: m.metadata.name, namespace: m.metadata.namespace, replicas: m.spec.replicas, template,
        templateHash: templateHash(template),
        strategy: { type: m.spec.strategy.type, maxSurge: ru?.maxSurge ?? '25%', maxUnavailable: ru?.maxUnavailable ?? '25%' },
        minReadySeconds: m.spec.minReadySeconds, createdAt: ctx.engine.now,
      });
    });
    ctx.deleters.set('Deployment', (name) => controller.remove(name));
    ctx.actions.set('scale', (v) => {
      const a = v as z.output<typeof scaleAction>;
      controller.setReplicas(a.target.split('/')[1], a.replicas, 'timeline');
    });
    ctx.recorder.addSeries('service', ['replicas', 'pods', 'podsPending', 'readyReplicas'], function* () {
      for (const d of controller.deployments.values()) {
        const pods = controller.pods(d.name);
        yield [d.name, {
          replicas: d.replicas,
          pods: pods.length,
          podsPending: pods.filter((p) => p.phase === 'Pending').length,
          readyReplicas: pods.filter((p) => p.ready).length,
        }];
      }
    });
  },
};
