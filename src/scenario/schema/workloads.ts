// apps/v1 Deployment and core/v1 Service shapes.
import { z } from 'zod';
import { ignored, labels, metadata, nonNegInt, serviceName } from '../../model/fields.js';
import { labelSelector } from './scheduling.js';
import { podTemplate } from './pod.js';

/** An int or a percentage string (`25%`), as Kubernetes' IntOrString in rolling-update parameters. */
export const intOrPercent = z.union([nonNegInt, z.string().regex(/^\d+%$/, 'must be an integer or a percentage such as "25%"')]);

const serviceMetadata = metadata.extend({ name: serviceName });

export const deploymentManifest = z
  .strictObject({
    apiVersion: z.literal('apps/v1'),
    kind: z.literal('Deployment'),
    metadata: serviceMetadata,
    spec: z.strictObject({
      replicas: nonNegInt.default(1),
      selector: labelSelector,
      template: podTemplate,
      strategy: z
        .strictObject({
          type: z.enum(['RollingUpdate', 'Recreate']).default('RollingUpdate'),
          rollingUpdate: z
            .strictObject({
              maxSurge: intOrPercent.default('25%'),
              maxUnavailable: intOrPercent.default('25%'),
            })
            .optional(),
        })
        .default({ type: 'RollingUpdate' }),
      minReadySeconds: nonNegInt.default(0),
      ...ignored(['revisionHistoryLimit', 'progressDeadlineSeconds', 'paused']),
    }),
    ...ignored(['status']),
  })
  .superRefine((d, ctx) => {
    // k8s ValidateDeploymentSpec: the selector must match the template's labels.
    const tl = d.spec.template.metadata.labels;
    for (const [k, v] of Object.entries(d.spec.selector.matchLabels ?? {})) {
      if (tl[k] !== v) {
        ctx.addIssue({ code: 'custom', path: ['spec', 'selector'], message: '`selector` does not match template `labels`' });
        return;
      }
    }
    const ru = d.spec.strategy.rollingUpdate;
    if (d.spec.strategy.type === 'Recreate' && ru)
      ctx.addIssue({
        code: 'custom',
        path: ['spec', 'strategy', 'rollingUpdate'],
        message: "may not be specified when strategy `type` is 'Recreate'",
      });
    if (ru && isZero(ru.maxSurge) && isZero(ru.maxUnavailable))
      ctx.addIssue({
        code: 'custom',
        path: ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable'],
        message: 'may not be 0 when `maxSurge` is 0',
      });
  });

function isZero(v: number | string): boolean {
  return v === 0 || v === '0%';
}

export const serviceManifest = z.strictObject({
  apiVersion: z.literal('v1'),
  kind: z.literal('Service'),
  metadata: serviceMetadata,
  spec: z.strictObject({
    selector: labels.default({}),
    type: z.enum(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']).default('ClusterIP'),
    ports: z
      .array(
        z.strictObject({
          name: z.string().optional(),
          port: z.number().int().min(1).max(65535),
          targetPort: z.union([z.number().int().min(1).max(65535), z.string()]).optional(),
          protocol: z.enum(['TCP', 'UDP', 'SCTP']).default('TCP'),
          ...ignored(['nodePort', 'appProtocol']),
        }),
      )
      .default([]),
    ...ignored([
      'clusterIP',
      'clusterIPs',
      'sessionAffinity',
      'externalTrafficPolicy',
      'internalTrafficPolicy',
      'ipFamilies',
      'ipFamilyPolicy',
      'loadBalancerIP',
      'externalName',
    ]),
  }),
  ...ignored(['status']),
});

export type DeploymentManifest = z.output<typeof deploymentManifest>;
export type ServiceManifest = z.output<typeof serviceManifest>;
