// Process entry: `tsx src/main.ts <command>` and the `kubetwin` bin.
import { fileURLToPath } from 'node:url';
import { main } from './cli.js';

export { main };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`kubetwin: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 70;
  });
}
