// What the StatefulSet feature keeps per StatefulSet.
import type { PodManagementPolicy } from '../../k8s/controllers/statefulset/index.js';
import type { PodTemplate } from '../../model/types.js';

export interface Revision {
  /** ControllerRevision name `<set>-<hash>`, the pods' controller-revision-hash label. */
  name: string;
  template: PodTemplate;
}

export interface StatefulSetState {
  name: string;
  namespace: string;
  replicas: number;
  podManagementPolicy: PodManagementPolicy;
  updateStrategy: 'RollingUpdate' | 'OnDelete';
  partition: number;
  minReadySeconds: number;
  /** status.currentRevision: pods below the partition (and re-created ones there) use it. */
  current: Revision;
  /** status.updateRevision: the current template. */
  update: Revision;
}
