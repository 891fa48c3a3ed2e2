// `spec.load`: demand per service (= Deployment name) and the cost model that turns it into usage.
//
//   spec:
//     load:
//       web:                          # a Deployment of the scenario
//         curve: { type: spike, baseline: 160, peak: 1600, start: 5m, rise: 1m, hold: 5m, decay: 1m }
//         access: loadBalancer        # spread over Ready endpoints (default); none = every pod gets the curve
//         container: app              # the container that serves (default: the pod's first container)
//         cpuPerRequest: 5            # millicore-seconds of CPU per request (5 → 200 requests/s per core)
//         memoryPerRequest: 256Ki     # memory held by each request in flight
//         requestDuration: 100ms      # how long a request is in flight (Little's law: in flight = rate × duration)
//         networkInPerRequest: 2Ki    # bytes received per request
//         networkOutPerRequest: 16Ki  # bytes sent per served request
//         baseline: { cpu: 50m, memory: 128Mi }   # per pod, with or without traffic
import { z } from 'zod';
import { containerName, cpuQuantity, duration, intQuantity, serviceName } from '../../model/fields.js';
import { curveSchema } from '../../load/curves/schema.js';

export const serviceLoadSchema = z.strictObject({
  curve: curveSchema,
  access: z.enum(['loadBalancer', 'none']).default('loadBalancer'),
  container: containerName.optional(),
  cpuPerRequest: z.number().min(0, 'must be greater than or equal to 0 (millicore-seconds per request)').default(0),
  memoryPerRequest: intQuantity.default(0),
  requestDuration: duration.default(1000),
  networkInPerRequest: intQuantity.default(0),
  networkOutPerRequest: intQuantity.default(0),
  baseline: z.strictObject({ cpu: cpuQuantity.default(0), memory: intQuantity.default(0) }).default({ cpu: 0, memory: 0 }),
});

export type ServiceLoad = z.output<typeof serviceLoadSchema>;

/** `spec.load`: service name → its load. */
export const loadSection = z.record(serviceName, serviceLoadSchema).default({});

export type LoadSection = z.output<typeof loadSection>;

/**
 * `spec.usageStep`: how often usage is recomputed from the load (and integrated for metrics);
 * default 1 s. A coarser step makes day-long runs faster; metric averages stay exact when the
 * metric resolution is a multiple of it.
 */
export const usageStepSection = duration.refine((ms) => ms > 0, 'must be greater than 0').default(1000);
