import { BUILT_IN_INSTRUMENTS } from '../survey/builtInInstruments';
import { SCALES } from '../survey/scales';
import type { BuiltInInstrumentId } from '../survey/types';

const SUBSCALE_NAMES: Record<string, string> = {
	career: 'Career support',
	psychosocial: 'Psychosocial support',
	roleModel: 'Role modelling',
	quality: 'Relationship quality',
	met: 'Share who met since the last check-in',
	meetings: 'Meetings since the last check-in',
	recommend: 'Would recommend, 0 to 10',
	usefulness: 'Session usefulness',
};

const INSTRUMENT_NAMES: Record<string, string> = {
	mentoringFunctions: 'Mentoring functions',
	checkIn: 'Check-in',
	nps: 'NPS',
	enps: 'eNPS',
	goals: 'Goals',
	sessionPulse: 'Session pulse',
	endOfProgram: 'End of program',
	custom: 'Custom',
};

/**
 * A readable name for an instrument's subscale.
 *
 * @example subscaleName('mentoringFunctions', 'career') // 'Career support'
 */
export function subscaleName(instrument: string, subscale: string): string {
	return `${SUBSCALE_NAMES[subscale] ?? subscale} (${INSTRUMENT_NAMES[instrument] ?? instrument})`;
}

/**
 * The range of a built-in subscale, for drawing its bar; undefined for custom
 * instruments and for counts, which have no natural top.
 *
 * @example subscaleRange('checkIn', 'quality') // { min: 1, max: 5 }
 */
export function subscaleRange(instrument: string, subscale: string): { min: number; max: number } | undefined {
	const builtIn = BUILT_IN_INSTRUMENTS[instrument as BuiltInInstrumentId];
	const item = builtIn?.items.find((candidate) => candidate.subscale === subscale);
	if (!item || item.scale === 'count') return undefined;
	return { min: SCALES[item.scale].min, max: SCALES[item.scale].max };
}
