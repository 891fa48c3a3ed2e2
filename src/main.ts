// Process entry: `tsx src/main.ts <command>` and the `kubetwin` bin (which calls runMain).
import { fileURLToPath } from 'node:url';
import { EXIT, main, printInternalError } from './cli.js';
import { processIo, type Io } from './io.js';

export { main };

/**
 * Runs the command line and returns the exit code, whatever happens: an error that escapes every
 * handler is a kubetwin bug, reported on one line (stack only with --debug) with exit 70.
 */
export async function runMain(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (e) {
    return printInternalError(io, e, argv.includes('--debug'));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runMain(process.argv.slice(2)).then((code) => { process.exitCode = code; }, () => { process.exitCode = EXIT.internalError; });
}
