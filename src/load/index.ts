// The load model: curves, demand → usage, and its simulation component (public surface).
export * from './curves/index.js';
export { loadSection, serviceLoadSchema, usageStepSection, type LoadSection, type ServiceLoad } from '../features/load/schema.js';
export { effectiveCpuLimit, milliCpuToQuota, milliCpuToShares, shareCpu, type CpuClaim } from './cpu-share.js';
export { computeStep, type LoadCost, type PodUsage, type PodView, type ServiceInput, type ServiceTraffic, type StepResult } from './traffic.js';
export { LoadModel, USAGE_STEP_MS, type LoadedService, type TrafficTotals } from '../features/load/model.js';
export { setupServices, loadSectionOf, usageStepOf } from '../features/load/setup.js';
export { loadComponent, LOAD_COLUMNS, USAGE_PRIORITY } from '../features/load/component.js';
