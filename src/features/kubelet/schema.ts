// Scenario sections of the kubelet component (kubetwin's own format, registered in
// src/scenario/schema/sections.ts):
//
//   spec:
//     apps:                          # what the simulated application in a container does
//       - target: deployment/web     # or pod/<name>, job/<name>, cronjob/<name>, statefulset/…, daemonset/…, replicaset/…
//         container: app             # optional: default = every container of the target
//         startupTime: 5s            # …any field of the app model (src/kubelet/app/schema.ts)
//         phases: [{ after: 60s, hang: true }]
//         shutdownTime: 2s           # SIGTERM → exit when killed for a failed probe; ≥ the grace
//                                    # period means SIGKILL (exit 137). Default: the pod's
//                                    # kubetwin.io/shutdown-time annotation, else spec.termination.shutdownTime (1 s)
//     kubelet:
//       fastForward: true            # skip probe periods that cannot change anything (false: step by step)
//       memoryCheckInterval: 10s     # how often memory demand from the load model is re-read
import { z } from 'zod';
import { appSpecSchema, durationMs } from '../../load/app/schema.js';
import { containerName, duration } from '../../model/fields.js';
import { objectRef } from '../../scenario/schema/refs.js';

/** Kinds whose pods run scripted apps: the object itself (Pod) or the pods it creates. */
export const APP_HOST_KINDS: readonly string[] = ['Deployment', 'Pod', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob'];

const appTarget = objectRef.superRefine((r, ctx) => {
  if (!APP_HOST_KINDS.includes(r.kind)) {
    ctx.addIssue({
      code: 'custom',
      message: `an app runs in a Pod or in the pods of a ${APP_HOST_KINDS.filter((k) => k !== 'Pod').join('/')} (e.g. deployment/<name>, job/<name>), not in a ${r.kind}`,
    });
  }
});

export const appEntrySchema = appSpecSchema.extend({
  target: appTarget,
  container: containerName.optional(),
  /** Time from the kubelet's SIGTERM to the process exiting (exit 143); capped by the grace period (then SIGKILL, 137). */
  shutdownTime: durationMs.optional(),
});

export type AppEntry = z.output<typeof appEntrySchema>;

/** `spec.apps`: scripted application behaviour per Deployment/Pod and container. */
export const appsSection = z.array(appEntrySchema).default([]);

export const KUBELET_DEFAULTS = { fastForward: true, memoryCheckInterval: 10_000 } as const;

/** `spec.kubelet`: simulation settings of the kubelet component. */
export const kubeletSection = z
  .strictObject({
    fastForward: z.boolean().default(KUBELET_DEFAULTS.fastForward),
    memoryCheckInterval: duration.default(KUBELET_DEFAULTS.memoryCheckInterval).refine((ms) => ms > 0, 'must be greater than 0'),
  })
  .default({ ...KUBELET_DEFAULTS });

export type KubeletSettings = z.output<typeof kubeletSection>;
