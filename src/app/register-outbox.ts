/** The register's outbox (src/features/registers/outbox/replay.ts), loaded with the register
 * page's code: replayed at sign-in, counted and delivered or discarded at sign-out. */
export const registerOutbox = () => import('./routes/register').then((m) => m.outbox);
