import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { AcceptanceClaim, PlaceRow } from '../../core/lifecycle';
import { decideAcceptedPlace } from '../../core/lifecycle';
import { emailKey } from '../../core/participant/email';
import { readOptionalInput } from '../../shared/inputs';
import { placeRow, readSeats } from './common/placeRows';

const showFor = { show: { operation: ['decideAcceptance'] } };

export const description: INodeProperties[] = [
	{
		displayName:
			'Accept first, then decide: insert a claim row (<code>claimKey</code> <code>acceptPlace|&lt;email&gt;|&lt;offerExpiresAt&gt;</code>) with a Data Table node, read the program\'s claims and roster, and connect them to inputs 2 and 1. Places go to claims in row order, so two people accepting the last place at the same moment never both get it.',
		name: 'decideAcceptanceNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor,
	},
	{
		displayName: 'Accepting (Email)',
		name: 'acceptingEmail',
		type: 'string',
		default: '',
		displayOptions: showFor,
		description: 'Address of the person accepting: the person of their verified link',
	},
];

/** The person's decided place (output Decided), or, when they hold no open offer, their row on Not Open. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const roster = this.getInputData(0);
	const rows = roster.map(placeRow).filter((row): row is PlaceRow => row !== undefined);
	const claims: AcceptanceClaim[] = readOptionalInput(this, 1)
		.map((entry) => ({ rowId: entry.json.id, claimKey: entry.json.claimKey }))
		.filter((claim): claim is AcceptanceClaim => typeof claim.rowId === 'number' && typeof claim.claimKey === 'string');
	const email = emailKey(String(this.getNodeParameter('acceptingEmail', 0, '')));
	const decision = decideAcceptedPlace({ rows, claims, seats: readSeats((name) => this.getNodeParameter(name, 0, 0)), email });
	const own = rows.find((row) => row.email === email);
	const index = own ? roster.findIndex((entry) => entry.json.id === own.rowId) : 0;
	const json = { id: own?.rowId ?? null, email, role: own?.role ?? null };
	if (decision === undefined) return [[], [{ json: { ...json, status: own?.status ?? null }, pairedItem: { item: Math.max(index, 0) } }]];
	return [[{ json: { ...json, ...decision, waitlistPosition: decision.status === 'waitlisted' ? (decision.waitlistPosition ?? null) : null }, pairedItem: { item: index } }], []];
}
