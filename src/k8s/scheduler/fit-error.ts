// The "0/N nodes are available: …" message of an unschedulable pod.
// k8s v1.28 pkg/scheduler/framework/types.go FitError.Error and Diagnosis.
import type { Status } from './types.js';

export const NO_NODE_AVAILABLE_MSG = 'no nodes available to schedule pods';

export interface Diagnosis {
  /** Filter status of every rejected node, keyed by node name. */
  nodeToStatus: Map<string, Status>;
  /** The PreFilter rejection message, when PreFilter failed (then the node map is not counted). */
  preFilterMsg?: string;
  /** A PostFilter (preemption) message; kubetwin has no PostFilter plugin, kept for completeness. */
  postFilterMsg?: string;
}

// k8s SeparatorFormat " %v.".
const sep = (msg: string): string => ` ${msg}.`;

// Go sort.Strings compares bytes; for the ASCII reasons Kubernetes prints, code-unit order agrees.
const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * k8s FitError.Error: "0/N nodes are available:" then the PreFilter message, or else a histogram
 * "<count> <reason>" of the reasons across rejected nodes sorted as strings and joined with ", ";
 * each followed by a period; then the PostFilter message as is.
 */
export function fitErrorMessage(numAllNodes: number, d: Diagnosis): string {
  let msg = `0/${numAllNodes} nodes are available:`;
  if (d.preFilterMsg) {
    msg += sep(d.preFilterMsg);
  } else {
    const counts = new Map<string, number>();
    for (const status of d.nodeToStatus.values()) {
      for (const reason of status.reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    const histogram = [...counts].map(([reason, n]) => `${n} ${reason}`).sort(byteOrder);
    if (histogram.length > 0) msg += sep(histogram.join(', '));
  }
  // The PostFilter message is appended as is (no period added).
  if (d.postFilterMsg) msg += ` ${d.postFilterMsg}`;
  return msg;
}
