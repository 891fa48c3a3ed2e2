// The components a simulation is built from, in installation order (which fixes the order in
// which they react to the same cluster change).
import { deploymentComponent } from '../controllers/deployment/component.js';
import { nodeLifecycleComponent } from '../controllers/node-lifecycle/component.js';
import { schedulingComponent } from '../controllers/scheduling.js';
import { kubeletComponent } from '../kubelet/kubelet/component.js';
import { relistComponent } from '../kubelet/pleg-component/component.js';
import { defaultProfile } from '../scheduler/index.js';
import type { Component } from './context.js';
import { coreSeriesComponent } from './core-series.js';
import { objectsComponent } from './objects.js';
import { podTimelineComponent } from '../report/pod-timeline.js';
import { nodePoolComponent } from '../study/node-pool.js';
import { capacityMetricsComponent } from '../study/metrics-component.js';
import { loadComponent } from '../load/component.js';
import { hpaComponent } from '../controllers/hpa-component/component.js';
import { withExpectations } from '../report/expectations/component.js';

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
