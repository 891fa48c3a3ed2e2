// kubetwin's own document: `kind: Scenario` holds the simulation settings (name, seed, duration,
// sample interval), image defaults for command resolution, and the timeline of scripted actions.
// Feature sections (load, kubelet, faults, expectations, …) are declared in sections.ts.
import { z } from 'zod';
import { duration, serviceName } from '../../model/fields.js';
import { scenarioSections, timelineActions } from './sections.js';

export const SCENARIO_API_VERSION = 'kubetwin.io/v1alpha1';

const image = z.strictObject({
  /** The image's ENTRYPOINT. */
  entrypoint: z.array(z.string()).default([]),
  /** The image's default arguments (CMD). */
  cmd: z.array(z.string()).default([]),
});

const actionKeys = Object.keys(timelineActions);

const timelineEntry = z.strictObject({
  at: duration,
  ...Object.fromEntries(Object.entries(timelineActions).map(([k, s]) => [k, s.optional()])),
} as { at: typeof duration } & { [K in keyof typeof timelineActions]: z.ZodOptional<(typeof timelineActions)[K]> })
  .superRefine((e, ctx) => {
    const present = actionKeys.filter((k) => (e as Record<string, unknown>)[k] !== undefined);
    if (present.length !== 1) {
      ctx.addIssue({ code: 'custom', message: present.length === 0
        ? `a timeline entry needs one action: ${actionKeys.join(', ')}`
        : `a timeline entry has exactly one action, found ${present.join(' and ')}` });
    }
  });

export const scenarioManifest = z.strictObject({
  apiVersion: z.literal(SCENARIO_API_VERSION),
  kind: z.literal('Scenario'),
  metadata: z.strictObject({ name: serviceName }),
  spec: z.strictObject({
    description: z.string().default(''),
    seed: z.union([z.number().int(), z.string().min(1)]).default(1),
    duration,
    sampleInterval: duration.default(10_000).refine((ms) => ms > 0, 'must be greater than 0'),
    images: z.record(z.string(), image).default({}),
    timeline: z.array(timelineEntry).default([]),
    ...scenarioSections,
  }).superRefine((s, ctx) => {
    if (s.duration <= 0) ctx.addIssue({ code: 'custom', path: ['duration'], message: 'must be greater than 0' });
    s.timeline.forEach((e, i) => {
      if (e.at > s.duration) ctx.addIssue({ code: 'custom', path: ['timeline', i, 'at'], message: 'is after the end of the scenario (duration)' });
    });
  }),
});

export type ScenarioManifest = z.output<typeof scenarioManifest>;
export type TimelineEntry = ScenarioManifest['spec']['timeline'][number];
