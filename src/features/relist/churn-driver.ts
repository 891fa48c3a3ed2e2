// Runs a churn load (src/kubelet/pleg/churn.ts) against a node's runtime on the engine: containers
// are drawn lazily one at a time (the next is drawn when the previous is created), then created,
// started, exited and removed at their scheduled times.
import type { Engine } from '../../engine/engine.js';
import { churnItems, type ChurnItem, type ChurnSpec } from '../../k8s/kubelet/pleg/churn.js';
import type { UniformSource } from '../../k8s/kubelet/pleg/distributions.js';
import type { ContainerRuntime } from '../../k8s/kubelet/runtime/runtime.js';

export class ChurnDriver {
  private readonly items: Iterator<ChurnItem>;
  private stopped = false;
  private readonly handles = new Set<number>();
  created = 0;

  constructor(
    private readonly engine: Engine,
    private readonly runtime: ContainerRuntime,
    spec: ChurnSpec,
    random: UniformSource,
    private readonly priority: number,
  ) {
    this.items = churnItems(spec, random);
  }

  start(): void {
    this.next();
  }

  stop(): void {
    this.stopped = true;
    for (const h of this.handles) this.engine.cancel(h);
    this.handles.clear();
  }

  private at(time: number, fn: () => void): void {
    const h = this.engine.at(
      time,
      () => {
        this.handles.delete(h);
        if (!this.stopped) fn();
      },
      this.priority,
    );
    this.handles.add(h);
  }

  private next(): void {
    const r = this.items.next();
    if (r.done) return;
    const item = r.value;
    // A churn that starts before the node exists begins with its first container after now.
    if (item.createAt < this.engine.now) {
      this.next();
      return;
    }
    this.at(item.createAt, () => this.create(item));
  }

  private create(item: ChurnItem): void {
    const id = this.runtime.createContainer(item.createAt, item.podUid, item.name);
    this.created++;
    this.next();
    const start = () => {
      this.runtime.start(item.startAt, id);
      this.at(item.exitAt, () => {
        this.runtime.exit(item.exitAt, id, item.exitCode, null);
        const remove = () => this.runtime.remove(item.removeAt, id);
        if (item.removeAt === item.exitAt) remove();
        else this.at(item.removeAt, remove);
      });
    };
    if (item.startAt === item.createAt) start();
    else this.at(item.startAt, start);
  }
}
