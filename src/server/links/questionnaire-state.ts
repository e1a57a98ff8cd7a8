import type { Tx } from '../db/database';
import { readSnapshot } from '../db/records';
import { asksPain, questionnaireSteps, type QuestionnaireDraft } from '../../domain/questionnaire';
import { firstNameOf } from '../../domain/names';
import { sessionInWords } from './cannot-attend-page';
import type { ParticipantLink } from './link-tokens';

// What a questionnaire link's page needs: the session, the person's place on it, the
// questions it asks, what is stored already, and why it may take no answers now.

const held = new Set(['confirmed', 'active']);

export async function questionnaireOf(tx: Tx, link: ParticipantLink) {
  const records = await readSnapshot(tx, {});
  const session = records.sessions.find((s) => s.id === link.subjectId);
  if (!session) return null;
  const enrolment = records.enrolments.find(
    (e) =>
      e.cohortId === session.cohortId &&
      e.participantId === link.participantId &&
      held.has(e.status),
  );
  const person = records.participants.find((p) => p.id === link.participantId);
  if (!enrolment || !person) return null;
  const numbers = records.sessions
    .filter((s) => s.cohortId === session.cohortId)
    .map((s) => s.number);
  const steps = questionnaireSteps(asksPain(session.number, Math.max(...numbers)));
  const stored = records.measures.find(
    (m) => m.sessionId === session.id && m.enrolmentId === enrolment.id,
  );
  const code = records.attendance.find(
    (a) => a.sessionId === session.id && a.enrolmentId === enrolment.id,
  )?.code;
  const closed =
    stored?.enteredBy === 'staff'
      ? 'The service already has your answers for this session, so there is nothing to answer here.'
      : session.status !== 'scheduled' || [2, 3, 4, 7].includes(code ?? -1)
        ? 'There are no questions to answer for this session.'
        : null;
  return {
    session,
    enrolment,
    steps,
    stored,
    closed,
    firstName: firstNameOf(person),
    when: sessionInWords(session),
    draft: (link.draft ?? {}) as QuestionnaireDraft,
  };
}

export type Questionnaire = NonNullable<Awaited<ReturnType<typeof questionnaireOf>>>;
