// Process entry: `node bin/kubetwin.mjs <command>` (compiled dist/) and `tsx src/cli/main.ts` in
// development. Any error that escapes the commands is an internal error: one line, exit 70.
import { fileURLToPath } from 'node:url';
import { main } from './cli.js';

export { main };

export const EXIT_INTERNAL = 70;

/** Runs the CLI; never throws: an unexpected error prints one line (the stack with --debug) and gives 70. */
export async function runMain(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (e) {
    const debug = argv.includes('--debug');
    const text = e instanceof Error ? (debug ? e.stack ?? e.message : e.message) : String(e);
    process.stderr.write(`kubetwin: internal error: ${text}\n`);
    if (!debug) process.stderr.write('kubetwin: this is a bug in kubetwin; run again with --debug for the stack and please report it\n');
    return EXIT_INTERNAL;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await runMain(process.argv.slice(2));
}
