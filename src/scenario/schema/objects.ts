// Which schema validates which `kind` of document.
import type { z } from 'zod';
import { nodeManifest } from './node.js';
import { podManifest } from './pod.js';
import { deploymentManifest, serviceManifest } from './workloads.js';
import { scenarioManifest } from './scenario.js';
import { extraObjectSchemas } from './sections.js';
import { priorityClassManifest } from './priority-class.js';
import { pdbManifest } from './pdb.js';

export const objectSchemas: Record<string, z.ZodType> = {
  Scenario: scenarioManifest,
  Node: nodeManifest,
  Pod: podManifest,
  Deployment: deploymentManifest,
  Service: serviceManifest,
  PriorityClass: priorityClassManifest,
  PodDisruptionBudget: pdbManifest,
  ...extraObjectSchemas,
};
