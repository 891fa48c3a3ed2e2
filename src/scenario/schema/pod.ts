// Kubernetes Pod / pod template / container shapes (core/v1), validated as the API server would
// for the fields kubetwin simulates; other well-known fields are accepted and ignored.
import { z } from 'zod';
import { containerName, envName, ignored, labels, annotations, metadata, nonNegInt, resourceList } from '../../model/fields.js';
import { nodeAffinity, toleration } from './scheduling.js';
import { probeField } from './probe.js';
import { podAffinity, preemptionPolicy, topologySpreadConstraints } from './placement.js';

const port = z.strictObject({
  name: z.string().optional(),
  containerPort: z.number().int().min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535'),
  protocol: z.enum(['TCP', 'UDP', 'SCTP']).default('TCP'),
  ...ignored(['hostPort', 'hostIP']),
});

const envVar = z.strictObject({
  name: envName,
  value: z.union([z.string(), z.number(), z.boolean()]).transform(String).optional(),
  ...ignored(['valueFrom']),
});

const resources = z.strictObject({
  requests: resourceList.default({}),
  limits: resourceList.default({}),
  ...ignored(['claims']),
});

const CONTAINER_IGNORED = [
  'imagePullPolicy',
  'workingDir',
  'volumeMounts',
  'volumeDevices',
  'securityContext',
  'lifecycle',
  'terminationMessagePath',
  'terminationMessagePolicy',
  'stdin',
  'stdinOnce',
  'tty',
  'envFrom',
  'resizePolicy',
];

export const container = z
  .strictObject({
    name: containerName,
    image: z.string().min(1, 'an image is required'),
    command: z.array(z.string()).optional(),
    args: z.array(z.string()).optional(),
    env: z.array(envVar).default([]),
    ports: z.array(port).default([]),
    resources: resources.default({ requests: {}, limits: {} }),
    livenessProbe: probeField('liveness'),
    readinessProbe: probeField('readiness'),
    startupProbe: probeField('startup'),
    restartPolicy: z.literal('Always').optional(),
    ...ignored(CONTAINER_IGNORED),
  })
  .superRefine((c, ctx) => {
    // k8s ValidateResourceRequirements: a request may not exceed its limit.
    for (const [r, req] of Object.entries(c.resources.requests)) {
      const lim = c.resources.limits[r];
      if (lim !== undefined && req > lim) {
        ctx.addIssue({ code: 'custom', path: ['resources', 'requests', r], message: `must be less than or equal to ${r} limit` });
      }
    }
  });

const POD_SPEC_IGNORED = [
  'volumes',
  'serviceAccountName',
  'serviceAccount',
  'automountServiceAccountToken',
  'dnsPolicy',
  'dnsConfig',
  'securityContext',
  'hostNetwork',
  'hostPID',
  'hostIPC',
  'imagePullSecrets',
  'enableServiceLinks',
  'hostname',
  'subdomain',
  'activeDeadlineSeconds',
  'runtimeClassName',
  'readinessGates',
  'shareProcessNamespace',
  'hostAliases',
  'os',
  'schedulingGates',
  'resourceClaims',
  'hostUsers',
  'setHostnameAsFQDN',
  'ephemeralContainers',
];

export const podSpec = z
  .strictObject({
    containers: z.array(container).min(1, 'a pod needs at least one container'),
    initContainers: z.array(container).default([]),
    restartPolicy: z.enum(['Always', 'OnFailure', 'Never']).default('Always'),
    nodeName: z.string().optional(),
    nodeSelector: labels.default({}),
    affinity: z
      .strictObject({ nodeAffinity: nodeAffinity.optional(), podAffinity: podAffinity.optional(), podAntiAffinity: podAffinity.optional() })
      .optional(),
    topologySpreadConstraints: topologySpreadConstraints.optional(),
    tolerations: z.array(toleration).default([]),
    overhead: resourceList.default({}),
    terminationGracePeriodSeconds: nonNegInt.default(30),
    schedulerName: z.string().default('default-scheduler'),
    /** Set by priority admission from priorityClassName (or a globalDefault class); 0 otherwise. */
    priority: z.number().int().optional(),
    priorityClassName: z.string().min(1).optional(),
    preemptionPolicy: preemptionPolicy.optional(),
    ...ignored(POD_SPEC_IGNORED),
  })
  .superRefine((spec, ctx) => {
    const seen = new Map<string, string>();
    const all = [
      ...spec.initContainers.map((c, i) => ['initContainers', i, c.name] as const),
      ...spec.containers.map((c, i) => ['containers', i, c.name] as const),
    ];
    for (const [list, i, name] of all) {
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [list, i, 'name'], message: `duplicate container name "${name}"` });
      seen.set(name, list);
    }
    spec.containers.forEach((c, i) => {
      if (c.restartPolicy !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['containers', i, 'restartPolicy'],
          message: 'restartPolicy may only be set on init containers',
        });
    });
  });

export const podTemplate = z.strictObject({
  metadata: z
    .strictObject({ labels: labels.default({}), annotations: annotations.default({}), ...ignored(['name', 'creationTimestamp']) })
    .default({ labels: {}, annotations: {} }),
  spec: podSpec,
});

export const podManifest = z.strictObject({
  apiVersion: z.literal('v1'),
  kind: z.literal('Pod'),
  metadata,
  spec: podSpec,
  ...ignored(['status']),
});

export type PodSpecInput = z.output<typeof podSpec>;
export type ContainerInput = z.output<typeof container>;
export type PodManifest = z.output<typeof podManifest>;
