// Order of the kubelet's work at one virtual time (lower first; see src/sim/priorities.ts).
// Runtime events (an app exits, the kernel OOM-kills) come before syncs; probes run after syncs, each
// worker at its own fixed priority so that simultaneous probes run in one canonical order; probe
// results are published after every probe of that instant has started.
import { PRIORITY } from '../../sim/priorities.js';

export const KUBELET_PRIORITY = {
  runtime: PRIORITY.kubelet - 1,
  sync: PRIORITY.kubelet,
  /** + ordinal / 2^24 per worker. */
  probe: PRIORITY.kubelet + 1,
  publish: PRIORITY.kubelet + 3,
} as const;

/** kubelet.go plegRelistPeriod: the PLEG lists containers every second (one constant, in the PLEG port). */
export { RELIST_PERIOD_MS } from '../../k8s/kubelet/pleg/generic.js';
/** kubelet.go syncLoop: the sync ticker that picks up pods whose retry is due fires every second. */
export const SYNC_TICK_MS = 1000;
