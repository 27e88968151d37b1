export { runIntake } from './intake';
export type { IntakeInput, IntakeOptions, IntakeOutcome, IntakeStatus, RejectionKind } from './intake';
export type { EnrolmentRule } from './eligibility';
export type { MappableField } from './labels';
export { FIELD_LABELS } from './labels';
