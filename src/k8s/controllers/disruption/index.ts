export { selectorMatches } from './selector.js';
export { pdbStatus, type PdbPod, type PdbSpec, type PdbStatus } from './budget.js';
export { checkEviction, EVICTION_BLOCKED, type EvictedPod, type EvictionResult, type MatchingPdb } from './eviction.js';
