// Timeline actions on nodes: `failNode` (the kubelet stops: no more heartbeats), `recoverNode`,
// `cordon`, `uncordon`, `drain` (cordon, then evict every pod). Each takes `node/<name>`.
import { z } from 'zod';

export const nodeTarget = z
  .string()
  .regex(/^node\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'expected node/<name>')
  .transform((s) => s.slice('node/'.length));

export const NODE_ACTIONS = ['failNode', 'recoverNode', 'cordon', 'uncordon', 'drain'] as const;
export type NodeAction = (typeof NODE_ACTIONS)[number];
