// `--format` and `--epoch` on the command line; the same run twice gives the same export bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../../helpers/tmp.js';

const SCENARIO = 'scenarios/node-fit-4u4g.yaml';

describe('run --format', () => {
  it('writes metrics.om and the Parquet files, byte-identical for the same seed', async () => {
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    const ra = await cli(
      'run',
      SCENARIO,
      '--quiet',
      '--out',
      a,
      '--format',
      'openmetrics',
      '--format',
      'parquet',
      '--epoch',
      '2026-01-01T00:00:00Z',
    );
    const rb = await cli('run', SCENARIO, '--quiet', '--out', b, '--format', 'openmetrics,parquet', '--epoch', '2026-01-01T00:00:00Z');
    expect([ra.code, rb.code, ra.stderr]).toEqual([0, 0, '']);
    expect(rb.code).toBe(0);
    const names = readdirSync(a)
      .filter((n) => n.endsWith('.parquet') || n.endsWith('.om'))
      .sort();
    expect(names).toEqual(expect.arrayContaining(['metrics.om', 'events.parquet', 'timeseries-node.parquet']));
    for (const n of names) expect(readFileSync(join(b, n)).equals(readFileSync(join(a, n))), n).toBe(true);
    const om = readFileSync(join(a, 'metrics.om'), 'utf8');
    expect(om).toMatch(/^kubetwin_node_ready\{object="[^"]+",scenario="node-fit-4u4g",seed="[^"]+"\} 1 1767225600\.000$/m);
    expect(om.endsWith('\n# EOF\n')).toBe(true);
  }, 180_000);

  it('without --format writes no export files', async () => {
    const out = join(tempDir(), 'c');
    expect((await cli('run', SCENARIO, '--quiet', '--out', out)).code).toBe(0);
    expect(readdirSync(out).filter((n) => n.endsWith('.parquet') || n.endsWith('.om'))).toEqual([]);
  }, 180_000);

  it('an unknown format or a bad epoch: exit 2, a message, nothing written', async () => {
    const out = join(tempDir(), 'd');
    const r = await cli('run', SCENARIO, '--out', out, '--format', 'openmetrics,xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format: unknown format "xlsx"');
    const e = await cli('run-all', 'scenarios', '--out', out, '--epoch', 'yesterday');
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('--epoch: "yesterday"');
    expect(existsSync(out)).toBe(false);
  });
});
