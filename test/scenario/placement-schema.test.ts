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
const pc = (name: string, value: number, more = '') => `---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: ${name} }
value: ${value}
${more}`;

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

  it('resolves priorityClassName: built-in, declared, and the global default', () => {
    const of = (text: string) => (loadScenarioText('s.yaml', text).objects.find((o) => o.kind === 'Pod')!.manifest as any).spec;
    expect(of(podWith('  priorityClassName: system-cluster-critical')).priority).toBe(2_000_000_000);
    expect(of(podWith('  priorityClassName: high', pc('high', 1000, 'preemptionPolicy: Never')))).toMatchObject({
      priority: 1000,
      preemptionPolicy: 'Never',
    });
    expect(of(minimalScenario(pc('batch', -5, 'globalDefault: true'))).priority).toBe(-5);
    expect(of(minimalScenario()).priority).toBe(0);
  });

  it('rejects an unknown class and a priority that contradicts admission', () => {
    expect(problems(podWith('  priorityClassName: nope'))).toEqual(['spec.priorityClassName: no PriorityClass with name nope was found']);
    expect(problems(podWith('  priority: 7'))).toEqual([
      'spec.priority: the integer value of priority (7) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name',
    ]);
  });

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
