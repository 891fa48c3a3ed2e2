// Timeline actions that change a Deployment's pod template: `update` (image, resources, env,
// annotations of one container / the template) and `redeploy` (kubectl rollout restart: a
// `kubectl.kubernetes.io/restartedAt` template annotation, so every pod is replaced with the same spec).
import { z } from 'zod';
import { resolveCommand, type ImageDefaults } from '../../model/command.js';
import type { ContainerSpec, PodTemplate } from '../../model/types.js';
import { annotations, envName, resourceList } from '../../model/fields.js';

const target = z.string().regex(/^deployment\/[a-z0-9][-a-z0-9]*$/i, 'expected deployment/<name>');

export const updateAction = z.strictObject({
  target,
  /** Container to change (default: the first one). */
  container: z.string().optional(),
  image: z.string().min(1).optional(),
  resources: z.strictObject({ requests: resourceList.optional(), limits: resourceList.optional() }).optional(),
  env: z.record(envName, z.union([z.string(), z.number(), z.boolean()]).transform(String)).optional(),
  /** Pod-template annotations to set. */
  annotations: annotations.optional(),
});

export const redeployAction = z.union([target, z.strictObject({ target })]);

export type UpdateAction = z.output<typeof updateAction>;

/** k8s kubectl rollout restart: the annotation it sets on the pod template. */
export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

export function targetName(v: string | { target: string }): string {
  return (typeof v === 'string' ? v : v.target).split('/')[1];
}

/** The template after an `update`; throws when the container does not exist. */
export function updatedTemplate(t: PodTemplate, a: UpdateAction, images: Readonly<Record<string, ImageDefaults>>): PodTemplate {
  const idx = a.container === undefined ? 0 : t.spec.containers.findIndex((c) => c.name === a.container);
  if (idx < 0) throw new Error(`update ${a.target}: no container "${a.container}" in the pod template`);
  const c = t.spec.containers[idx];
  const image = a.image ?? c.image;
  const next: ContainerSpec = {
    ...c,
    image,
    resolvedCommand: resolveCommand(c.command, c.args, images[image]),
    requests: { ...c.requests, ...(a.resources?.requests ?? {}) },
    limits: { ...c.limits, ...(a.resources?.limits ?? {}) },
    env: { ...c.env, ...(a.env ?? {}) },
  };
  const containers = t.spec.containers.map((x, i) => (i === idx ? next : x));
  return { ...t, annotations: { ...t.annotations, ...(a.annotations ?? {}) }, spec: { ...t.spec, containers } };
}

/** The template after a `redeploy` at virtual time `now` (ms since the epoch of the run). */
export function restartedTemplate(t: PodTemplate, now: number): PodTemplate {
  return { ...t, annotations: { ...t.annotations, [RESTARTED_AT]: new Date(now).toISOString() } };
}
