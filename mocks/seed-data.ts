import type { StaffRecord } from './db';

/** Every demo account shares one password; README lists them. */
export const DEMO_PASSWORD = 'demo-pain-course';

export const SEED_STAFF: StaffRecord[] = [
  { id: 'stf_priya', name: 'Priya Shah', email: 'priya.shah@nhs.net', role: 'facilitator', discipline: 'psychology' },
  { id: 'stf_daniel', name: 'Daniel Osei', email: 'daniel.osei@nhs.net', role: 'facilitator', discipline: 'psychology' },
  { id: 'stf_grace', name: 'Grace Whitfield', email: 'grace.whitfield@nhs.net', role: 'facilitator', discipline: 'psychology' },
  { id: 'stf_tom', name: 'Tom Okafor', email: 'tom.okafor@nhs.net', role: 'facilitator', discipline: 'physiotherapy' },
  { id: 'stf_marta', name: 'Marta Nowak', email: 'marta.nowak@nhs.net', role: 'facilitator', discipline: 'physiotherapy' },
  { id: 'stf_sam', name: 'Sam Patel', email: 'sam.patel@nhs.net', role: 'admin', discipline: null },
  { id: 'stf_leah', name: 'Leah Brennan', email: 'leah.brennan@nhs.net', role: 'admin', discipline: null },
  { id: 'stf_joanne', name: 'Joanne Fraser', email: 'joanne.fraser@nhs.net', role: 'manager', discipline: null },
].map((s) => ({ ...s, password: DEMO_PASSWORD }) as StaffRecord);

export const GIVEN_NAMES = [
  'Amara', 'Ben', 'Chloe', 'Dev', 'Esther', 'Farid', 'Gemma', 'Hamza', 'Ines', 'Jamal',
  'Kate', 'Luca', 'Maryam', 'Niall', 'Olu', 'Paula', 'Qasim', 'Rosa', 'Sinead', 'Tariq',
  'Ursula', 'Victor', 'Wen', 'Xavier', 'Yasmin', 'Zoe', 'Adeola', 'Bronwen', 'Carlos', 'Deborah',
  'Emeka', 'Fatima', 'George', 'Hui', 'Ifeoma', 'Joseph', 'Kemal', 'Lorraine', 'Mehmet', 'Nadia',
];
export const FAMILY_NAMES = [
  'Adeyemi', 'Bailey', 'Chowdhury', 'Demir', 'Evans', 'Fernandes', 'Gallagher', 'Hussain', 'Ibrahim', 'Jones',
  'Kowalski', 'Lam', 'Mensah', "O'Brien", 'Papadopoulos', 'Quinn', 'Rossi', 'Singh', 'Thompson', 'Uddin',
  'Vasquez', 'Walsh', 'Yilmaz', 'Zhang', 'Ahmed', 'Brown', 'Campbell', 'Davies', 'Ellis', 'Forde',
];
// The service's own borough; participants come from its catchment.
export const SERVICE_BOROUGH = 'Islington';
export const GP_PRACTICES = [
  'Archway Medical Centre', 'Highbury Grange Medical Practice', 'Mitchison Road Surgery',
  'Roman Way Medical Centre', 'St Peter\'s Street Medical Practice', 'The Family Practice',
];
export const VENUE = 'Finsbury Health Centre, Pine Street, EC1R 0LP';
