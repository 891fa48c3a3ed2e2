// The autoscaling/v2 manifest: k8s v1.28 validation rules (pkg/apis/autoscaling/validation) and
// defaults (pkg/apis/autoscaling/v2/defaults.go).
import { describe, expect, it } from 'vitest';
import { hpaManifest, parseHpa } from '../../../src/k8s/hpa/index.js';

const base = {
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: 'web' },
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    maxReplicas: 10,
    metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }],
  },
};

function withSpec(spec: Record<string, unknown>): unknown {
  return { ...base, spec: { ...base.spec, ...spec } };
}

function issues(raw: unknown): string[] {
  const r = hpaManifest.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('defaults', () => {
  it('minReplicas 1, no behavior (legacy path), namespace default', () => {
    const spec = parseHpa(base);
    expect(spec).toMatchObject({ name: 'web', namespace: 'default', minReplicas: 1, maxReplicas: 10, behavior: undefined });
    expect(spec.metrics).toEqual([{ type: 'Resource', resource: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } }]);
  });

  it('no metrics → CPU utilization 80 %', () => {
    expect(parseHpa(withSpec({ metrics: undefined })).metrics).toEqual([
      { type: 'Resource', resource: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } },
    ]);
  });

  it('an empty behavior gets both default rule sets; the scale-down window stays unset', () => {
    expect(parseHpa(withSpec({ behavior: {} })).behavior).toEqual({
      scaleUp: {
        stabilizationWindowSeconds: 0,
        selectPolicy: 'Max',
        policies: [
          { type: 'Pods', value: 4, periodSeconds: 15 },
          { type: 'Percent', value: 100, periodSeconds: 15 },
        ],
      },
      scaleDown: {
        stabilizationWindowSeconds: undefined,
        selectPolicy: 'Max',
        policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
      },
    });
  });

  it('given fields replace defaults field by field; policies as a whole', () => {
    const b = parseHpa(
      withSpec({
        behavior: {
          scaleDown: { stabilizationWindowSeconds: 60, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] },
          scaleUp: { selectPolicy: 'Min' },
        },
      }),
    ).behavior;
    expect(b?.scaleDown).toEqual({
      stabilizationWindowSeconds: 60,
      selectPolicy: 'Max',
      policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }],
    });
    expect(b?.scaleUp.selectPolicy).toBe('Min');
    expect(b?.scaleUp.policies).toHaveLength(2);
  });

  it('quantities become milli-units: Pods averageValue and Resource averageValue', () => {
    const spec = parseHpa(
      withSpec({
        metrics: [
          { type: 'Pods', pods: { metric: { name: 'network_in_mbps' }, target: { type: 'AverageValue', averageValue: '12.5' } } },
          { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '512Mi' } } },
          {
            type: 'ContainerResource',
            containerResource: { name: 'cpu', container: 'app', target: { type: 'AverageValue', averageValue: '250m' } },
          },
        ],
      }),
    );
    expect(spec.metrics).toEqual([
      { type: 'Pods', metricName: 'network_in_mbps', averageValue: 12500 },
      { type: 'Resource', resource: 'memory', target: { type: 'AverageValue', averageValue: 512 * 1024 * 1024 * 1000 } },
      { type: 'ContainerResource', resource: 'cpu', container: 'app', target: { type: 'AverageValue', averageValue: 250 } },
    ]);
  });
});

