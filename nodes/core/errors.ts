import type { FieldIssue } from './types';

/**
 * Base class of every error the core throws on purpose. Node adapters turn it into
 * a NodeOperationError: `message` says what is wrong, `hint` how to fix it.
 */
export class MentorshipError extends Error {
	readonly hint?: string;

	constructor(message: string, hint?: string) {
		super(message);
		this.name = new.target.name;
		this.hint = hint;
	}
}

/** Input that cannot be read at all, for example an empty payload. */
export class MalformedInputError extends MentorshipError {
	readonly issues: FieldIssue[];

	constructor(issues: FieldIssue[], hint?: string) {
		super(issues.map((issue) => `${issue.field}: ${issue.problem}`).join('; '), hint);
		this.issues = issues;
	}

	/** The first field named, so the node can point at it. */
	get field(): string {
		return this.issues[0]?.field ?? '';
	}
}

/** A parameter of the node that cannot be used as given. */
export class InvalidOptionError extends MentorshipError {
	readonly option: string;

	constructor(option: string, message: string, hint?: string) {
		super(message, hint);
		this.option = option;
	}
}
