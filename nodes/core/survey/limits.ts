import type { FieldIssue } from '../types';

/**
 * Size limits of a survey response, checked before anything parses it: a public form
 * accepts any text, and the label matching must never see more than a label.
 */
export const SURVEY_LIMITS = {
	/** An answer or a comment. */
	answer: 2_000,
	/** A field name (the form's question label). */
	label: 200,
	/** Fields in one response, nested answers included. */
	fields: 200,
} as const;

function excerpt(text: string): string {
	return text.length <= 40 ? text : `${text.slice(0, 40)}…`;
}

/**
 * Every field of a response (top level and `answers`) whose name or text is over the
 * limits, as issues naming the field and the limit. Only lengths are read, so a 1 MB
 * answer costs as much as a short one.
 *
 * @example oversizedFields({ comment: 'x'.repeat(5000) })[0].problem // 'is 5000 characters long, over the limit of 2000'
 */
export function oversizedFields(json: Record<string, unknown>): FieldIssue[] {
	const issues: FieldIssue[] = [];
	const nested = json.answers !== null && typeof json.answers === 'object' && !Array.isArray(json.answers) ? (json.answers as Record<string, unknown>) : {};
	let fields = 0;
	for (const source of [json, nested]) {
		for (const key in source) {
			fields++;
			if (key.length > SURVEY_LIMITS.label) {
				issues.push({ field: excerpt(key), problem: `is a field name ${key.length} characters long, over the limit of ${SURVEY_LIMITS.label}`, expected: `a question label of at most ${SURVEY_LIMITS.label} characters` });
				continue;
			}
			const value = source[key];
			if (typeof value === 'string' && value.length > SURVEY_LIMITS.answer) {
				issues.push({ field: key, problem: `is ${value.length} characters long, over the limit of ${SURVEY_LIMITS.answer}`, expected: `an answer of at most ${SURVEY_LIMITS.answer} characters`, received: excerpt(value) });
			}
		}
	}
	if (fields > SURVEY_LIMITS.fields) {
		issues.push({ field: 'response', problem: `has ${fields} fields, over the limit of ${SURVEY_LIMITS.fields}`, expected: `at most ${SURVEY_LIMITS.fields} fields` });
	}
	return issues;
}
