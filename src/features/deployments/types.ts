// State the Deployment controller keeps per Deployment and per ReplicaSet.
import type { LabelSelector, PodTemplate } from '../../model/types.js';
import type { StrategyParams } from '../../k8s/controllers/deployment/intstr.js';

export type ServiceState = 'Starting' | 'Running' | 'Updating' | 'Abnormal';

export interface ReplicaSetState {
  /** `<deployment>-<pod-template-hash>`. */
  name: string;
  hash: string;
  template: PodTemplate;
  /** spec.replicas. */
  replicas: number;
  createdAt: number;
  /** deployment.kubernetes.io/revision. */
  revision: number;
}

export interface DeploymentState {
  name: string;
  namespace: string;
  replicas: number;
  /** spec.selector: the pods the Deployment (and an HPA scaling it) selects. */
  selector: LabelSelector;
  template: PodTemplate;
  /** Hash of the current template: the new ReplicaSet's pod-template-hash. */
  templateHash: string;
  strategy: StrategyParams;
  minReadySeconds: number;
  createdAt: number;
  /** Every ReplicaSet the deployment owns, in creation order. */
  replicaSets: ReplicaSetState[];
  /** Set when the template changes on a live deployment; cleared when the rollout completes. */
  rolloutStartedAt?: number;
  state?: ServiceState;
  stateSince?: number;
}
