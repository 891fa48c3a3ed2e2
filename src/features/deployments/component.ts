// Wires the Deployment controller into the simulation: Deployment objects, graceful pod deletion,
// the timeline's `scale`, `update` and `redeploy` actions, and the per-service series and charts.
import { z } from 'zod';
import { parseDuration } from '../../model/duration.js';
import { buildPodTemplate } from '../../scenario/build.js';
import type { DeploymentManifest } from '../../scenario/schema/workloads.js';
import type { Component, SimContext } from '../../sim/context.js';
import { DeploymentController, templateHash } from './controller.js';
import { Terminator } from './graceful-delete.js';
import { registerServiceReport } from './report.js';
import { restartedTemplate, targetName, updatedTemplate, type UpdateAction } from './template-update.js';

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
    ctx.terminator = new Terminator(ctx, parseDuration);
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
        minReadySeconds: m.spec.minReadySeconds, createdAt: ctx.engine.now, replicaSets: [],
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
