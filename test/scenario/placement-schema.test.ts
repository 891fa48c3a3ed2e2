// Pod placement fields at load time: API-server validation of affinity terms and spread
// constraints, priority admission from PriorityClasses, and warnings for what is not simulated.
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/run.js';
import { formatDiagnostic, InputError } from '../../src/scenario/diagnostics.js';
import { minimalScenario } from '../helpers/tmp.js';

function problems(text: string): string[] {
  try {
    loadScenarioText('s.yaml', text);
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path}: ${d.message}`);
    throw e;
  }
  return [];
}

/** The minimal Pod with `lines` appended to its spec (2-space indented under spec). */
const podWith = (lines: string, extra = '') => minimalScenario(extra).replace('  containers:\n', `${lines}\n  containers:\n`);

describe('placement fields', () => {
  it('accepts pod anti-affinity and spread constraints into the model', () => {
    const s = loadScenarioText(
      's.yaml',
      podWith(`  affinity:
    podAntiAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        - labelSelector: { matchLabels: { app: web } }
          topologyKey: kubernetes.io/hostname
  topologySpreadConstraints:
    - { maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }`),
    );
    const spec = (s.objects.find((o) => o.kind === 'Pod')!.manifest as any).spec;
    expect(spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey).toBe('kubernetes.io/hostname');
    expect(spec.topologySpreadConstraints[0].maxSkew).toBe(1);
    expect(s.warnings).toEqual([]);
  });

  it('validates like the API server', () => {
    expect(
      problems(
        podWith(`  affinity:
    podAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        - labelSelector: { matchLabels: { app: web } }
          topologyKey: ""`),
      ),
    ).toEqual(['spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: can not be empty']);
    expect(
      problems(
        podWith(`  topologySpreadConstraints:
    - { maxSkew: 0, topologyKey: zone, whenUnsatisfiable: DoNotSchedule }`),
      ),
    ).toEqual(['spec.topologySpreadConstraints[0].maxSkew: must be greater than zero']);
    expect(
      problems(
        podWith(`  topologySpreadConstraints:
    - { maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, minDomains: 2 }`),
      ),
    ).toEqual(['spec.topologySpreadConstraints[0].minDomains: can only use minDomains if whenUnsatisfiable=DoNotSchedule']);
    expect(
      problems(
        podWith(`  topologySpreadConstraints:
    - { maxSkew: 1, topologyKey: zone, whenUnsatisfiable: Sometimes }`),
      ),
    ).toHaveLength(1);
  });

  // Priority admission (priorityClassName → priority) runs in the simulation: test/features/workloads.

  it('warns, naming the field, about placement-relevant fields it does not simulate', () => {
    const s = loadScenarioText(
      's.yaml',
      podWith(`  schedulingGates: [{ name: wait }]
  volumes:
    - { name: data, persistentVolumeClaim: { claimName: data } }
    - { name: cfg, configMap: { name: cfg } }`).replace(
        '      image: nginx',
        '      image: nginx\n      ports: [{ containerPort: 80, hostPort: 8080 }]',
      ),
    );
    expect(new Set(s.warnings.map((d) => d.path))).toEqual(
      new Set(['spec.schedulingGates', 'spec.volumes[0].persistentVolumeClaim', 'spec.containers[0].ports[0].hostPort']),
    );
    expect(s.warnings.map(formatDiagnostic).join('\n')).toMatch(/hostPort is not simulated/);
    expect(s.warnings).toHaveLength(3);
  });

  it('validates PodDisruptionBudgets', () => {
    expect(
      problems(
        minimalScenario(`---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: db }
spec: { minAvailable: 1, maxUnavailable: 1, selector: { matchLabels: { app: db } } }`),
      ),
    ).toEqual(['spec: minAvailable and maxUnavailable cannot be both set']);
  });
});
