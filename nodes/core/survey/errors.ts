import { MalformedInputError } from '../errors';
import type { FieldIssue } from '../types';

/**
 * An answer that is not on its item's scale. The message names the response, the
 * item and the values that would have been accepted, so the program manager can
 * find the form field to fix.
 */
export class SurveyAnswerError extends MalformedInputError {
	readonly responseLabel: string;

	constructor(responseLabel: string, issues: FieldIssue[]) {
		super(
			issues,
			'Check that the form offers the scale the instrument expects, or map the field to another item under "Answer Mapping".',
		);
		this.responseLabel = responseLabel;
		this.message = `${responseLabel}: ${issues
			.map((issue) => `item "${issue.field}" ${issue.problem} (received "${issue.received ?? ''}"); expected ${issue.expected}`)
			.join('; ')}`;
	}
}
