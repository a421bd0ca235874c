// The action's entry point: everything, error handling included, is run()'s (src/main.ts).
import { run } from './main.js';

await run();
