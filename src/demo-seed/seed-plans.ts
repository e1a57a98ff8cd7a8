/** The demo's cohorts, placed relative to today so the demo always has a session today,
 * one overdue register, completed and planned runs (docs/domain.md: eight-week course and workshops). */
export interface CohortPlan {
  name: string;
  type: 'course' | 'workshop';
  delivery: 'online' | 'face_to_face';
  startOffsetDays: number;
  /** Keeps today's weekday so the demo always has a session today; others avoid weekends. */
  sessionToday?: boolean;
  startTime: string;
  capacity: number;
  enrol: number;
  facilitatorIds: string[];
  cancelReason?: string;
  latestRegister?: 'finalised' | 'unmarked' | 'partial';
  /** row index -> session numbers missed, for at-risk and breached examples */
  scriptedAbsences?: Record<number, number[]>;
}

export const COHORT_PLANS: CohortPlan[] = [
  {
    name: 'Autumn A – online',
    type: 'course',
    delivery: 'online',
    startOffsetDays: -28,
    sessionToday: true,
    startTime: '10:00',
    capacity: 20,
    enrol: 18,
    facilitatorIds: ['stf_priya', 'stf_tom'],
    latestRegister: 'finalised',
    scriptedAbsences: { 0: [2, 3], 1: [4] },
  },
  {
    name: 'Autumn B – online evenings',
    type: 'course',
    delivery: 'online',
    startOffsetDays: -18,
    startTime: '18:00',
    capacity: 20,
    enrol: 15,
    facilitatorIds: ['stf_daniel', 'stf_marta', 'stf_priya'],
    latestRegister: 'unmarked',
  },
  {
    name: 'Autumn C – Finsbury (face to face)',
    type: 'course',
    delivery: 'face_to_face',
    startOffsetDays: -49,
    sessionToday: true,
    startTime: '13:30',
    capacity: 16,
    enrol: 12,
    facilitatorIds: ['stf_grace', 'stf_tom'],
    latestRegister: 'finalised',
    scriptedAbsences: { 0: [1, 4, 6], 1: [3, 5] },
  },
  {
    name: 'Autumn D – online',
    type: 'course',
    delivery: 'online',
    startOffsetDays: -20,
    startTime: '10:30',
    capacity: 20,
    enrol: 9,
    facilitatorIds: ['stf_priya', 'stf_marta'],
    latestRegister: 'partial',
  },
  {
    name: 'Summer A – online',
    type: 'course',
    delivery: 'online',
    startOffsetDays: -126,
    startTime: '10:00',
    capacity: 20,
    enrol: 14,
    facilitatorIds: ['stf_priya', 'stf_tom'],
    latestRegister: 'finalised',
  },
  {
    name: 'Summer B – online',
    type: 'course',
    delivery: 'online',
    startOffsetDays: -96,
    startTime: '14:00',
    capacity: 20,
    enrol: 16,
    facilitatorIds: ['stf_daniel', 'stf_marta'],
    latestRegister: 'finalised',
  },
  {
    name: 'Winter A – online',
    type: 'course',
    delivery: 'online',
    startOffsetDays: 15,
    startTime: '10:00',
    capacity: 20,
    enrol: 8,
    facilitatorIds: ['stf_grace', 'stf_marta'],
  },
  {
    name: 'Winter B – online evenings',
    type: 'course',
    delivery: 'online',
    startOffsetDays: 36,
    startTime: '18:00',
    capacity: 20,
    enrol: 5,
    facilitatorIds: ['stf_daniel', 'stf_tom'],
  },
  {
    name: 'Flare-up planning workshop',
    type: 'workshop',
    delivery: 'online',
    startOffsetDays: 10,
    startTime: '13:00',
    capacity: 20,
    enrol: 20,
    facilitatorIds: ['stf_priya', 'stf_tom'],
  },
  {
    name: 'Winter C – Finsbury (face to face)',
    type: 'course',
    delivery: 'face_to_face',
    startOffsetDays: 22,
    startTime: '10:00',
    capacity: 16,
    enrol: 0,
    facilitatorIds: ['stf_grace', 'stf_marta'],
    cancelReason: 'Venue unavailable over the winter; participants moved to Winter A',
  },
];
