// Ports of k8s pkg/probe/util_test.go TestFindPortByName / TestResolveContainerPort and
// pkg/kubelet/prober/prober_test.go TestGetURLParts / TestGetTCPAddrParts (port column), and of
// apimachinery IsValidPortName's rules.
import { describe, expect, it } from 'vitest';
import type { ContainerPort } from '../../../../src/model/types.js';
import { portNameProblems, resolveContainerPort } from '../../../../src/k8s/kubelet/prober/ports.js';

const fooBar: ContainerPort[] = [
  { name: 'foo', containerPort: 8080, protocol: 'TCP' },
  { name: 'bar', containerPort: 9000, protocol: 'TCP' },
];
const found: ContainerPort[] = [{ name: 'found', containerPort: 93, protocol: 'TCP' }];

describe('resolveContainerPort', () => {
  const table: Array<[name: string, port: number | string, ports: ContainerPort[], ok: boolean, want: number]> = [
    ['int port', 443, [], true, 443],
    ['int port out of range', 66666, [], false, 66666],
    ['named port', 'foo', fooBar, true, 8080],
    ['unknown name', 'http', fooBar, false, 0],
    ['name absent (only bar)', 'foo', [fooBar[1]], false, 0],
    ['URL parts: -1', -1, found, false, -1],
    ['URL parts: empty name', '', found, false, 0],
    ['URL parts: "-1" as text', '-1', found, false, -1],
    ['URL parts: not-found', 'not-found', found, false, 0],
    ['URL parts: found', 'found', found, true, 93],
    ['URL parts: 76', 76, found, true, 76],
    ['URL parts: "118" as text', '118', found, true, 118],
  ];
  for (const [name, port, ports, ok, want] of table) {
    it(name, () => {
      const r = resolveContainerPort(port, ports);
      expect(r.ok).toBe(ok);
      expect(r.port).toBe(want);
    });
  }
});

describe('port names (IANA_SVC_NAME)', () => {
  const table: Array<[string, boolean]> = [
    ['http', true],
    ['metrics-9090', true],
    ['a', true],
    ['118', false],
    ['HTTP', false],
    ['web--ui', false],
    ['-web', false],
    ['web-', false],
    ['abcdefghijklmnop', false],
    ['abcdefghijklmno', true],
    ['', false],
  ];
  for (const [name, valid] of table) {
    it(`"${name}" is ${valid ? 'valid' : 'invalid'}`, () => expect(portNameProblems(name).length === 0).toBe(valid));
  }
});
