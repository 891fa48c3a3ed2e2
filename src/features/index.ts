// The registry: every feature of kubetwin, one descriptor each (sim/feature.ts). Installation order
// follows from provides/requires/after (orderFeatures); features that do not depend on each other
// keep this order, which fixes how they react to the same cluster change at the same instant.
import type { Feature } from '../sim/feature.js';
import { orderFeatures } from '../sim/feature.js';
import { capacityMetricsFeature } from './capacity-metrics/feature.js';
import { coreSeriesFeature } from './core-series/feature.js';
import { deploymentsFeature } from './deployments/feature.js';
import { expectationsFeature } from './expectations/feature.js';
import { hpaFeature } from './hpa/feature.js';
import { kubeletFeature } from './kubelet/feature.js';
import { loadFeature } from './load/feature.js';
import { nodeLifecycleFeature } from './node-lifecycle/feature.js';
import { nodePoolsFeature } from './node-pools/feature.js';
import { objectsFeature } from './objects/feature.js';
import { podTimelineFeature } from './pod-timeline/feature.js';
import { relistFeature } from './relist/feature.js';
import { schedulingFeature } from './scheduling/feature.js';
import { servicesFeature } from './services/feature.js';
import { cronJobsFeature } from './cronjobs/feature.js';
import { daemonSetsFeature } from './daemonsets/feature.js';
import { disruptionFeature } from './disruption/feature.js';
import { jobsFeature } from './jobs/feature.js';
import { priorityClassesFeature } from './priority-classes/feature.js';
import { replicaSetsFeature } from './replicasets/feature.js';
import { statefulSetsFeature } from './statefulsets/feature.js';
import { unsimulatedFeature } from './unsimulated/feature.js';

/** Every feature, in installation order. */
export const FEATURES: readonly Feature[] = orderFeatures([
  objectsFeature,
  priorityClassesFeature,
  nodePoolsFeature,
  coreSeriesFeature,
  podTimelineFeature,
  deploymentsFeature,
  servicesFeature,
  replicaSetsFeature,
  daemonSetsFeature,
  statefulSetsFeature,
  jobsFeature,
  cronJobsFeature,
  disruptionFeature,
  nodeLifecycleFeature,
  schedulingFeature,
  kubeletFeature,
  relistFeature,
  loadFeature,
  hpaFeature,
  capacityMetricsFeature,
  expectationsFeature,
  unsimulatedFeature,
]);
