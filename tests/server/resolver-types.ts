import type { ServerResolver } from '../../src/server/routes/endpoint-routes';
import { CommitThenRefuse, ApiError } from '../../src/server/http/api-error';

// Compiled by `npx tsc -b` (the server's project), never run: the server registers its
// resolvers through the same type as the mock (tests/api/resolver-types.ts), with its own
// context and CommitThenRefuse.

export const refusesAfterCommit: ServerResolver<'POST /auth/login'> = async (ctx) =>
  ctx.body.email
    ? new CommitThenRefuse(new ApiError(401, 'unauthenticated', 'No.'))
    : { passwordChangeRequired: true as const };

// @ts-expect-error: the outbox key's answer has `userId` and `key`, not `token`.
export const wrongServerAnswer: ServerResolver<'GET /auth/outbox-key'> = async (ctx) => ({
  token: ctx.user.id,
});

export const wrongServerParam: ServerResolver<'PATCH /staff/:id'> = async (ctx) => {
  // @ts-expect-error: the path names :id, not :staffId.
  await ctx.tx.execute(ctx.params.staffId);
  throw new Error('not reached');
};
