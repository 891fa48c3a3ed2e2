// The extension points of the Scenario document: each feature adds its section schema and its
// timeline actions here (one line each), so the core schema never changes for a new feature.
import { z } from 'zod';
import { objectRef } from './refs.js';
import { scaleAction } from '../../features/deployments/component.js';
import { terminationSection } from '../../features/deployments/graceful-delete.js';
import { redeployAction, updateAction } from '../../features/deployments/template-update.js';
import { nodeTarget } from '../../features/node-lifecycle/actions.js';
import { schedulingReportSection } from '../../features/scheduling/report.js';
import { schedulerConfigSchema } from '../../k8s/scheduler/profile-schema.js';
import { expectationsSection } from '../../features/expectations/schema.js';
import { appsSection, kubeletSection } from '../../features/kubelet/schema.js';
import { nodePoolsSection } from '../../features/node-pools/node-pool.js';
import { churnSection, relistSection } from '../../features/relist/schema.js';
import { loadSection, usageStepSection } from '../../features/load/schema.js';
import { hpaSection } from '../../features/hpa/settings.js';
import { hpaManifest } from '../../k8s/hpa/schema.js';

/** Optional top-level sections of `Scenario.spec`. */
export const scenarioSections = {
  /** Checks evaluated after the run (src/report/expectations). */
  expectations: expectationsSection,
  /** Scripted application behaviour per Deployment/Pod container (src/kubelet/kubelet). */
  apps: appsSection,
  /** Kubelet simulation settings: probe fast-forward, memory check interval (src/kubelet/kubelet). */
  kubelet: kubeletSection,
  /** Groups of identical nodes: `count` and `capacity` per pool (src/study/node-pool.ts). */
  nodePools: nodePoolsSection,
  /** Kubelet relist (PLEG) settings per node: period, threshold, channel, cost, faults (src/kubelet/pleg-component). */
  relist: relistSection,
  /** Short-lived container churn per node, the load the relist must keep up with (src/kubelet/pleg-component). */
  churn: churnSection,
  /** Scheduler profile: plugins, weights, scoring strategy, percentageOfNodesToScore (src/scheduler/profile-schema.ts). */
  scheduler: schedulerConfigSchema.optional(),
  /** How many scheduling attempts scheduling.csv explains (src/report/scheduling-report.ts). */
  schedulingReport: schedulingReportSection,
  /** Graceful termination: app shutdown time after SIGTERM (src/controllers/deployment/graceful-delete.ts). */
  termination: terminationSection,
  /** Demand per service (Deployment): load curve and per-request cost model (src/load). */
  load: loadSection,
  /** How often usage is recomputed from the load, default 1s (src/load). */
  usageStep: usageStepSection,
  /** HPA controller and metrics-server settings: profile, sync period, tolerance, … (src/controllers/hpa-component). */
  hpa: hpaSection,
};

/** Kubernetes object kinds contributed by features (kind → schema of the whole manifest). */
export const extraObjectSchemas: Record<string, z.ZodType> = {
  /** autoscaling/v2 (src/controllers/hpa, simulated by src/controllers/hpa-component). */
  HorizontalPodAutoscaler: hpaManifest,
};

/** Timeline actions: exactly one per entry, `at` gives the virtual time. */
export const timelineActions = {
  /** Creates a Kubernetes object (Pod, Deployment, Node, …) at that time. */
  create: z.record(z.string(), z.unknown()),
  /** Deletes an object given as `kind/name`. */
  delete: objectRef,
  /** Sets a Deployment's replicas: `{ target: deployment/web, replicas: 5 }`. */
  scale: scaleAction,
  /** Changes a Deployment's pod template (image, resources, env, annotations): a rollout. */
  update: updateAction,
  /** Restarts every pod of a Deployment with the same spec (kubectl rollout restart): `deployment/web`. */
  redeploy: redeployAction,
  /** The node's kubelet stops (no more heartbeats): `node/node-1`. */
  failNode: nodeTarget,
  /** The node's kubelet starts again. */
  recoverNode: nodeTarget,
  /** Marks the node unschedulable (kubectl cordon). */
  cordon: nodeTarget,
  /** Marks the node schedulable again (kubectl uncordon). */
  uncordon: nodeTarget,
  /** Cordons the node and evicts its pods (kubectl drain). */
  drain: nodeTarget,
};
