/**
 * Types shared by every part of the domain core. The core never imports n8n:
 * these are plain data shapes that the node adapters translate to and from items.
 */

/** The part a person plays in a program. `both` is for peer programs. */
export type Role = 'mentor' | 'mentee' | 'both';

export const ROLES: readonly Role[] = ['mentor', 'mentee', 'both'];

/** A JSON-compatible value, as found in form answers. */
export type JsonValue =
	| string
	| number
	| boolean
	| null
	| JsonValue[]
	| { [key: string]: JsonValue };

export type JsonObject = { [key: string]: JsonValue };

/** The canonical participant every node speaks (see DESIGN.md). */
export interface Participant {
	id: string;
	email: string;
	name: string;
	role: Role;
	department?: string;
	team?: string;
	title?: string;
	location?: string;
	level?: number;
	managerId?: string;
	timezone?: string;
	languages: string[];
	skillsOffered: string[];
	skillsWanted: string[];
	goals: string[];
	interests: string[];
	capacity: number;
	nominations: string[];
	exclusions: string[];
	hireDate?: string;
	programId?: string;
	consent: boolean;
	answers: JsonObject;
}

/** One thing wrong with one field of one input, phrased for a program manager. */
export interface FieldIssue {
	/** Canonical field name, or the original form label when no field applies. */
	field: string;
	/** What is wrong, in plain words. */
	problem: string;
	/** What would have been accepted. */
	expected: string;
	/** The offending value, shortened so that a 10 kB string does not flood the output. */
	received?: string;
}
