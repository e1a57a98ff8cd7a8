import { callApi } from '../../../api/client';
import { signInOptionEndpoints, SINGLE_SIGN_ON } from '../../../api/endpoints/sign-in-options';
import { API_BASE_URL } from '../../../api/request';
import { IS_MOCK_MODE } from './demo-accounts';

/** Whether the server offers single sign-on (GET /auth/options). The mock has none, so in
 * mock mode nothing is asked (the sign-in page does not start the mock for it). */
export async function singleSignOnOffered(): Promise<boolean> {
  if (IS_MOCK_MODE) return false;
  return (await callApi(signInOptionEndpoints, 'GET /auth/options')).singleSignOn;
}

/** Where "Sign in with NHS login" goes: the server's start of the round trip, which comes back
 * to `returnTo` (a path of this app) once signed in. A page navigation, not a fetch. */
export function singleSignOnUrl(returnTo = '/'): string {
  const base = API_BASE_URL.replace(/\/$/, '');
  return `${base}${SINGLE_SIGN_ON.login}?${new URLSearchParams({ returnTo })}`;
}
