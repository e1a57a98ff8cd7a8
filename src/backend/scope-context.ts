import type { CommandContext } from '../domain/commands/command';
import { todayIso } from '../domain/dates';
import type { BackendContext } from './resolver';

/** Who is asking, for the domain's scope checks on a read (no records are written). */
export function scopeContext(ctx: Pick<BackendContext, 'user' | 'scope' | 'now'>): CommandContext {
  return {
    actor: { id: ctx.user.id, role: ctx.user.role, scope: ctx.scope },
    now: ctx.now.toISOString(),
    today: todayIso(ctx.now),
    newId: () => {
      throw new Error('A read makes no records');
    },
  };
}
