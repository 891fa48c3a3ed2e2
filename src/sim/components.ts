// The components a simulation is built from, in installation order (which fixes the order in
// which they react to the same cluster change).
import { deploymentComponent } from '../controllers/deployment/component.js';
import { schedulingComponent } from '../controllers/scheduling.js';
import { podStarterComponent } from '../kubelet/pod-starter.js';
import { defaultProfile } from '../scheduler/index.js';
import type { Component } from './context.js';
import { coreSeriesComponent } from './core-series.js';
import { objectsComponent } from './objects.js';

export function defaultComponents(): Component[] {
  return [
    objectsComponent,
    coreSeriesComponent,
    deploymentComponent,
    schedulingComponent({ profile: defaultProfile() }),
    podStarterComponent,
  ];
}
