// The kubelet's view of a pod's status from its container records: each container's started /
// ready flags (k8s v1.28 prober_manager.go UpdatePodStatus via src/kubelet/prober/status.ts), the
// phase (kubelet_pods.go getPhase via phase.ts) and the Ready condition (status/generate.go
// GeneratePodReadyCondition: ContainersReady, and false once the pod has completed).
import type { PodPhase } from '../../model/types.js';
import { computeStartedReady, type ContainerProbeStatus } from '../../k8s/kubelet/prober/status.js';
import { podPhase, type PhaseStatus } from './phase.js';
import { resultOf, runningInstance, type ContainerRec, type PodRec } from './state.js';

export interface PodStatusView {
  containers: ContainerProbeStatus[];
  phase: PodPhase;
  ready: boolean;
}

function phaseStatus(c: ContainerRec): PhaseStatus {
  const s = c.status;
  return { name: c.spec.name, state: s.state, exitCode: s.exitCode, lastExitCode: c.lastTermination?.exitCode };
}

export function podStatusOf(p: PodRec): PodStatusView {
  const probes = computeStartedReady(
    p.containers.map((c) => ({
      name: c.spec.name,
      running: runningInstance(c) !== undefined,
      hasStartupProbe: c.spec.startupProbe !== undefined,
      hasReadinessProbe: c.spec.readinessProbe !== undefined,
      startupResult: resultOf(c, 'startup'),
      readinessResult: resultOf(c, 'readiness'),
    })),
  );
  const spec = p.pod.obj.spec;
  // Init containers are not run by this model: they count as completed (see README).
  const phase = podPhase({ restartPolicy: spec.restartPolicy, containers: spec.containers }, p.containers.map(phaseStatus));
  const completed = phase === 'Succeeded' || phase === 'Failed';
  return { containers: probes.containers, phase, ready: probes.podReady && !completed };
}
