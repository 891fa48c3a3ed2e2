// kubetwin's own document: `kind: Scenario` holds the simulation settings (name, seed, duration,
// sample interval), image defaults for command resolution, and the timeline of scripted actions.
// Feature sections (load, kubelet, expectations, …) and timeline actions come from the features
// (scenario/feature.ts); scenarioManifestSchema assembles them.
import { z } from 'zod';
import { duration, serviceName } from '../../model/fields.js';
import { objectRef } from './refs.js';

export const SCENARIO_API_VERSION = 'kubetwin.io/v1alpha1';

const image = z.strictObject({
  /** The image's ENTRYPOINT. */
  entrypoint: z.array(z.string()).default([]),
  /** The image's default arguments (CMD). */
  cmd: z.array(z.string()).default([]),
});

/** The timeline's own actions: create and delete any object kind a feature simulates. */
export const CORE_ACTIONS = {
  /** Creates a Kubernetes object (Pod, Deployment, Node, …) at that time. */
  create: z.record(z.string(), z.unknown()),
  /** Deletes an object given as `kind/name`. */
  delete: objectRef,
};

/** The Scenario document's schema with the given feature sections and timeline actions. */
export function scenarioManifestSchema(sections: Record<string, z.ZodType>, actions: Record<string, z.ZodType>) {
  const allActions: Record<string, z.ZodType> = { ...CORE_ACTIONS, ...actions };
  const actionKeys = Object.keys(allActions);
  const timelineEntry = z
    .strictObject({
      at: duration,
      ...Object.fromEntries(Object.entries(allActions).map(([k, s]) => [k, s.optional()])),
    })
    .superRefine((e, ctx) => {
      const present = actionKeys.filter((k) => (e as Record<string, unknown>)[k] !== undefined);
      if (present.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message:
            present.length === 0
              ? `a timeline entry needs one action: ${actionKeys.join(', ')}`
              : `a timeline entry has exactly one action, found ${present.join(' and ')}`,
        });
      }
    });
  return z.strictObject({
    apiVersion: z.literal(SCENARIO_API_VERSION),
    kind: z.literal('Scenario'),
    metadata: z.strictObject({ name: serviceName }),
    spec: z
      .strictObject({
        description: z.string().default(''),
        seed: z.union([z.number().int(), z.string().min(1)]).default(1),
        duration,
        sampleInterval: duration.default(10_000).refine((ms) => ms > 0, 'must be greater than 0'),
        images: z.record(z.string(), image).default({}),
        timeline: z.array(timelineEntry).default([]),
        ...sections,
      })
      .superRefine((s, ctx) => {
        if (s.duration <= 0) ctx.addIssue({ code: 'custom', path: ['duration'], message: 'must be greater than 0' });
        s.timeline.forEach((e, i) => {
          if (e.at > s.duration)
            ctx.addIssue({ code: 'custom', path: ['timeline', i, 'at'], message: 'is after the end of the scenario (duration)' });
        });
      }),
  });
}

/** One timeline entry: `at` and exactly one action (its key names the action). */
export type TimelineEntry = { at: number } & Record<string, unknown>;

/** The validated Scenario document; feature sections are read by their features (`spec[key]`). */
export interface ScenarioManifest {
  apiVersion: typeof SCENARIO_API_VERSION;
  kind: 'Scenario';
  metadata: { name: string };
  spec: {
    description: string;
    seed: number | string;
    duration: number;
    sampleInterval: number;
    images: Record<string, { entrypoint: string[]; cmd: string[] }>;
    timeline: TimelineEntry[];
    [section: string]: unknown;
  };
}
