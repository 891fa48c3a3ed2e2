// The package version for `kubetwin --version`, read at run time from package.json at the package
// root. This module sits two levels below the root both as source (src/cli/version.ts under tsx)
// and compiled (dist/cli/version.js), so one relative path serves both.
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const version = (JSON.parse(text) as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error('package.json has no "version" string');
  return version;
}
