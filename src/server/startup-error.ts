/** A refusal to start that the operator can act on (a second server on the same data, a
 * damaged or newer data folder, pending migrations, a bad setting): the entry prints the
 * message alone, without a stack, and exits with code 1. */
export class StartupError extends Error {
  override name = 'StartupError';
}
