// What the DaemonSet feature keeps per DaemonSet.
import type { IntOrPercent } from '../../k8s/controllers/deployment/intstr.js';
import type { PodTemplate } from '../../model/types.js';

export interface DaemonSetState {
  name: string;
  namespace: string;
  template: PodTemplate;
  hostNetwork: boolean;
  /** controller-revision-hash of the current template. */
  hash: string;
  updateStrategy: { type: 'RollingUpdate' | 'OnDelete'; maxSurge: IntOrPercent; maxUnavailable: IntOrPercent };
  minReadySeconds: number;
}
