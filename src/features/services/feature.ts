// Service (core/v1) objects: accepted so that real manifest bundles load. kubetwin does not yet
// route load through a Service's selector (load is given per Deployment, spec.load), so each
// scenario with Services gets one warning saying so.
import type { Diagnostic } from '../../scenario/diagnostics.js';
import { at } from '../../scenario/source.js';
import { serviceManifest } from '../../scenario/schema/workloads.js';
import type { Feature } from '../../sim/feature.js';

export const servicesFeature: Feature = {
  name: 'services',
  kinds: { Service: serviceManifest },
  validate(scenario): Diagnostic[] {
    const first = [...scenario.objects, ...scenario.created.values()].find((o) => o.kind === 'Service');
    if (!first) return [];
    return [
      at(
        first.source,
        [...first.prefix, 'kind'],
        'Service objects are accepted but not simulated: load is given per Deployment (spec.load), not routed through Service selectors',
        'warning',
      ),
    ];
  },
  install(ctx) {
    // A Service has no behaviour of its own yet: creating or deleting one changes nothing.
    ctx.creators.set('Service', () => {});
    ctx.deleters.set('Service', () => {});
  },
};