describe('validation (validation.go)', () => {
  const cases: Array<[string, unknown, string]> = [
    ['maxReplicas ≥ 1', withSpec({ maxReplicas: 0 }), 'spec.maxReplicas: must be greater than 0'],
    [
      'minReplicas ≥ 1 without the HPAScaleToZero gate',
      withSpec({ minReplicas: 0 }),
      'spec.minReplicas: must be greater than or equal to 1',
    ],
    [
      'minReplicas ≤ maxReplicas',
      withSpec({ minReplicas: 5, maxReplicas: 3 }),
      'spec.maxReplicas: must be greater than or equal to `minReplicas`',
    ],
    [
      'averageUtilization > 0',
      withSpec({ metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 0 } } }] }),
      'spec.metrics.0.resource.target.averageUtilization: must be greater than 0',
    ],
    [
      'utilization or value required',
      withSpec({ metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization' } } }] }),
      'spec.metrics.0.resource.target.averageUtilization: must set either a target raw value or a target utilization',
    ],
    [
      'not both',
      withSpec({
        metrics: [
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50, averageValue: '1' } } },
        ],
      }),
      'spec.metrics.0.resource.target.averageValue: may not set both a target raw value and a target utilization',
    ],
    [
      'averageValue positive',
      withSpec({ metrics: [{ type: 'Pods', pods: { metric: { name: 'qps' }, target: { type: 'AverageValue', averageValue: '0' } } }] }),
      'spec.metrics.0.pods.target.averageValue: must be positive (got 0)',
    ],
    [
      'Pods needs averageValue',
      withSpec({ metrics: [{ type: 'Pods', pods: { metric: { name: 'qps' }, target: { type: 'AverageValue' } } }] }),
      'spec.metrics.0.pods.target.averageValue: must specify a positive target averageValue',
    ],
    [
      'source of the given type',
      withSpec({ metrics: [{ type: 'Pods', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 5 } } }] }),
      'spec.metrics.0.pods: must populate information for the given metric source',
    ],
    [
      'Object is not simulated',
      withSpec({ metrics: [{ type: 'Object', object: {} }] }),
      'spec.metrics.0.type: Object metrics are not simulated by kubetwin (use Resource, ContainerResource or Pods)',
    ],
    [
      'External is not simulated',
      withSpec({ metrics: [{ type: 'External', external: {} }] }),
      'spec.metrics.0.type: External metrics are not simulated by kubetwin (use Resource, ContainerResource or Pods)',
    ],
    [
      'periodSeconds ≤ 1800',
      withSpec({ behavior: { scaleUp: { policies: [{ type: 'Pods', value: 1, periodSeconds: 1801 }] } } }),
      'spec.behavior.scaleUp.policies.0.periodSeconds: must be less than or equal to 1800',
    ],
    [
      'periodSeconds > 0',
      withSpec({ behavior: { scaleUp: { policies: [{ type: 'Pods', value: 1, periodSeconds: 0 }] } } }),
      'spec.behavior.scaleUp.policies.0.periodSeconds: must be greater than zero',
    ],
    [
      'policy value > 0',
      withSpec({ behavior: { scaleDown: { policies: [{ type: 'Percent', value: 0, periodSeconds: 15 }] } } }),
      'spec.behavior.scaleDown.policies.0.value: must be greater than zero',
    ],
    [
      'window ≤ 3600',
      withSpec({ behavior: { scaleDown: { stabilizationWindowSeconds: 3601 } } }),
      'spec.behavior.scaleDown.stabilizationWindowSeconds: must be less than or equal to 3600',
    ],
    [
      'window ≥ 0',
      withSpec({ behavior: { scaleUp: { stabilizationWindowSeconds: -1 } } }),
      'spec.behavior.scaleUp.stabilizationWindowSeconds: must be greater than or equal to zero',
    ],
    [
      'at least one policy',
      withSpec({ behavior: { scaleUp: { policies: [] } } }),
      'spec.behavior.scaleUp.policies: must specify at least one Policy',
    ],
    [
      'bad quantity',
      withSpec({ metrics: [{ type: 'Pods', pods: { metric: { name: 'qps' }, target: { type: 'AverageValue', averageValue: 'abc' } } }] }),
      'spec.metrics.0.pods.target.averageValue: ',
    ],
  ];
  it.each(cases)('%s', (_name, raw, message) => {
    expect(issues(raw).some((i) => i.startsWith(message))).toBe(true);
  });

  it('rejects typos and the kubetwin-only syncPeriodSeconds (strict objects)', () => {
    expect(issues(withSpec({ maxReplica: 3 })).join('\n')).toMatch(/maxReplica/);
    expect(issues(withSpec({ syncPeriodSeconds: 30 })).join('\n')).toMatch(/syncPeriodSeconds/);
  });

  it('accepts a valid manifest with every supported metric type and behavior', () => {
    expect(
      issues(withSpec({ minReplicas: 2, behavior: { scaleDown: { stabilizationWindowSeconds: 0, selectPolicy: 'Disabled' } } })),
    ).toEqual([]);
  });
});
