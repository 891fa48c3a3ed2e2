// Public surface of the node-local container runtime model.
export { ContainerRuntime, RuntimeOpError } from './runtime.js';
export type { RuntimeOptions } from './runtime.js';
export { DEFAULT_LIST_COST, listDuration, activeListFailure, activeInspectFailure } from './faults.js';
export type { ListCost, ListFailure, InspectFailure } from './faults.js';
export { podStatusOf } from './status.js';
export type {
  ContainerState,
  ListedState,
  ContainerKind,
  PodRef,
  RuntimeContainer,
  StateChange,
  ListedContainer,
  ListedPod,
  ListResult,
  ContainerStatus,
  SandboxStatus,
  PodStatus,
  InspectResult,
  PodLister,
} from './types.js';
