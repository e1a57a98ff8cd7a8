import type { Instrument } from './measures';

// The codes of the NHS Talking Therapies data set export, in one table, each with its source.
//
// Source: NHS England's "NHS Talking Therapies for Anxiety and Depression data set"
// (formerly the IAPT data set, version 2), its technical output specification (TOS) and the
// NHS Data Dictionary. The TOS itself could not be reached from this project's search tool;
// the SNOMED CT codes below were checked against NHS England's published analysis code
// (github.com/nhsengland/Talking-Therapies reads CodedAssToolType and PersScore from IDS607)
// and public SNOMED CT usage tables; each entry says how sure it is. A service must check the
// table against the TOS of the version it submits before its first submission.

export interface CodeEntry {
  code: string;
  term: string;
  source: string;
}

/** IDS607 Coded Scored Assessment: CodedAssToolType, as a SNOMED CT observable entity. */
export const ASSESSMENT_TOOL_CODES: Record<Instrument, CodeEntry | null> = {
  phq9: {
    code: '720433000',
    term: 'Patient Health Questionnaire Nine Item score (observable entity)',
    source: 'SNOMED CT UK edition; NHS Digital SNOMED code usage in primary care',
  },
  gad7: {
    code: '445455005',
    term: 'Generalized anxiety disorder 7 item score (observable entity)',
    source: 'SNOMED CT; NHS England Mental Health Services Data Set assessment reference table',
  },
  // The WSAS total's SNOMED CT code could not be confirmed without the TOS: no WSAS rows are
  // exported rather than rows with a guessed code.
  wsas: null,
};

/** IDS201 Care Contact: the therapy mode of a group contact (docs/domain.md). */
export const THERAPY_MODE_GROUP: CodeEntry = {
  code: '3',
  term: 'Group therapy',
  source: 'NHS Talking Therapies data set, IDS201 therapy mode',
};

/** IDS201: CONSULTATION MEDIUM USED (NHS Data Dictionary). */
export const CONSULTATION_MEDIUM: Record<'face_to_face' | 'online', CodeEntry> = {
  face_to_face: {
    code: '01',
    term: 'Face to face communication',
    source: 'NHS Data Dictionary, CONSULTATION MEDIUM USED',
  },
  online: {
    code: '11',
    term: 'Video consultation',
    source: 'NHS Data Dictionary, CONSULTATION MEDIUM USED',
  },
};
