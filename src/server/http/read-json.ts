import type { Context } from 'hono';
import { PROBLEMS } from './api-error';

/** The request body as JSON, or a 400 in the contract's error shape. The content type (415)
 * and the size (413) were checked before the handler ran. Validate the result with the
 * endpoint's schema from ENDPOINTS. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw PROBLEMS.badJson();
  }
}
