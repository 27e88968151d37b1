import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PlaceRow } from '../../core/lifecycle';
import { planPlaceOffers } from '../../core/lifecycle';
import { parameterMessage } from '../../shared/errors';
import { placeRow, readSeats } from './common/placeRows';

const showFor = { show: { operation: ['offerPlaces'] } };

export const description: INodeProperties[] = [
	{
		displayName:
			'Input: the program\'s roster rows (with the Data Table\'s row ID). Offers come out one per person offered a freed place, with <code>offerExpiresAt</code>; write <code>status</code> offered and the deadline, then send the accept link. Lapsed: open offers past their deadline (plus an hour of grace); write <code>status</code> lapsed.',
		name: 'offerPlacesNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor,
	},
	{
		displayName: 'Current Time',
		name: 'offerNow',
		type: 'string',
		default: '={{ $now.toISO() }}',
		displayOptions: showFor,
		description: 'The moment of the run. Keep the default; tests can set a fixed time.',
	},
	{
		displayName: 'Offer Open (Days)',
		name: 'offerDays',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 60 },
		default: 3,
		displayOptions: showFor,
		description: 'How long a person has to accept a place before it passes to the next on the waitlist',
	},
];

function item(row: PlaceRow, index: number, extra: Record<string, string> = {}): INodeExecutionData {
	return {
		json: { id: row.rowId, email: row.email, role: row.role ?? null, waitlistPosition: row.waitlistPosition ?? null, ...extra },
		pairedItem: { item: index },
	};
}

/** Plans the run's offers (output Offers) and lapses (output Lapsed) from the roster. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const input = this.getInputData(0);
	const indexOf = new Map<number, number>();
	const rows: PlaceRow[] = [];
	input.forEach((entry, index) => {
		const row = placeRow(entry);
		if (row === undefined) return;
		indexOf.set(row.rowId, index);
		rows.push(row);
	});
	const now = String(this.getNodeParameter('offerNow', 0, ''));
	if (!Number.isFinite(Date.parse(now))) throw new NodeOperationError(this.getNode(), parameterMessage('Current Time', 'is not an ISO 8601 moment'));
	const plan = planPlaceOffers({ rows, seats: readSeats((name) => this.getNodeParameter(name, 0, 0)), now, offerDays: Number(this.getNodeParameter('offerDays', 0, 3)) });
	return [
		plan.offers.map((offer) => item(offer, indexOf.get(offer.rowId) as number, { offerExpiresAt: offer.offerExpiresAt })),
		plan.lapsed.map((lapsed) => item(lapsed, indexOf.get(lapsed.rowId) as number, { offerExpiresAt: lapsed.offerExpiresAt ?? '' })),
	];
}
