// The action's run(): inputs and the policy are checked first (light modules, no network), then the
// OIDC request goes out and the rest of the action loads while GitHub answers (loading is
// synchronous, so it waits until the request has left). Everything after that is action/run.ts.
import { prepare, type Prepared } from './action/prepare.js';
import { requestOidcTokenEarly } from './auth/early-oidc.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const prepared: Prepared | { error: unknown } = await prepare(env).catch((error: unknown) => ({ error }));
  // A snapshot run asks for no token at all.
  const earlyToken =
    'error' in prepared || prepared.snapshot ? null : requestOidcTokenEarly(env, prepared.inputs.audience);
  await earlyToken?.sent;
  const { runAction } = await import('./action/run.js');
  await runAction(prepared, earlyToken, env);
}
