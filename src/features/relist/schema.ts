// Scenario sections of the kubelet relist (PLEG) feature, registered in scenario/schema/sections.ts:
//   spec.relist — per-node relist settings (period, threshold, channel, consume rate, cost, faults);
//   spec.churn  — short-lived container loads per node.
// Each entry selects nodes by name (`nodes`) and/or labels (`nodeSelector`); neither = every node.
import { z } from 'zod';
import { duration } from '../../model/fields.js';
import { labelSelector } from '../../scenario/schema/scheduling.js';
import { churnScenarioSchema } from '../../k8s/kubelet/pleg/churn-schema.js';
import { PLEG_CHANNEL_CAPACITY } from '../../k8s/kubelet/pleg/channel.js';
import { RELIST_PERIOD_MS, RELIST_THRESHOLD_MS } from '../../k8s/kubelet/pleg/generic.js';

const positive = (d: typeof duration) => d.refine((ms) => ms > 0, 'must be longer than 0');
const ms = z.number().min(0, 'must be ≥ 0 (milliseconds)');

/** A time window [from, to) of virtual time. */
const window = { from: duration, to: duration };
const ordered = <T extends { from: number; to: number }>(w: T) => w.to > w.from;
const orderMessage = { message: 'the window must end after it starts (to > from)', path: ['to'] };

/** Relists that start in [from, to) fail (the listing returns an error; the relist time is not updated). */
const listFailure = z
  .strictObject({
    ...window,
    error: z.string().min(1).default('rpc error: code = DeadlineExceeded desc = context deadline exceeded'),
    /** How long the failing call takes (default: the normal listing cost). */
    duration: duration.optional(),
  })
  .refine(ordered, orderMessage);

/** Relists that start in [from, to) succeed, but their listing takes `duration` (a hung runtime). */
const slowRelist = z.strictObject({ ...window, duration: positive(duration) }).refine(ordered, orderMessage);

/** GetPodStatus fails in [from, to) for the named pods (every pod when `pods` is omitted). */
const inspectFailure = z
  .strictObject({
    ...window,
    pods: z.array(z.string().min(1)).min(1).optional(),
    error: z.string().min(1).default('rpc error: code = Unavailable desc = pod status unavailable'),
    duration: duration.optional(),
  })
  .refine(ordered, orderMessage);

const selection = {
  /** Node names this entry applies to. */
  nodes: z.array(z.string().min(1)).min(1).optional(),
  /** Nodes whose labels match (matchLabels and matchExpressions, as in Kubernetes). */
  nodeSelector: labelSelector.optional(),
};

export const relistEntrySchema = z.strictObject({
  ...selection,
  /** k8s kubelet.go genericPlegRelistPeriod (1 s). */
  period: positive(duration).default(RELIST_PERIOD_MS),
  /** k8s kubelet.go genericPlegRelistThreshold (3 min). */
  threshold: positive(duration).default(RELIST_THRESHOLD_MS),
  /** k8s kubelet.go plegChannelCapacity (1000). */
  channelCapacity: z.number().int().min(0).default(PLEG_CHANNEL_CAPACITY),
  /** Events per second the kubelet's sync loop takes from the channel; omitted = as fast as they come. */
  consumeRate: z.number().positive('must be > 0 events per second').optional(),
  /** Cost of one relist: base + perPod × pods + perContainer × (containers + sandboxes), plus inspect per GetPodStatus. */
  cost: z
    .strictObject({
      baseMs: ms.default(0),
      perPodMs: ms.default(0),
      perContainerMs: ms.default(0),
      inspectMs: ms.default(0),
    })
    .prefault({}),
  listFailures: z.array(listFailure).default([]),
  slowRelists: z.array(slowRelist).default([]),
  inspectFailures: z.array(inspectFailure).default([]),
  /** Which PLEG and ground-truth events go to events.csv: every container, real pods only, or none. */
  events: z.enum(['all', 'pods', 'none']).default('pods'),
});

export const churnEntrySchema = z.strictObject({
  ...selection,
  /** Draw one schedule and run it on every selected node (same containers, same times), instead of one per node. */
  identicalOnNodes: z.boolean().default(false),
  /** The churn itself: arrivals, lifetime, gcDelay, startDelay, exitCode, pods, podUidPrefix, start, count/until. */
  containers: churnScenarioSchema,
});

export const relistSection = z.array(relistEntrySchema).default([]);
export const churnSection = z.array(churnEntrySchema).default([]);

export type RelistEntry = z.output<typeof relistEntrySchema>;
export type ChurnEntry = z.output<typeof churnEntrySchema>;
export type NodeSelection = Pick<RelistEntry, 'nodes' | 'nodeSelector'>;
