// A minimal event loop for tests: apply churn operations in time order and relist on the PLEG's own
// schedule (wait.Until: next relist one period after the previous finished). Operations at the same
// instant as a relist happen before it.
import { ContainerRuntime, type ListCost } from '../../../../src/k8s/kubelet/runtime/index.js';
import { applyChurnOp, churnOperations, GenericPleg, type ChurnItem, type PlegEvent } from '../../../../src/k8s/kubelet/pleg/index.js';

export interface DriveResult {
  runtime: ContainerRuntime;
  pleg: GenericPleg;
  delivered: PlegEvent[];
  relists: number;
  lastRelistAt: number;
}

export function drive(items: readonly ChurnItem[], periodMs: number, listCost: Partial<ListCost> = {}): DriveResult {
  const runtime = new ContainerRuntime({ listCost });
  const pleg = new GenericPleg({ relistPeriodMs: periodMs });
  const ops = churnOperations(items);
  const ids = new Map<number, string>();
  const delivered: PlegEvent[] = [];
  let next = 0;
  let i = 0;
  let relists = 0;
  let lastRelistAt = 0;
  for (;;) {
    while (i < ops.length && ops[i].at <= next) applyChurnOp(runtime, ops[i++], ids);
    const r = pleg.relist(next, runtime);
    relists++;
    lastRelistAt = next;
    delivered.push(...r.sent);
    pleg.drain();
    if (i >= ops.length) break; // every container is gone and this relist saw the end state
    next = r.nextRelistAt;
  }
  return { runtime, pleg, delivered, relists, lastRelistAt };
}
