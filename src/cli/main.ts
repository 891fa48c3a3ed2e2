// Process entry: `node bin/kubetwin.mjs <command>` (compiled dist/) and `tsx src/cli/main.ts` in
// development. An error that escapes every handler is a kubetwin bug: one line (the stack only
// with --debug) and exit 70.
import { fileURLToPath } from 'node:url';
import { processIo, type Io } from '../report/io.js';
import { EXIT, main, printInternalError } from './cli.js';

export { main };

/** Runs the command line and returns the exit code, whatever happens. */
export async function runMain(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (e) {
    return printInternalError(io, e, argv.includes('--debug'));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await runMain(process.argv.slice(2)).catch(() => EXIT.internalError);
}
