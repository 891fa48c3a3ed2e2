// The extension points of the Scenario document: each feature adds its section schema and its
// timeline actions here (one line each), so the core schema never changes for a new feature.
import { z } from 'zod';
import { objectRef } from './refs.js';
import { scaleAction } from '../../controllers/deployment/component.js';
import { expectationsSection } from '../../report/expectations/schema.js';

/** Optional top-level sections of `Scenario.spec`. */
export const scenarioSections = {
  /** Checks evaluated after the run (src/report/expectations). */
  expectations: expectationsSection,
};

/** Kubernetes object kinds contributed by features (kind → schema of the whole manifest). */
export const extraObjectSchemas: Record<string, z.ZodType> = {
};

/** Timeline actions: exactly one per entry, `at` gives the virtual time. */
export const timelineActions = {
  /** Creates a Kubernetes object (Pod, Deployment, Node, …) at that time. */
  create: z.record(z.string(), z.unknown()),
  /** Deletes an object given as `kind/name`. */
  delete: objectRef,
  /** Sets a Deployment's replicas: `{ target: deployment/web, replicas: 5 }`. */
  scale: scaleAction,
};
