import type { FieldIssue } from '../types';

/** A submission reduced to label/value pairs, whatever tool sent it. */
export interface FlatSubmission {
	fields: Record<string, unknown>;
	/** Which shape was recognised, for the output item and for debugging mappings. */
	source: 'n8nForm' | 'typeform' | 'microsoftForms' | 'googleForms' | 'row';
}

interface TypeformAnswer {
	type?: string;
	field?: { id?: string; ref?: string; type?: string };
	[key: string]: unknown;
}

interface TypeformResponse {
	submitted_at?: string;
	definition?: { fields?: Array<{ id?: string; ref?: string; title?: string }> };
	answers?: TypeformAnswer[];
	hidden?: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the value of one Typeform answer, whichever type it has. */
function typeformValue(answer: TypeformAnswer): unknown {
	switch (answer.type) {
		case 'choice':
			return (answer.choice as { label?: string; other?: string } | undefined)?.label ??
				(answer.choice as { other?: string } | undefined)?.other;
		case 'choices': {
			const choices = answer.choices as { labels?: string[]; other?: string } | undefined;
			return [...(choices?.labels ?? []), ...(choices?.other ? [choices.other] : [])];
		}
		default:
			// Typeform names the value after its type: text, email, number, boolean, date, url, phone_number.
			return answer.type !== undefined ? answer[answer.type] : undefined;
	}
}

function flattenTypeform(response: TypeformResponse): Record<string, unknown> {
	const titles = new Map<string, string>();
	for (const field of response.definition?.fields ?? []) {
		if (field.id) titles.set(field.id, field.title ?? field.ref ?? field.id);
	}
	const fields: Record<string, unknown> = {};
	for (const answer of response.answers ?? []) {
		const label = (answer.field?.id && titles.get(answer.field.id)) || answer.field?.ref || answer.field?.id;
		if (label) fields[label] = typeformValue(answer);
	}
	for (const [key, value] of Object.entries(response.hidden ?? {})) fields[key] ??= value;
	if (response.submitted_at) fields.submittedAt = response.submitted_at;
	return fields;
}

/**
 * Recognises the shape of a submission and flattens it to label/value pairs:
 * n8n's Form Trigger and simplified Typeform/Google Forms items are already flat;
 * a raw Typeform webhook (`form_response`, also inside a Webhook node's `body`) is
 * flattened with its question titles; a Microsoft Forms export's `ID` column is the
 * response number, not an employee id, so it is renamed. Returns the issues instead
 * when the item holds nothing to read.
 *
 * @example flattenSubmission({ body: { form_response: { answers: [...], definition: {...} } } })
 */
export function flattenSubmission(json: unknown): FlatSubmission | { issues: FieldIssue[] } {
	if (!isObject(json)) {
		return { issues: [{ field: 'json', problem: 'is not an object', expected: 'an object of form fields' }] };
	}
	const payload = isObject(json.body) && isObject(json.body.form_response) ? json.body : json;
	if (isObject(payload.form_response)) {
		const response = payload.form_response as TypeformResponse;
		if (!Array.isArray(response.answers)) {
			return {
				issues: [{ field: 'form_response.answers', problem: 'is missing', expected: 'the list of answers Typeform sends' }],
			};
		}
		return checkNotEmpty({ fields: flattenTypeform(response), source: 'typeform' });
	}
	if ('Completion time' in json && 'Start time' in json) {
		const { ID: responseNumber, ...rest } = json;
		return checkNotEmpty({
			fields: { ...rest, ...(responseNumber === undefined ? {} : { 'Response ID': responseNumber }), submittedAt: json['Completion time'] },
			source: 'microsoftForms',
		});
	}
	// Flat shapes are read in place: nothing downstream writes to `fields`.
	if ('formMode' in json && 'submittedAt' in json) return checkNotEmpty({ fields: json, source: 'n8nForm' });
	if ('Timestamp' in json || 'Tijdstempel' in json) return checkNotEmpty({ fields: json, source: 'googleForms' });
	return checkNotEmpty({ fields: json, source: 'row' });
}

const METADATA = new Set(['submittedAt', 'formMode', 'Timestamp', 'Tijdstempel', 'Response ID', 'Start time', 'Completion time']);

function checkNotEmpty(flat: FlatSubmission): FlatSubmission | { issues: FieldIssue[] } {
	for (const key in flat.fields) {
		const value = flat.fields[key];
		if (!METADATA.has(key) && value !== undefined && value !== null && value !== '') return flat;
	}
	return { issues: [{ field: 'submission', problem: 'is empty', expected: 'at least an email address and a name' }] };
}
