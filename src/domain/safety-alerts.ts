// Safety alerts (docs/outcome-measures.md; docs/clinical-safety-hazard-log.md H1): raised when
// PHQ-9 item 9 is above 0, reviewed the same day by a facilitator of the cohort or an admin,
// who records what was done. Never mentioned in a message to the person.

export const ALERT_ACTIONS = ['called', 'urgent_referral', 'no_action'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

export const ALERT_ACTION_LABELS: Record<AlertAction, string> = {
  called: 'Called the person',
  urgent_referral: 'Urgent referral made',
  no_action: 'No action needed (give the reason)',
};

/** The words every place that shows an open alert uses, so none reads as an absence flag. */
export const ALERT_HEADLINE = 'Safety alert: review today';

/** Crisis help in plain words, on every questionnaire page (answers by link arrive at night
 * and at weekends, when the service is closed). */
export const CRISIS_HELP = [
  'If you feel you might act on thoughts of hurting yourself, or are in danger now, call 999 or go to A&E.',
  'For urgent mental health help at any time, call NHS 111 and choose option 2.',
  'To talk to someone at any time, call Samaritans free on 116 123.',
] as const;
