// apps/v1 ReplicaSet (standalone, not owned by a Deployment), validated as the API server does for
// the fields kubetwin simulates (k8s v1.28 pkg/apis/apps/validation ValidateReplicaSetSpec).
import { z } from 'zod';
import { ignored, metadata, nonNegInt } from '../../model/fields.js';
import { checkRestartPolicy, checkSelector } from './controller-fields.js';
import { podTemplate } from './pod.js';
import { labelSelector } from './scheduling.js';

export const replicaSetManifest = z
  .strictObject({
    apiVersion: z.literal('apps/v1'),
    kind: z.literal('ReplicaSet'),
    metadata,
    spec: z.strictObject({
      replicas: nonNegInt.default(1),
      selector: labelSelector,
      template: podTemplate,
      minReadySeconds: nonNegInt.default(0),
    }),
    ...ignored(['status']),
  })
  .superRefine((rs, ctx) => {
    checkSelector(rs.spec.selector, rs.spec.template.metadata.labels, 'replicaset', ctx);
    checkRestartPolicy(rs.spec.template.spec.restartPolicy, ['Always'], ctx);
  });

export type ReplicaSetManifest = z.output<typeof replicaSetManifest>;
