// Temporary folders and an in-process CLI for tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';

export function tempDir(prefix = 'kubetwin-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeTemp(name: string, text: string, dir = tempDir()): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** A minimal valid scenario: one node and one pod; `extra` is appended as further documents. */
export function minimalScenario(extra = '', spec = ''): string {
  return `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata:
  name: tiny
spec:
  duration: 30s
  sampleInterval: 10s${spec}
---
apiVersion: v1
kind: Node
metadata:
  name: node-1
status:
  capacity: { cpu: "2", memory: 2Gi }
---
apiVersion: v1
kind: Pod
metadata:
  name: p1
spec:
  containers:
    - name: app
      image: nginx
      resources:
        requests: { cpu: 500m, memory: 256Mi }
${extra}`;
}
