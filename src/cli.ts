#!/usr/bin/env node
// The CLI's entry point: parse and dispatch happen in main(), which owns error handling and exit codes.
import { main } from './cli/main.js';

// `… | head` closes the pipe early: that is the reader's choice, not an error, so leave quietly (no stack trace).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
