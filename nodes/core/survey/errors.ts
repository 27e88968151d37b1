import { MalformedInputError } from '../errors';
import type { FieldIssue } from '../types';

/**
 * An answer that is not on its item's scale, or a response over the size limits. The
 * message names the response, the item and the values that would have been accepted,
 * so the program manager can find the form field to fix; `personMessage` says the same
 * in a sentence for the person who filled in the form.
 */
export class SurveyAnswerError extends MalformedInputError {
	readonly responseLabel: string;
	readonly personMessage: string;

	constructor(responseLabel: string, issues: FieldIssue[], personMessage: string) {
		super(
			issues,
			'Check that the form offers the scale the instrument expects, or map the field to another item under "Answer Mapping".',
		);
		this.responseLabel = responseLabel;
		this.personMessage = personMessage;
		this.message = `${responseLabel}: ${issues
			.map((issue) => `item "${issue.field}" ${issue.problem} (received "${issue.received ?? ''}"); expected ${issue.expected}`)
			.join('; ')}`;
	}
}
