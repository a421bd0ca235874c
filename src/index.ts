// The action's entry point. Inputs and the policy are checked first (light modules, no network),
// then the OIDC request goes out and the rest of the action loads while GitHub answers; loading
// is synchronous, so it waits until the request has left. run() owns all error handling.
import { prepare } from './action/prepare.js';
import { requestOidcTokenEarly } from './auth/early-oidc.js';

const prepared = await prepare(process.env).catch((error: unknown) => ({ error }));
const earlyToken = 'error' in prepared ? null : requestOidcTokenEarly(process.env, prepared.inputs.audience);
await earlyToken?.sent;
const { run } = await import('./main.js');
await run(prepared, earlyToken);
