// The load model, pure: curves and demand → usage (public surface). Its simulation adapter is
// src/features/load.
export * from './curves/index.js';
export { effectiveCpuLimit, milliCpuToQuota, milliCpuToShares, shareCpu, type CpuClaim } from './cpu-share.js';
export {
  computeStep,
  type LoadCost,
  type PodUsage,
  type PodView,
  type ServiceInput,
  type ServiceTraffic,
  type StepResult,
} from './traffic.js';
