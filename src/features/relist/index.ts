// Public surface of the kubelet relist (PLEG) in the simulation.
export { relistFeature, relistSections, RELIST_COMPONENT } from './feature.js';
export { relistSection, churnSection, relistEntrySchema, churnEntrySchema } from './schema.js';
export type { RelistEntry, ChurnEntry } from './schema.js';
export { relistSettingsFor, churnFor, selects } from './settings.js';
export { selectorMatches } from '../../model/label-selector.js';
export type { NodeRelistSettings, SlowRelist } from './settings.js';
export { NodeRelist, PLEG_PRIORITY } from './node-relist.js';
export { OnlineJudge, judgeContainer } from './judge.js';
export type { Verdict, ContainerVerdict, TransitionVerdict, JudgeTally } from './judge.js';
export { PlegReadiness } from './readiness.js';
export { SyncLoop, SYNC_BACKOFF } from './sync-loop.js';
export { PodMirror } from './pod-mirror.js';
export { ChurnDriver } from './churn-driver.js';
export { KUBELET_SERIES_KIND, KUBELET_COLUMNS } from './series.js';
export { periodRows, nodeRows, totalsOf } from './tables.js';
