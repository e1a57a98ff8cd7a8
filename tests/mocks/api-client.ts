import { store } from '../../mocks/db';

/** Calls the mock API the way a real client would, as a given seeded account. */
export async function call(
  method: string,
  path: string,
  options: { as?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    ...options.headers,
  };
  if (options.as) {
    const staff = store.data.staff.find((s) => s.email === options.as);
    if (!staff) throw new Error(`no account ${options.as}`);
    const token = `token-for-${staff.id}-000000000000`;
    store.data.tokens[token] = staff.id;
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(`http://localhost/api${path}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
