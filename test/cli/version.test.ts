import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/tmp.js';
import { packageVersion } from '../../src/cli/version.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('kubetwin --version', () => {
  it('reads the version from the package root', () => {
    expect(packageVersion()).toBe(pkg.version);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints the package.json version on stdout and exits 0', async () => {
    const r = await cli('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(r.stderr).toBe('');
  });

  it('is listed in --help', async () => {
    const r = await cli('--help');
    expect(r.stdout).toMatch(/--version\s+print the kubetwin version/);
  });
});
