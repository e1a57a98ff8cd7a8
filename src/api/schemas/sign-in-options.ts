import { z } from 'zod/mini';

/** GET /auth/options: how staff can sign in here (asked before anyone is signed in). */
export const signInOptionsSchema = z.object({
  /** OpenID Connect is set up: the sign-in page offers "Sign in with NHS login / your
   * organisation", which starts at GET /api/auth/oidc/login (a page, not a JSON endpoint). */
  singleSignOn: z.boolean(),
});
export type SignInOptions = z.infer<typeof signInOptionsSchema>;
