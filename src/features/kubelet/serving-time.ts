// How long an app did not answer during an interval, computed exactly from its scripted behaviour
// (the app's state only changes at the times nextAppChange names). Used for "Ready but not
// answering": the time a pod was in the endpoints while its app hung, erred or was still starting.
import { appState, isServing, nextAppChange, type AppSpec } from '../../load/app/index.js';

/** Milliseconds in [from, to) during which the app of a container started at `startedAt` did not answer. */
export function notServingMs(spec: AppSpec, startedAt: number, from: number, to: number): number {
  let total = 0;
  let t = from;
  while (t < to) {
    const next = Math.min(nextAppChange(spec, startedAt, t)?.at ?? Infinity, to);
    if (!isServing(appState(spec, t - startedAt, t))) total += next - t;
    t = next;
  }
  return total;
}
