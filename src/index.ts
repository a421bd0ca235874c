// The action's entry point: everything happens in run(), which owns error handling.
import { run } from './main.js';

await run();
