import { NotifyError, type Notifier } from '../notify/notify-client';
import type { ServerMetrics } from './metrics';

/** The Notify client, counting each send by channel and outcome: sent, refused (Notify answered
 * with an error: a bad key, a template, a number it will not text) or unreachable (no answer,
 * or none in time). A failing key shows as refused sends climbing, not only as log lines. */
export function countedNotifier(notifier: Notifier, metrics: ServerMetrics): Notifier {
  return {
    async send(message) {
      try {
        const answer = await notifier.send(message);
        metrics.notifySend(message.channel, 'sent');
        return answer;
      } catch (error) {
        const refused = error instanceof NotifyError && error.status !== null;
        metrics.notifySend(message.channel, refused ? 'refused' : 'unreachable');
        throw error;
      }
    },
    status: (messageId) => notifier.status(messageId),
  };
}
