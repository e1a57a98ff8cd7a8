import { refuse } from '../domain/commands/command';

/** A record the request names is not there (404). */
export function notFound(what: string): never {
  return refuse('not_found', `${what} was not found.`);
}
