// The components a simulation is built from, in installation order (which fixes the order in
// which they react to the same cluster change).
import { deploymentComponent } from '../features/deployments/component.js';
import { nodeLifecycleComponent } from '../features/node-lifecycle/component.js';
import { schedulingComponent } from '../features/scheduling/scheduling.js';
import { kubeletComponent } from '../features/kubelet/component.js';
import { relistComponent } from '../features/relist/component.js';
import { defaultProfile } from '../k8s/scheduler/index.js';
import type { Component } from './context.js';
import { coreSeriesComponent } from './core-series.js';
import { objectsComponent } from './objects.js';
import { podTimelineComponent } from '../features/pod-timeline/pod-timeline.js';
import { nodePoolComponent } from '../features/node-pools/node-pool.js';
import { capacityMetricsComponent } from '../features/capacity-metrics/component.js';
import { loadComponent } from '../features/load/component.js';
import { hpaComponent } from '../features/hpa/component.js';
import { withExpectations } from '../features/expectations/component.js';

/** The default components; the expectations check is always installed last. */
export function defaultComponents(): Component[] {
  return withExpectations([
    objectsComponent,
    nodePoolComponent,
    coreSeriesComponent,
    podTimelineComponent,
    deploymentComponent,
    nodeLifecycleComponent,
    schedulingComponent({ profile: defaultProfile() }),
    kubeletComponent,
    relistComponent,
    loadComponent,
    hpaComponent,
    capacityMetricsComponent,
  ]);
}
