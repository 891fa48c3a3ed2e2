// Public surface of the generic PLEG, its ground-truth judge and the churn load generator.
export { GenericPleg, RELIST_PERIOD_MS, RELIST_THRESHOLD_MS } from './generic.js';
export { plegHealth, type PlegHealth } from './health.js';
export type { GenericPlegOptions, RelistResult } from './generic.js';
export { EventChannel, PLEG_CHANNEL_CAPACITY } from './channel.js';
export { PodCache, emptyPodStatus } from './cache.js';
export type { CacheEntry } from './cache.js';
export { PodRecords } from './records.js';
export type { PodRecord } from './records.js';
export { convertState, generateEvents, stateIn, containerIdsOf, computePodEvents } from './events.js';
export { preservedIps } from './ips.js';
export { newCounters, countByType, total } from './counters.js';
export type { PlegCounters, CountByType } from './counters.js';
export { PLEG_EVENT_TYPES, PLEG_STATES } from './types.js';
export type { PlegEventType, PlegState, PodLifecycleEvent, PlegEvent } from './types.js';
export { compareWithGroundTruth, EVENT_FOR_TRANSITION } from './ground-truth.js';
export type {
  TrackedTransition,
  Detection,
  TransitionOutcome,
  TransitionTally,
  GroundTruthSummary,
  GroundTruthOptions,
} from './ground-truth.js';
export { percentile, summarizeLatencies } from './stats.js';
export type { LatencySummary } from './stats.js';
export { sampleExponential, sampleStandardNormal, sampleLifetime } from './distributions.js';
export type { UniformSource, LifetimeDistribution } from './distributions.js';
export { generateChurn, churnItems, churnOperations, applyChurnOp } from './churn.js';
export type { ArrivalProcess, ChurnSpec, ChurnItem, ChurnOp, ChurnOpKind } from './churn.js';
export { churnScenarioSchema, parseChurnSpec } from './churn-schema.js';
export type { ChurnScenarioInput } from './churn-schema.js';
