// Which scripted application runs in which container: `spec.apps` entries matched to pods by their
// owning Deployment, the workload named by the pod's kubetwin.io/app-target annotation (or the Pod's own name) and container name. kubetwin's own wiring, no Kubernetes.
import { DEFAULT_APP, type AppSpec } from '../../load/app/index.js';
import type { PodObject } from '../../model/types.js';
import { APP_TARGET_ANNOTATION } from '../../sim/hooks.js';
import type { AppEntry } from './schema.js';

export interface ContainerApp {
  spec: AppSpec;
  /** SIGTERM → exit time, ms. */
  shutdownMs: number;
}

interface Entry {
  spec: AppSpec;
  shutdownMs?: number;
}

function toEntry(e: AppEntry): Entry {
  const { target: _t, container: _c, shutdownTime, ...spec } = e;
  return { spec, shutdownMs: shutdownTime };
}

export class AppCatalog {
  private readonly byKey = new Map<string, Entry>();

  /**
   * @param defaultShutdownMs the pod's stop time when its app entry sets none (the same one graceful
   *                          deletion uses: annotation kubetwin.io/shutdown-time, spec.termination).
   */
  constructor(
    entries: readonly AppEntry[],
    private readonly defaultShutdownMs: (pod: PodObject) => number = () => 0,
  ) {
    // A later entry for the same key wins; a container-specific entry wins over a whole-target one.
    for (const e of entries) this.byKey.set(key(e.target.kind, e.target.name, e.container), toEntry(e));
  }

  /** The app of container `name` in `pod`: by owning Deployment, else by Pod name; default: always healthy. */
  forContainer(pod: PodObject, name: string): ContainerApp {
    const owner = pod.ownerRef?.kind === 'Deployment' ? pod.ownerRef.name : undefined;
    const target = /^([A-Za-z]+)\/(.+)$/.exec(pod.annotations[APP_TARGET_ANNOTATION] ?? '');
    const candidates = target
      ? [key(target[1], target[2], name), key(target[1], target[2])]
      : owner !== undefined
        ? [key('Deployment', owner, name), key('Deployment', owner)]
        : [key('Pod', pod.name, name), key('Pod', pod.name)];
    const found = candidates.map((k) => this.byKey.get(k)).find((e) => e !== undefined);
    return { spec: found?.spec ?? DEFAULT_APP, shutdownMs: found?.shutdownMs ?? this.defaultShutdownMs(pod) };
  }
}

function key(kind: string, name: string, container?: string): string {
  return `${kind}/${name}/${container ?? '*'}`;
}

/** A scenario object an app entry may name: its kind, name and container names. */
export interface AppHost {
  kind: string;
  name: string;
  containers: string[];
}

/** Problems with app entries whose target or container does not exist (index, field, message). */
export function appTargetProblems(
  entries: readonly AppEntry[],
  hosts: readonly AppHost[],
): Array<{ index: number; field: 'target' | 'container'; message: string }> {
  const out: Array<{ index: number; field: 'target' | 'container'; message: string }> = [];
  entries.forEach((e, index) => {
    const host = hosts.find((h) => h.kind === e.target.kind && h.name === e.target.name);
    if (!host) {
      const same = hosts.filter((h) => h.kind === e.target.kind).map((h) => h.name);
      const known = same.length
        ? `; the scenario's ${e.target.kind} objects: ${same.join(', ')}`
        : `; the scenario defines no ${e.target.kind}`;
      out.push({ index, field: 'target', message: `no ${e.target.kind} named "${e.target.name}"${known}` });
    } else if (e.container !== undefined && !host.containers.includes(e.container)) {
      out.push({
        index,
        field: 'container',
        message: `${e.target.kind} "${e.target.name}" has no container "${e.container}" (containers: ${host.containers.join(', ')})`,
      });
    }
  });
  return out;
}
