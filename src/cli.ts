#!/usr/bin/env node
// The CLI's entry point: parse and dispatch happen in main(), which owns error handling and exit codes.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
