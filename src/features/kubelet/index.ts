// Public surface of the simulated kubelet component.
export { kubeletFeature, kubeletSettingsOf } from './feature.js';
export { Kubelet } from './kubelet.js';
export { gridAtOrAfter } from './pod-sync.js';
export { containerServing } from './containers.js';
export { appsSection, kubeletSection, appEntrySchema, KUBELET_DEFAULTS, type AppEntry, type KubeletSettings } from './schema.js';
export { AppCatalog, appTargetProblems, type ContainerApp, type AppHost } from './apps.js';
export { podPhase, anyRegularContainerStarted, type PhaseStatus, type PhaseSpec } from './phase.js';
export { containerActions, shouldContainerBeRestarted, type RuntimeView, type KillAction, type ContainerActions } from './actions.js';
export { ContainerTimeline, stateLabel, type Segment } from './timeline.js';
export { CONTAINER_COLUMNS, POD_COLUMNS } from './report.js';
