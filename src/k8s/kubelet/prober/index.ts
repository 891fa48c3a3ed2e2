// Public surface of the prober: schema, modelled handlers, prober, worker, timing, status.
export type { ProbeType, ProbeResult, HandlerResult, HandlerOutcome, ProberOutcome, ProbeEvent } from './types.js';
export { PROBE_DEFAULTS, HTTP_GET_DEFAULTS } from './defaults.js';
export { probeSchemaFor, SUCCESS_THRESHOLD_MESSAGE, type ProbeSchema } from './schema.js';
export { resolveContainerPort, portNameProblems, portNumberProblems, type PortResolution } from './ports.js';
export {
  runHandler,
  httpGetHandler,
  tcpSocketHandler,
  execHandler,
  grpcHandler,
  httpStatusResult,
  MAX_REDIRECTS,
  type ProbeTarget,
  type HandlerOptions,
  type GrpcServingStatus,
} from './handlers.js';
export { probe, probeApp, MAX_PROBE_RETRIES } from './prober.js';
export { ResultsCache, type ResultUpdate } from './results.js';
export {
  ProbeWorker,
  INITIAL_VALUE,
  type WorkerStep,
  type StepReason,
  type PodObservation,
  type ContainerObservation,
} from './worker.js';
export { initialOffset, firstProbeDelay, nextProbeStart } from './timing.js';
export { computeStartedReady, type ContainerProbeView, type ContainerProbeStatus, type PodProbeStatus } from './status.js';
