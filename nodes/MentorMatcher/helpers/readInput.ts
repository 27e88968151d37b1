import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { MalformedInputError } from '../../core/errors';
import type { ExistingPair, ExistingPairStatus } from '../../core/matching/types';
import type { ParticipantDraft } from '../../core/participant/fields';
import { PARTICIPANT_FIELDS } from '../../core/participant/fields';
import { normaliseParticipant } from '../../core/participant/normalise';
import type { Participant } from '../../core/types';
import { errorItemOrThrow, itemMessage } from '../../shared/errors';

/** Participants and existing pairs read from the input, with where each came from. */
export interface MatcherInput {
	participants: Participant[];
	/** Input item index of each participant, by id. */
	itemOf: Map<string, number>;
	existingPairs: ExistingPair[];
	/** Error items for input that could not be read (only under continueOnFail). */
	errorItems: INodeExecutionData[];
}

const STATUSES: ExistingPairStatus[] = ['active', 'locked', 'ended'];
const CANONICAL = new Set<string>(PARTICIPANT_FIELDS);

/**
 * Reads every input item: an item with `mentorId` and `menteeId` is an existing pair,
 * anything else a participant, validated by the participant model. Also rejects what
 * matching cannot work with: a duplicate id, a mentor without places, a mentee
 * nominating themselves. A bad item stops the node with an error naming the item and
 * the field, or becomes an error item when the node continues on fail.
 */
export function readMatcherInput(ctx: IExecuteFunctions, items: INodeExecutionData[]): MatcherInput {
	const input: MatcherInput = { participants: [], itemOf: new Map(), existingPairs: [], errorItems: [] };
	items.forEach((item, index) => {
		try {
			const json = item.json;
			if (json.mentorId !== undefined && json.menteeId !== undefined) input.existingPairs.push(readPair(json));
			else {
				const participant = readParticipant(json);
				if (input.itemOf.has(participant.id)) {
					throw new MalformedInputError(
						[{ field: 'id', problem: `"${participant.id}" is also the id of item ${input.itemOf.get(participant.id)}`, expected: 'a different id for every person' }],
						'Remove the duplicate, or de-duplicate the roster with Mentorship Intake first',
					);
				}
				input.itemOf.set(participant.id, index);
				input.participants.push(participant);
			}
		} catch (error) {
			input.errorItems.push(errorItemOrThrow(ctx, error, index, typeof item.json.id === 'string' ? { id: item.json.id } : {}));
		}
	});
	return input;
}

function readParticipant(json: IDataObject): Participant {
	const draft: ParticipantDraft = { answers: {} };
	for (const [key, value] of Object.entries(json)) {
		if (key === 'answers' && typeof value === 'object' && value !== null && !Array.isArray(value)) Object.assign(draft.answers!, value);
		else if (CANONICAL.has(key)) (draft as Record<string, unknown>)[key] = value;
		else draft.answers![key] = value;
	}
	const result = normaliseParticipant(draft);
	if (!result.ok) throw new MalformedInputError(result.issues, 'Fix the participant, or run the roster through Mentorship Intake first');
	const participant = result.participant;
	if (participant.role === 'mentor' && participant.capacity < 1) {
		throw new MalformedInputError(
			[{ field: 'capacity', problem: `is ${participant.capacity}, so this mentor can take no mentee`, expected: 'a whole number of mentees of at least 1', received: String(json.capacity) }],
			'Give the mentor a capacity of 1 or more, or leave them out of this run',
		);
	}
	if (participant.nominations.includes(participant.id) || participant.nominations.includes(participant.email)) {
		throw new MalformedInputError(
			[{ field: 'nominations', problem: 'names the person themselves', expected: 'ids or emails of other people' }],
			'Remove the person’s own id or email from their nominations',
		);
	}
	return participant;
}

function readPair(json: IDataObject): ExistingPair {
	const text = (field: string) => {
		const value = json[field];
		if (typeof value !== 'string' && typeof value !== 'number') {
			throw new MalformedInputError([{ field, problem: 'is missing or not an id', expected: 'the id of a participant' }]);
		}
		const id = String(value).trim();
		return id.includes('@') ? id.toLowerCase() : id;
	};
	const status = json.status === undefined || json.status === '' ? 'ended' : String(json.status).trim().toLowerCase();
	if (!STATUSES.includes(status as ExistingPairStatus)) {
		throw new MalformedInputError([{ field: 'status', problem: `"${status}" is not a pair status`, expected: 'locked, active or ended', received: status }]);
	}
	return {
		mentorId: text('mentorId'),
		menteeId: text('menteeId'),
		status: status as ExistingPairStatus,
		...(typeof json.programId === 'string' && json.programId !== '' ? { programId: json.programId } : {}),
	};
}

/**
 * Stops the node at the first problem in the reporting lines, naming the item, when
 * the user asked for that.
 */
export function failOnOrgProblems(ctx: IExecuteFunctions, input: MatcherInput, issues: string[], ids: string[]): void {
	if (issues.length === 0) return;
	const index = input.itemOf.get(ids[0]);
	throw new NodeOperationError(ctx.getNode(), itemMessage(index ?? 0, [{ field: 'managerId', problem: issues[0], expected: 'the id of a person in the input' }]), {
		...(index === undefined ? {} : { itemIndex: index }),
		description: 'Include every manager in the input, fix the managerId values, or set Options > Org Chart Problems to Report in Summary',
	});
}
