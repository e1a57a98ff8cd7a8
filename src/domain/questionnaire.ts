import { INSTRUMENTS, INSTRUMENT_KEYS, PAIN_MAX, type Instrument } from './measures';
import { sessionStartsAt } from './session-start';

// A session's questionnaire as a person answers it by link: one question a screen, in a fixed
// order (PHQ-9, GAD-7, WSAS, then the pain rating at the first and the last session). The
// answers so far are a draft; each instrument becomes an answer set's part as soon as it is
// whole, so an item-9 answer above 0 raises its alert at once, and a person who stops half way
// leaves the instruments they finished (an incomplete set, as the register shows it).

export type QuestionnairePart = Instrument | 'pain';

export interface QuestionnaireStep {
  part: QuestionnairePart;
  /** 0-based item within its part. */
  item: number;
  /** The highest answer (the lowest is 0). */
  max: number;
}

/** The answers so far, by part, item by item (a gap is a question not answered yet). */
export type QuestionnaireDraft = Partial<Record<QuestionnairePart, (number | null)[]>>;

/** Pain is asked at the first and the last session of the course, as the brief says. */
export function asksPain(sessionNumber: number, lastSessionNumber: number): boolean {
  return sessionNumber === 1 || sessionNumber === lastSessionNumber;
}

export function questionnaireSteps(withPain: boolean): QuestionnaireStep[] {
  const steps: QuestionnaireStep[] = INSTRUMENT_KEYS.flatMap((part) =>
    Array.from({ length: INSTRUMENTS[part].items }, (_, item) => ({
      part,
      item,
      max: INSTRUMENTS[part].itemMax,
    })),
  );
  if (withPain)
    steps.push({ part: 'pain', item: 0, max: PAIN_MAX }, { part: 'pain', item: 1, max: PAIN_MAX });
  return steps;
}

const answerAt = (draft: QuestionnaireDraft, step: QuestionnaireStep) =>
  draft[step.part]?.[step.item] ?? null;

/** The first step not answered yet, or null when every question has an answer. */
export function nextStep(steps: readonly QuestionnaireStep[], draft: QuestionnaireDraft) {
  const at = steps.findIndex((s) => answerAt(draft, s) === null);
  return at === -1 ? null : at;
}

/** The draft with one answer given; a value out of the step's range is refused (null). */
export function answerStep(
  draft: QuestionnaireDraft,
  step: QuestionnaireStep,
  value: number,
): QuestionnaireDraft | null {
  if (!Number.isInteger(value) || value < 0 || value > step.max) return null;
  const items = [...(draft[step.part] ?? [])];
  while (items.length <= step.item) items.push(null);
  items[step.item] = value;
  return { ...draft, [step.part]: items };
}

/** The part a step's answer may have just made whole, in the shape the measures command takes. */
export function wholePart(
  draft: QuestionnaireDraft,
  steps: readonly QuestionnaireStep[],
  part: QuestionnairePart,
):
  | { phq9: number[] }
  | { gad7: number[] }
  | { wsas: number[] }
  | { pain: { intensity: number; interference: number } }
  | null {
  const count = steps.filter((s) => s.part === part).length;
  const items = (draft[part] ?? []).slice(0, count);
  if (count === 0 || items.length < count || items.some((v) => v === null)) return null;
  const whole = items as number[];
  if (part === 'pain') return { pain: { intensity: whole[0]!, interference: whole[1]! } };
  return { [part]: whole } as { phq9: number[] };
}

/** When a session's questionnaire stops taking answers: when the session ends (its start on
 * London's clock plus the cohort's session length). Answers after it would describe a session
 * that has happened, which the facilitator's entry in the register is for. */
export function questionnaireExpiry(
  session: { date: string; startTime: string },
  sessionLengthMinutes: number,
): Date {
  return new Date(
    sessionStartsAt(session.date, session.startTime).getTime() + sessionLengthMinutes * 60_000,
  );
}
