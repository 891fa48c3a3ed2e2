// Creating and deleting a workload's pods the way the controllers' PodControl does (k8s v1.28
// pkg/controller/controller_utils.go CreatePods / DeletePod with the events SuccessfulCreate
// "Created pod: x" and SuccessfulDelete "Deleted pod: x"), with graceful deletion by the
// deployments feature's terminator when installed.
import { randomSuffix } from '../../model/hash.js';
import type { Labels, PodSpec, PodTemplate } from '../../model/types.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import { APP_TARGET_ANNOTATION } from '../../sim/hooks.js';

export interface PodOwner {
  kind: string;
  name: string;
  namespace: string;
}

export interface NewPod {
  name: string;
  template: PodTemplate;
  labels?: Labels;
  annotations?: Labels;
  /** Replaces parts of the template's spec (e.g. node affinity, hostname). */
  spec?: Partial<PodSpec>;
  /** `Kind/name` of the object the scenario's `spec.apps` names for this pod (default: the owner). */
  appTarget?: string;
  /** The SuccessfulCreate message when the controller words it differently from `Created pod: <name>`. */
  eventMessage?: string;
}

/** generateName: `<prefix>` + 5 random characters, drawn from the owner's own stream, unique in the namespace. */
export function generatedName(ctx: SimContext, namespace: string, prefix: string, next: () => number): string {
  let name: string;
  do name = `${prefix}${randomSuffix(next)}`;
  while (ctx.cluster.pods.has(`${namespace}/${name}`));
  return name;
}

export function createOwnedPod(ctx: SimContext, owner: PodOwner, p: NewPod): PodState {
  const c = ctx.cluster;
  const pod = c.createPod({
    name: p.name,
    namespace: owner.namespace,
    uid: c.nextUid('pod', `${owner.namespace}/${p.name}`),
    labels: { ...p.template.labels, ...p.labels },
    annotations: { ...p.template.annotations, ...p.annotations, [APP_TARGET_ANNOTATION]: p.appTarget ?? `${owner.kind}/${owner.name}` },
    ownerRef: { kind: owner.kind, name: owner.name },
    spec: { ...p.template.spec, ...p.spec },
  });
  c.event(owner.kind, owner.name, 'SuccessfulCreate', p.eventMessage ?? `Created pod: ${p.name}`);
  return pod;
}

/** Graceful deletion (the pod is Terminating until its containers stop). */
export function deleteOwnedPod(ctx: SimContext, owner: { kind: string; name: string }, pod: PodState, event = true): void {
  if (pod.deletingAt !== undefined) return;
  if (event) ctx.cluster.event(owner.kind, owner.name, 'SuccessfulDelete', `Deleted pod: ${pod.obj.name}`);
  if (ctx.terminator) ctx.terminator.terminate(pod);
  else ctx.cluster.deletePod(pod, 'Killing', `Stopping pod ${pod.key}`);
}

export const isTerminal = (p: PodState) => p.phase === 'Succeeded' || p.phase === 'Failed';
export const isActive = (p: PodState) => p.deletingAt === undefined && !isTerminal(p);
