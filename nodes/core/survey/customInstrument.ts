import { z } from 'zod';

import { InvalidOptionError } from '../errors';
import { SCALE_NAMES, type ScaleName } from './scales';
import { ITEM_MEASURES, type Instrument, type InstrumentItem, type ItemMeasure } from './types';

const itemSchema = z
	.object({
		id: z.string().trim().min(1),
		label: z.string().trim().min(1).optional(),
		labels: z.array(z.string().trim().min(1)).optional(),
		scale: z.enum(SCALE_NAMES as [ScaleName, ...ScaleName[]]).default('agreement5'),
		subscale: z.string().trim().min(1).optional(),
		weight: z.number().positive().finite().default(1),
		reverse: z.boolean().default(false),
		min: z.number().finite().optional(),
		max: z.number().finite().optional(),
		measures: z.enum(ITEM_MEASURES as [ItemMeasure, ...ItemMeasure[]]).optional(),
	})
	.strict()
	.refine((item) => item.scale !== 'numeric' || (item.min !== undefined && item.max !== undefined && item.min < item.max), {
		message: 'a numeric item needs "min" and "max" with min below max',
	});

export interface ParseCustomInstrumentOptions {
	/** Share of a subscale's items that must be answered; 0.75 unless given. */
	minAnsweredShare?: number;
}

/**
 * Reads a custom instrument: a JSON list of items with id, label(s), scale, subscale,
 * weight and a reverse-coded flag. Items without a subscale form their own.
 *
 * @example
 * parseCustomInstrument([{ id: 'q1', label: 'I feel heard', subscale: 'voice', reverse: false }])
 */
export function parseCustomInstrument(value: unknown, options: ParseCustomInstrumentOptions = {}): Instrument {
	const result = z.array(itemSchema).min(1).safeParse(value);
	if (!result.success) {
		const first = result.error.issues[0];
		const where = first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
		throw new InvalidOptionError(
			'customItems',
			`The custom instrument is not valid${where}: ${first.message}`,
			'Give a JSON list of items such as [{"id": "q1", "label": "I feel heard", "scale": "agreement5", "subscale": "voice", "reverse": false}].',
		);
	}
	const seen = new Set<string>();
	const instrumentItems: InstrumentItem[] = result.data.map((item) => {
		if (seen.has(item.id)) {
			throw new InvalidOptionError('customItems', `The custom instrument lists item "${item.id}" twice`, 'Give every item its own id.');
		}
		seen.add(item.id);
		return {
			id: item.id,
			labels: [...(item.label ? [item.label] : []), ...(item.labels ?? [])],
			scale: item.scale,
			subscale: item.subscale ?? item.id,
			weight: item.weight,
			reverse: item.reverse,
			min: item.min,
			max: item.max,
			measures: item.measures,
		};
	});
	return { id: 'custom', name: 'Custom instrument', items: instrumentItems, minAnsweredShare: options.minAnsweredShare ?? 0.75 };
}
