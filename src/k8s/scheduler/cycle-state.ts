// k8s v1.28 pkg/scheduler/framework/cycle_state.go CycleState.Clone: values that can clone
// themselves (StateData) are cloned, the others (immutable) shared.
import type { CycleState, StateData } from './types.js';

export function cloneState(s: CycleState): CycleState {
  const out: CycleState = new Map();
  for (const [k, v] of s) {
    const d = v as Partial<StateData> | null;
    out.set(k, d && typeof d === 'object' && typeof d.clone === 'function' ? d.clone() : v);
  }
  return out;
}
