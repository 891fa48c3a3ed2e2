export { daemonPodNodeAffinity, daemonPodTolerations, targetNodeName, addOrUpdateToleration } from './tolerations.js';
export { nodeShouldRunDaemonPod, type DaemonTemplate, type ShouldRun } from './should-run.js';
export { podsShouldBeOnNode, byCreationAndPhase, type DaemonPod, type NodeDecision } from './manage.js';
export { rollingUpdate, desiredNodeCounts, updatedPodsOnNode, type RollingNode, type RollingParams, type RollingStep } from './rolling.js';
