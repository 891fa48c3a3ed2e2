// What the scheduler plugins read about the cluster beyond nodes and their pods: namespaces'
// labels, the selector of a pod's Services/controller (for default spreading), pod status fields
// and PodDisruptionBudgets. The simulation supplies one; the default knows nothing.
// k8s v1.28: the informer listers handed to plugins through framework.Handle.
import type { LabelSelector, Labels, PodObject } from '../../model/types.js';
import type { Selector } from './selector.js';

export interface PdbInfo {
  namespace: string;
  selector?: LabelSelector;
  /** status.disruptionsAllowed. */
  disruptionsAllowed: number;
}

export interface ClusterLister {
  /** Labels of a namespace (k8s namespace lister); undefined when it does not exist. */
  namespaceLabels(ns: string): Labels | undefined;
  /** k8s helper.DefaultSelector: the AND of the pod's Services' and controller's selectors. */
  defaultSelector(pod: PodObject): Selector;
  /** metadata.deletionTimestamp is set. */
  terminating(pod: PodObject): boolean;
  /** status.startTime in ms, undefined when not started. */
  startTime(pod: PodObject): number | undefined;
  pdbs(): readonly PdbInfo[];
}

/** The label every namespace carries (kubernetes.io/metadata.name, since v1.21). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export const EMPTY_LISTER: ClusterLister = {
  namespaceLabels: (ns) => ({ [NAMESPACE_NAME_LABEL]: ns }),
  defaultSelector: () => ({ empty: true, nothing: false, requirements: [] }),
  terminating: () => false,
  startTime: () => undefined,
  pdbs: () => [],
};

/** A mutable holder shared by the plugins of one profile, so the simulation can plug its lister in. */
export interface ListerHolder {
  lister: ClusterLister;
}
