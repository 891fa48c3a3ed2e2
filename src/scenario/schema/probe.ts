// Container probe fields: the probe schema itself lives with the prober (src/kubelet/prober/schema.ts).
import { probeSchemaFor } from '../../k8s/kubelet/prober/schema.js';

export function probeField(kind: 'liveness' | 'readiness' | 'startup') {
  return probeSchemaFor(kind).optional();
}
