// A scripted runtime for the ported generic_test.go tables: the listing is whatever the test sets,
// and GetPodStatus answers come from per-pod queues (like the upstream mock's expectations).
import type { InspectResult, ListedPod, ListedState, ListResult, PodLister, PodStatus } from '../../../../src/k8s/kubelet/runtime/index.js';

type Spec = [id: string, state: ListedState];

export function pod(uid: string, containers: Spec[], sandboxes: Spec[] = []): ListedPod {
  const conv = ([id, state]: Spec) => ({ id, name: id, state });
  return { uid, name: uid, namespace: 'default', containers: containers.map(conv), sandboxes: sandboxes.map(conv) };
}

export function status(uid: string, containers: Spec[] = [], ips: string[] = [], sandboxes: PodStatus['sandboxStatuses'] = []): PodStatus {
  return { id: uid, ips, containerStatuses: containers.map(([id, state]) => ({ id, name: id, state })), sandboxStatuses: sandboxes };
}

type Answer = { status: PodStatus; error?: string };

export class FakeRuntime implements PodLister {
  pods: ListedPod[] = [];
  listError: string | undefined;
  listDurationMs = 0;
  /** When true, a pod without a scripted answer gets an empty successful status; otherwise the test fails. */
  lenient = true;
  readonly listCalls: number[] = [];
  readonly inspectCalls: Array<{ now: number; uid: string }> = [];
  private readonly answers = new Map<string, Answer[]>();

  expectInspect(uid: string, status: PodStatus, error?: string): this {
    const q = this.answers.get(uid) ?? [];
    q.push({ status, error });
    this.answers.set(uid, q);
    return this;
  }

  pendingAnswers(): number {
    let n = 0;
    for (const q of this.answers.values()) n += q.length;
    return n;
  }

  list(now: number): ListResult {
    this.listCalls.push(now);
    if (this.listError !== undefined) return { ok: false, error: this.listError, durationMs: this.listDurationMs };
    return { ok: true, pods: this.pods, durationMs: this.listDurationMs };
  }

  inspect(now: number, uid: string): InspectResult {
    this.inspectCalls.push({ now, uid });
    const a = this.answers.get(uid)?.shift();
    if (!a) {
      if (!this.lenient) throw new Error(`unexpected GetPodStatus for ${uid}`);
      return { ok: true, status: status(uid), durationMs: 0 };
    }
    return a.error === undefined
      ? { ok: true, status: a.status, durationMs: 0 }
      : { ok: false, error: a.error, status: a.status, durationMs: 0 };
  }
}

/** Order-insensitive comparison key, as upstream's verifyEvents sorts by pod UID then container id. */
export function sortEvents<T extends { podUid: string; containerId: string; type: string }>(events: T[]): Array<[string, string, string]> {
  return events
    .map((e) => [e.podUid, e.type, e.containerId] as [string, string, string])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}
