// Pods nominated to a node by preemption, until they are bound or deleted
// (k8s v1.28 pkg/scheduler/internal/queue/scheduling_queue.go nominator).
import type { PodObject } from '../../model/types.js';

export class Nominator {
  private readonly nodeByUid = new Map<string, string>();
  private readonly podsByNode = new Map<string, PodObject[]>();

  /** k8s NominatedPodsForNode. */
  readonly nominated = (node: string): readonly PodObject[] => this.podsByNode.get(node) ?? [];

  nodeOf(p: PodObject): string | undefined {
    return this.nodeByUid.get(p.uid);
  }

  add(p: PodObject, node: string): void {
    this.delete(p);
    this.nodeByUid.set(p.uid, node);
    this.podsByNode.set(node, [...this.nominated(node), p]);
  }

  delete(p: PodObject): void {
    const node = this.nodeByUid.get(p.uid);
    if (node === undefined) return;
    this.nodeByUid.delete(p.uid);
    const rest = this.nominated(node).filter((x) => x.uid !== p.uid);
    if (rest.length > 0) this.podsByNode.set(node, rest);
    else this.podsByNode.delete(node);
  }
}
