#!/usr/bin/env node
// Entry point of the `kubetwin` command: the compiled CLI in dist/ (built by `npm run build`,
// which `npm ci` runs through the `prepare` script).
import { runMain } from '../dist/cli/main.js';

process.exitCode = await runMain(process.argv.slice(2));
