// apps/v1 DaemonSet, validated as the API server does for the fields kubetwin simulates (k8s v1.28
// pkg/apis/apps/validation ValidateDaemonSetSpec / ValidateRollingUpdateDaemonSet; defaults from
// pkg/apis/apps/v1/defaults.go: RollingUpdate, maxUnavailable 1, maxSurge 0).
import { z } from 'zod';
import { ignored, metadata, nonNegInt } from '../../model/fields.js';
import { checkPercent, checkRestartPolicy, checkSelector, nonZero } from './controller-fields.js';
import { podTemplate } from './pod.js';
import { labelSelector } from './scheduling.js';
import { intOrPercent } from './workloads.js';

export const daemonSetManifest = z
  .strictObject({
    apiVersion: z.literal('apps/v1'),
    kind: z.literal('DaemonSet'),
    metadata,
    spec: z.strictObject({
      selector: labelSelector,
      template: podTemplate,
      updateStrategy: z
        .strictObject({
          type: z.enum(['RollingUpdate', 'OnDelete']).default('RollingUpdate'),
          rollingUpdate: z
            .strictObject({
              maxUnavailable: intOrPercent.default(1),
              maxSurge: intOrPercent.default(0),
            })
            .optional(),
        })
        .default({ type: 'RollingUpdate' }),
      minReadySeconds: nonNegInt.default(0),
      ...ignored(['revisionHistoryLimit', 'templateGeneration']),
    }),
    ...ignored(['status']),
  })
  .superRefine((ds, ctx) => {
    checkSelector(ds.spec.selector, ds.spec.template.metadata.labels, 'daemonset', ctx);
    checkRestartPolicy(ds.spec.template.spec.restartPolicy, ['Always'], ctx);
    const ru = ds.spec.updateStrategy.rollingUpdate;
    const path = ['spec', 'updateStrategy', 'rollingUpdate'];
    if (ru && ds.spec.updateStrategy.type !== 'RollingUpdate')
      ctx.addIssue({ code: 'custom', path, message: "may not be specified when strategy `type` is 'OnDelete'" });
    if (ru) {
      checkPercent(ru.maxUnavailable, ctx, [...path, 'maxUnavailable']);
      checkPercent(ru.maxSurge, ctx, [...path, 'maxSurge']);
      const u = nonZero(ru.maxUnavailable);
      const s = nonZero(ru.maxSurge);
      if (u && s) ctx.addIssue({ code: 'custom', path: [...path, 'maxSurge'], message: 'may not be set when maxUnavailable is non-zero' });
      if (!u && !s) ctx.addIssue({ code: 'custom', path: [...path, 'maxUnavailable'], message: 'cannot be 0 when maxSurge is 0' });
    }
  });

export type DaemonSetManifest = z.output<typeof daemonSetManifest>;
