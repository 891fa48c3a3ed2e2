// The scheduler's view of the simulated cluster beyond nodes and bound pods: namespaces (every
// namespace exists, labelled with its name), the default-spreading selector of a pod (its
// Services' selectors and its ReplicaSet's selector: the Deployment's plus pod-template-hash),
// pod status (terminating, start time) and PodDisruptionBudgets with their allowed disruptions.
import type { LabelSelector, Labels, PodObject } from '../../model/types.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import type { LoadedObject } from '../../scenario/load.js';
import type { PdbManifest } from '../../scenario/schema/pdb.js';
import { NAMESPACE_NAME_LABEL, type ClusterLister, type PdbInfo } from '../../k8s/scheduler/lister.js';
import {
  EVERYTHING,
  addRequirements,
  selectorFrom,
  selectorFromSet,
  selectorMatches,
  type Selector,
} from '../../k8s/scheduler/selector.js';

interface PdbObject {
  namespace: string;
  manifest: PdbManifest;
}

export class SimClusterLister implements ClusterLister {
  /** Live PodDisruptionBudgets by `namespace/name`. */
  readonly pdbObjects = new Map<string, PdbObject>();
  private readonly services: Array<{ namespace: string; selector: Labels }> = [];
  private readonly deploymentSelectors = new Map<string, LabelSelector>();

  constructor(private readonly ctx: SimContext) {
    // Services and Deployments of the scenario (timeline-created ones included from the start).
    for (const o of [...ctx.scenario.objects, ...ctx.scenario.created.values()]) this.index(o);
  }

  private index(o: LoadedObject): void {
    const ns = o.manifest.metadata.namespace ?? 'default';
    const spec = (o.manifest as { spec?: { selector?: unknown } }).spec;
    if (o.kind === 'Service' && spec?.selector && Object.keys(spec.selector as Labels).length > 0) {
      this.services.push({ namespace: ns, selector: spec.selector as Labels });
    } else if (o.kind === 'Deployment' && spec?.selector) {
      this.deploymentSelectors.set(`${ns}/${o.name}`, spec.selector as LabelSelector);
    }
  }

  namespaceLabels(ns: string): Labels {
    return { [NAMESPACE_NAME_LABEL]: ns };
  }

  // k8s helper.DefaultSelector: the Services' selectors merged, then the controller's ANDed.
  defaultSelector(pod: PodObject): Selector {
    const merged: Record<string, string> = {};
    for (const s of this.services) {
      if (s.namespace === pod.namespace && selectorMatches(selectorFromSet(s.selector), pod.labels)) Object.assign(merged, s.selector);
    }
    let sel = Object.keys(merged).length > 0 ? selectorFromSet(merged) : EVERYTHING;
    const owner = pod.ownerRef;
    const ds = owner?.kind === 'Deployment' ? this.deploymentSelectors.get(`${pod.namespace}/${owner.name}`) : undefined;
    if (ds) {
      const hash = pod.labels['pod-template-hash'];
      const rs = selectorFrom({ ...ds, matchLabels: { ...ds.matchLabels, ...(hash !== undefined ? { 'pod-template-hash': hash } : {}) } });
      if (!Array.isArray(rs)) sel = addRequirements(sel, rs.requirements);
    }
    return sel;
  }

  private state(p: PodObject): PodState | undefined {
    const s = this.ctx.cluster.pods.get(`${p.namespace}/${p.name}`);
    return s && s.obj.uid === p.uid ? s : undefined;
  }

  terminating(p: PodObject): boolean {
    return this.state(p)?.deletingAt !== undefined;
  }

  startTime(p: PodObject): number | undefined {
    return this.state(p)?.startedAt;
  }

  /**
   * k8s disruption controller: disruptionsAllowed = healthy − desired healthy, where the expected
   * count is the number of matching pods (Kubernetes uses the controllers' scale for percentages and
   * maxUnavailable; with Deployments at their scale the two agree).
   */
  pdbs(): PdbInfo[] {
    const out: PdbInfo[] = [];
    for (const { namespace, manifest } of this.pdbObjects.values()) {
      const sel = selectorFrom(manifest.spec.selector);
      const pods =
        Array.isArray(sel) || sel.empty
          ? []
          : [...this.ctx.cluster.pods.values()].filter(
              (p) => p.obj.namespace === namespace && p.phase !== 'Succeeded' && p.phase !== 'Failed' && selectorMatches(sel, p.obj.labels),
            );
      const expected = pods.length;
      const healthy = pods.filter((p) => p.ready && p.deletingAt === undefined).length;
      const pct = (v: string) => Math.ceil((Number(v.slice(0, -1)) * expected) / 100);
      const { minAvailable, maxUnavailable } = manifest.spec;
      let desired = 0;
      if (minAvailable !== undefined) desired = typeof minAvailable === 'number' ? minAvailable : pct(minAvailable);
      else if (maxUnavailable !== undefined)
        desired = expected - (typeof maxUnavailable === 'number' ? maxUnavailable : pct(maxUnavailable));
      out.push({ namespace, selector: manifest.spec.selector, disruptionsAllowed: Math.max(0, healthy - desired) });
    }
    return out;
  }
}
