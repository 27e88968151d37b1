import type { INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { PlaceRow, Seats } from '../../../core/lifecycle';
import { emailKey } from '../../../core/participant/email';
import type { Role } from '../../../core/types';

const showFor = { show: { operation: ['offerPlaces', 'decideAcceptance'] } };

const seat = (name: string, displayName: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	displayOptions: showFor,
	description: 'How many people of this role the program takes; 0 means no limit. The same as the program record and Mentorship Intake\'s seats.',
});

/** The seat limits Offer Places and Decide Acceptance share (the program record's columns). */
export const seatParameters: INodeProperties[] = [seat('mentorSeats', 'Places for Mentors'), seat('menteeSeats', 'Places for Mentees'), seat('peerSeats', 'Places for Peers')];

const ROLES = new Set<string>(['mentor', 'mentee', 'both']);

/** A roster row (Data Table item) as the place offers read it; a row without an id cannot be ordered and is left out. */
export function placeRow(item: INodeExecutionData): PlaceRow | undefined {
	const json = item.json;
	if (typeof json.id !== 'number' || typeof json.email !== 'string' || json.email.trim() === '') return undefined;
	const role = typeof json.role === 'string' && ROLES.has(json.role.trim().toLowerCase()) ? (json.role.trim().toLowerCase() as Role) : undefined;
	const status = typeof json.status === 'string' && json.status.trim() !== '' ? json.status.trim().toLowerCase() : 'enrolled';
	const position = Number(json.waitlistPosition);
	const expires = json.offerExpiresAt;
	return {
		rowId: json.id,
		email: emailKey(json.email),
		role,
		status,
		...(Number.isInteger(position) && position > 0 ? { waitlistPosition: position } : {}),
		...(typeof expires === 'string' && expires !== '' ? { offerExpiresAt: expires } : expires instanceof Date ? { offerExpiresAt: expires.toISOString() } : {}),
	};
}

/** The seat limits as given on the node (item 0). */
export function readSeats(get: (name: string) => unknown): Seats {
	const limit = (name: string) => {
		const value = Number(get(name));
		return Number.isFinite(value) && value > 0 ? value : 0;
	};
	return { mentor: limit('mentorSeats'), mentee: limit('menteeSeats'), both: limit('peerSeats') };
}
