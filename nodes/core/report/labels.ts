import { BUILT_IN_INSTRUMENTS } from '../survey/builtInInstruments';
import { SCALES } from '../survey/scales';
import type { BuiltInInstrumentId, RiskCode } from '../survey/types';
import type { KpiTextKey } from '../texts/en/kpi';
import type { ReportWords } from './reportWords';
import { reportWords } from './reportWords';

const SUBSCALE_NAMES: Record<string, KpiTextKey> = {
	career: 'subscaleCareer',
	psychosocial: 'subscalePsychosocial',
	roleModel: 'subscaleRoleModel',
	quality: 'subscaleQuality',
	met: 'subscaleMet',
	meetings: 'subscaleMeetings',
	recommend: 'subscaleRecommend',
	usefulness: 'subscaleUsefulness',
};

// NPS and eNPS are written the same in every language.
const INSTRUMENT_NAMES: Record<string, KpiTextKey | string> = {
	mentoringFunctions: 'instrumentMentoringFunctions',
	checkIn: 'instrumentCheckIn',
	nps: 'NPS',
	enps: 'eNPS',
	goals: 'instrumentGoals',
	sessionPulse: 'instrumentSessionPulse',
	endOfProgram: 'instrumentEndOfProgram',
	custom: 'instrumentCustom',
};

/** A risk reason's name, for reports in a language other than the English sentences stored with each answer. */
export const RISK_NAMES: Readonly<Record<RiskCode, KpiTextKey>> = {
	lowQuality: 'riskLowQuality',
	lowUsefulness: 'riskLowUsefulness',
	noMeeting: 'riskNoMeeting',
	detractor: 'riskDetractor',
};

/**
 * A readable name for an instrument's subscale, in the report's language; a custom
 * instrument's own subscale names are shown as written.
 *
 * @example subscaleName('mentoringFunctions', 'career') // 'Career support (Mentoring functions)'
 */
export function subscaleName(instrument: string, subscale: string, words: ReportWords = reportWords('en')): string {
	const subscaleKey = SUBSCALE_NAMES[subscale];
	const instrumentName = INSTRUMENT_NAMES[instrument];
	const instrumentText = instrumentName === undefined ? instrument : instrumentName.startsWith('instrument') ? words.t(instrumentName as KpiTextKey) : instrumentName;
	return `${subscaleKey ? words.t(subscaleKey) : subscale} (${instrumentText})`;
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
