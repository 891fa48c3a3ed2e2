// Kubernetes Node (core/v1): capacity and allocatable in status, labels, taints, unschedulable.
import { z } from 'zod';
import { ignored, metadata, resourceList } from '../../model/fields.js';
import { taint } from './scheduling.js';

export const nodeManifest = z
  .strictObject({
    apiVersion: z.literal('v1'),
    kind: z.literal('Node'),
    metadata,
    spec: z
      .strictObject({
        taints: z.array(taint).default([]),
        unschedulable: z.boolean().default(false),
        ...ignored(['podCIDR', 'podCIDRs', 'providerID', 'configSource', 'externalID']),
      })
      .default({ taints: [], unschedulable: false }),
    status: z.strictObject({
      capacity: resourceList,
      allocatable: resourceList.optional(),
      ...ignored([
        'conditions',
        'addresses',
        'daemonEndpoints',
        'nodeInfo',
        'images',
        'volumesInUse',
        'volumesAttached',
        'phase',
        'config',
      ]),
    }),
  })
  .superRefine((n, ctx) => {
    const cap = n.status.capacity;
    if (cap.cpu === undefined)
      ctx.addIssue({ code: 'custom', path: ['status', 'capacity', 'cpu'], message: 'a node needs a cpu capacity' });
    if (cap.memory === undefined)
      ctx.addIssue({ code: 'custom', path: ['status', 'capacity', 'memory'], message: 'a node needs a memory capacity' });
    for (const [r, v] of Object.entries(n.status.allocatable ?? {})) {
      const c = cap[r];
      if (c !== undefined && v > c)
        ctx.addIssue({ code: 'custom', path: ['status', 'allocatable', r], message: `allocatable ${r} exceeds capacity` });
    }
  });

export type NodeManifest = z.output<typeof nodeManifest>;
