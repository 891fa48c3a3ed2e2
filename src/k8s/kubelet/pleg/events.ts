// Diffing two listings of one pod into lifecycle events (k8s v1.28 pkg/kubelet/pleg/generic.go:
// convertState, generateEvents, getContainersFromPods, computeEvents, getContainerState).
import type { ListedPod, ListedState } from '../runtime/types.js';
import type { PlegState, PodLifecycleEvent } from './types.js';

/** generic.go convertState: created and unknown both become `unknown` (the kubelet does not use "created"). */
export function convertState(state: ListedState): PlegState {
  switch (state) {
    case 'running':
      return 'running';
    case 'exited':
      return 'exited';
    case 'created':
    case 'unknown':
      return 'unknown';
  }
}

/** generic.go generateEvents: the event table of k8s-semantics §3.3. */
export function generateEvents(podUid: string, containerId: string, oldState: PlegState, newState: PlegState): PodLifecycleEvent[] {
  if (oldState === newState) return [];
  const ev = (type: PodLifecycleEvent['type']): PodLifecycleEvent => ({ podUid, type, containerId });
  switch (newState) {
    case 'running':
      return [ev('ContainerStarted')];
    case 'exited':
      return [ev('ContainerDied')];
    case 'unknown':
      return [ev('ContainerChanged')];
    case 'non-existent':
      // Already reported dead → only the removal; otherwise the death was never seen, report both.
      return oldState === 'exited' ? [ev('ContainerRemoved')] : [ev('ContainerDied'), ev('ContainerRemoved')];
  }
}

const stateIndex = new WeakMap<ListedPod, Map<string, ListedState>>();

/** generic.go getContainerState: look in containers, then sandboxes; absent (or no pod) → non-existent. */
export function stateIn(pod: ListedPod | undefined, containerId: string): PlegState {
  if (!pod) return 'non-existent';
  let index = stateIndex.get(pod);
  if (!index) {
    index = new Map();
    // Sandboxes first so that a container id, searched first upstream, wins on a (theoretical) clash.
    for (const s of pod.sandboxes) index.set(s.id, s.state);
    for (const c of pod.containers) index.set(c.id, c.state);
    stateIndex.set(pod, index);
  }
  const s = index.get(containerId);
  return s === undefined ? 'non-existent' : convertState(s);
}

/** generic.go getContainersFromPods: old containers, old sandboxes, new containers, new sandboxes, de-duplicated. */
export function containerIdsOf(oldPod: ListedPod | undefined, newPod: ListedPod | undefined): string[] {
  const seen = new Set<string>();
  for (const pod of [oldPod, newPod]) {
    if (!pod) continue;
    for (const c of pod.containers) seen.add(c.id);
    for (const s of pod.sandboxes) seen.add(s.id);
  }
  return [...seen];
}

/** All events of one pod between its old and current listing (generic.go relist, "compare old and current"). */
export function computePodEvents(podUid: string, oldPod: ListedPod | undefined, newPod: ListedPod | undefined): PodLifecycleEvent[] {
  const out: PodLifecycleEvent[] = [];
  for (const id of containerIdsOf(oldPod, newPod)) {
    out.push(...generateEvents(podUid, id, stateIn(oldPod, id), stateIn(newPod, id)));
  }
  return out;
}
