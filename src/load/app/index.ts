// Public surface of the simulated application model.
export { appSpecSchema, appPhaseSchema, DEFAULT_APP, type AppSpec, type AppPhase, type AppEffect } from './schema.js';
export { appState, isServing, exitOf, leakedBytes, phaseStart, phaseEnd, type AppState } from './state.js';
export { utilization, responseTimeMs, type AppLoad } from './response.js';
export { nextAppChange, memoryOverLimitAt, type AppChange, type NextChangeOptions } from './next-change.js';
