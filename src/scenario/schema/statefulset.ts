// apps/v1 StatefulSet, validated as the API server does for the fields kubetwin simulates (k8s v1.28
// pkg/apis/apps/validation ValidateStatefulSetSpec; defaults: OrderedReady, RollingUpdate with
// partition 0). `rollingUpdate.maxUnavailable` belongs to the MaxUnavailableStatefulSet feature,
// off by default in v1.28: accepted and, as there, not acted on.
import { z } from 'zod';
import { ignored, metadata, nonNegInt } from '../../model/fields.js';
import { checkRestartPolicy, checkSelector } from './controller-fields.js';
import { podTemplate } from './pod.js';
import { labelSelector } from './scheduling.js';
import { intOrPercent } from './workloads.js';

export const statefulSetManifest = z
  .strictObject({
    apiVersion: z.literal('apps/v1'),
    kind: z.literal('StatefulSet'),
    metadata,
    spec: z.strictObject({
      replicas: nonNegInt.default(1),
      selector: labelSelector,
      template: podTemplate,
      serviceName: z.string().optional(),
      podManagementPolicy: z.enum(['OrderedReady', 'Parallel']).default('OrderedReady'),
      updateStrategy: z
        .strictObject({
          type: z.enum(['RollingUpdate', 'OnDelete']).default('RollingUpdate'),
          rollingUpdate: z
            .strictObject({
              partition: nonNegInt.default(0),
              maxUnavailable: intOrPercent.optional(),
            })
            .optional(),
        })
        .default({ type: 'RollingUpdate' }),
      minReadySeconds: nonNegInt.default(0),
      /** PersistentVolumeClaims per pod: storage is not simulated (the feature warns). */
      volumeClaimTemplates: z.array(z.unknown()).default([]),
      ...ignored(['revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'ordinals']),
    }),
    ...ignored(['status']),
  })
  .superRefine((ss, ctx) => {
    checkSelector(ss.spec.selector, ss.spec.template.metadata.labels, 'statefulset', ctx);
    checkRestartPolicy(ss.spec.template.spec.restartPolicy, ['Always'], ctx);
    if (ss.spec.updateStrategy.rollingUpdate && ss.spec.updateStrategy.type !== 'RollingUpdate') {
      ctx.addIssue({
        code: 'custom',
        path: ['spec', 'updateStrategy', 'rollingUpdate'],
        message: "only allowed for updateStrategy 'RollingUpdate'",
      });
    }
  });

export type StatefulSetManifest = z.output<typeof statefulSetManifest>;
