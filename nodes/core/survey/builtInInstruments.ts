import { InvalidOptionError } from '../errors';
import type { BuiltInInstrumentId, Instrument, InstrumentItem } from './types';

type ItemSpec = Omit<InstrumentItem, 'weight' | 'reverse'> & Partial<Pick<InstrumentItem, 'weight' | 'reverse'>>;

function items(specs: ItemSpec[]): InstrumentItem[] {
	return specs.map((spec) => ({ weight: 1, reverse: false, ...spec }));
}

/**
 * Mentoring functions: the career, psychosocial and role-modelling functions of a
 * mentor as described by Kram (1985, "Mentoring at Work") and measured as three
 * factors by Scandura & Ragins (1993, Journal of Vocational Behavior 43:251-265).
 * The wording below is our own, written for this package in English and Dutch; it
 * is not a copy of any published questionnaire. `psychosocial4` is reverse-coded so
 * that agreeing with every statement by habit does not inflate the score.
 */
const MENTORING_FUNCTIONS: Instrument = {
	id: 'mentoringFunctions',
	name: 'Mentoring functions',
	minAnsweredShare: 0.75,
	items: items([
		{
			id: 'career1',
			subscale: 'career',
			scale: 'agreement5',
			labels: [
				'My mentor helps me build the skills I need for the next step in my career',
				'Mijn mentor helpt mij de vaardigheden op te bouwen die ik nodig heb voor de volgende stap in mijn loopbaan',
			],
		},
		{
			id: 'career2',
			subscale: 'career',
			scale: 'agreement5',
			labels: [
				'My mentor helps me get noticed by people who matter for my work',
				'Mijn mentor helpt mij zichtbaar te worden voor mensen die belangrijk zijn voor mijn werk',
			],
		},
		{
			id: 'career3',
			subscale: 'career',
			scale: 'agreement5',
			labels: [
				'My mentor gives me practical advice on reaching my career goals',
				'Mijn mentor geeft mij praktisch advies om mijn loopbaandoelen te bereiken',
			],
		},
		{
			id: 'career4',
			subscale: 'career',
			scale: 'agreement5',
			labels: [
				'My mentor points me to stretch assignments and opportunities',
				'Mijn mentor wijst mij op uitdagende opdrachten en kansen',
			],
		},
		{
			id: 'psychosocial1',
			subscale: 'psychosocial',
			scale: 'agreement5',
			labels: [
				'I can talk openly with my mentor about worries at work',
				'Ik kan open met mijn mentor praten over zorgen op het werk',
			],
		},
		{
			id: 'psychosocial2',
			subscale: 'psychosocial',
			scale: 'agreement5',
			labels: ['My mentor makes me feel more confident in my role', 'Door mijn mentor voel ik mij zekerder in mijn rol'],
		},
		{
			id: 'psychosocial3',
			subscale: 'psychosocial',
			scale: 'agreement5',
			labels: [
				'My mentor takes a genuine interest in me as a person',
				'Mijn mentor toont oprechte interesse in mij als persoon',
			],
		},
		{
			id: 'psychosocial4',
			subscale: 'psychosocial',
			scale: 'agreement5',
			reverse: true,
			labels: [
				'I hold back from raising personal concerns with my mentor',
				'Ik houd persoonlijke zorgen liever voor mij dan ze met mijn mentor te bespreken',
			],
		},
		{
			id: 'roleModel1',
			subscale: 'roleModel',
			scale: 'agreement5',
			labels: ['My mentor is an example of how I would like to work', 'Mijn mentor is een voorbeeld van hoe ik zelf wil werken'],
		},
		{
			id: 'roleModel2',
			subscale: 'roleModel',
			scale: 'agreement5',
			labels: [
				'I admire how my mentor handles difficult situations',
				'Ik bewonder hoe mijn mentor met lastige situaties omgaat',
			],
		},
		{
			id: 'roleModel3',
			subscale: 'roleModel',
			scale: 'agreement5',
			labels: ["I try to adopt some of my mentor's ways of working", 'Ik probeer werkwijzen van mijn mentor over te nemen'],
		},
	]),
};

const CHECK_IN: Instrument = {
	id: 'checkIn',
	name: 'Relationship check-in',
	minAnsweredShare: 0.75,
	items: items([
		{
			id: 'quality',
			subscale: 'quality',
			scale: 'rating5',
			measures: 'quality',
			labels: [
				'How would you rate your mentoring relationship',
				'Hoe beoordeel je jullie mentorrelatie',
				'Relationship quality',
				'Kwaliteit van de relatie',
			],
		},
		{
			id: 'met',
			subscale: 'met',
			scale: 'yesNo',
			measures: 'met',
			labels: [
				'Did you meet since the last check-in',
				'Hebben jullie elkaar sinds de vorige check-in gesproken',
				'Did you meet',
				'Hebben jullie afgesproken',
			],
		},
		{
			id: 'meetings',
			subscale: 'meetings',
			scale: 'count',
			measures: 'meetings',
			labels: [
				'How many times did you meet since the last check-in',
				'Hoe vaak hebben jullie elkaar sinds de vorige check-in gesproken',
				'Meetings since last check-in',
				'Afspraken sinds de vorige check-in',
			],
		},
		{
			id: 'lastMeeting',
			subscale: 'lastMeeting',
			scale: 'date',
			measures: 'lastMeeting',
			labels: ['When did you last meet', 'Wanneer hebben jullie elkaar voor het laatst gesproken'],
		},
	]),
};

/** Net Promoter Score (Reichheld 2003): 0 to 10; promoters 9-10, passives 7-8, detractors 0-6. */
const NPS: Instrument = {
	id: 'nps',
	name: 'Net Promoter Score',
	minAnsweredShare: 0.75,
	items: items([
		{
			id: 'recommend',
			subscale: 'recommend',
			scale: 'nps11',
			measures: 'recommend',
			labels: [
				'How likely are you to recommend this mentorship program to a colleague',
				'Hoe waarschijnlijk is het dat je dit mentorprogramma aanbeveelt aan een collega',
			],
		},
	]),
};

/** Employee NPS: the same scale, asked about the organisation as a place to work. */
const ENPS: Instrument = {
	id: 'enps',
	name: 'Employee Net Promoter Score',
	minAnsweredShare: 0.75,
	items: items([
		{
			id: 'recommend',
			subscale: 'recommend',
			scale: 'nps11',
			measures: 'recommend',
			labels: [
				'How likely are you to recommend this organisation as a place to work',
				'How likely are you to recommend this organization as a place to work',
				'Hoe waarschijnlijk is het dat je deze organisatie aanbeveelt als werkgever',
			],
		},
	]),
};

const GOAL_COUNT = 5;

const GOALS: Instrument = {
	id: 'goals',
	name: 'Goal attainment',
	minAnsweredShare: 0,
	items: items(
		Array.from({ length: GOAL_COUNT }, (_, index) => ({
			id: `goal${index + 1}`,
			subscale: 'goals',
			scale: 'goalStatus' as const,
			measures: 'goal' as const,
			labels: [`Goal ${index + 1}`, `Doel ${index + 1}`, `Goal ${index + 1} status`, `Status doel ${index + 1}`],
		})),
	),
};

/**
 * Session pulse: two questions after each session, how useful it was (1 to 5) and one
 * line of free text (the response's comment). Asked often, so it is kept this short.
 */
const SESSION_PULSE: Instrument = {
	id: 'sessionPulse',
	name: 'Session pulse',
	minAnsweredShare: 1,
	items: items([
		{
			id: 'useful',
			subscale: 'usefulness',
			scale: 'rating5',
			measures: 'usefulness',
			labels: ['How useful was this session', 'Hoe nuttig was deze sessie', 'Session usefulness', 'Nut van de sessie'],
		},
	]),
};

/**
 * End of program: the mentoring functions (career, psychosocial, role model), the
 * check-in's relationship quality (so the end can be compared with the mid-point),
 * progress on each goal and the recommendation question, in one form. Made of the
 * other instruments' items, so the wording and scoring are the same everywhere.
 */
const END_OF_PROGRAM: Instrument = {
	id: 'endOfProgram',
	name: 'End of program',
	minAnsweredShare: 0.75,
	items: [
		...MENTORING_FUNCTIONS.items,
		...CHECK_IN.items.filter((item) => item.measures === 'quality'),
		...GOALS.items,
		...NPS.items,
	],
};

/**
 * The check-in as sent at the mid-point: besides its own questions, how far each person got
 * with each of their pair's (up to three) goals. Goals left unanswered count for nothing.
 */
const CHECK_IN_WITH_GOALS: Instrument = { ...CHECK_IN, items: [...CHECK_IN.items, ...GOALS.items.slice(0, 3)] };

/** The built-in instruments by id. */
export const BUILT_IN_INSTRUMENTS: Readonly<Record<BuiltInInstrumentId, Instrument>> = {
	mentoringFunctions: MENTORING_FUNCTIONS,
	checkIn: CHECK_IN_WITH_GOALS,
	nps: NPS,
	enps: ENPS,
	goals: GOALS,
	sessionPulse: SESSION_PULSE,
	endOfProgram: END_OF_PROGRAM,
};

export interface BuiltInInstrumentOptions {
	/** Instrument id, possibly from an expression such as `{{ $json.survey }}`. */
	id: string;
}

/**
 * A built-in instrument by id; throws an error naming the ids there are when the id is
 * unknown, which happens when the instrument comes from a field of the response.
 *
 * @example builtInInstrument({ id: 'checkIn' }).items.length // 4
 */
export function builtInInstrument(options: BuiltInInstrumentOptions): Instrument {
	const instrument = Object.prototype.hasOwnProperty.call(BUILT_IN_INSTRUMENTS, options.id)
		? BUILT_IN_INSTRUMENTS[options.id as BuiltInInstrumentId]
		: undefined;
	if (!instrument) {
		throw new InvalidOptionError(
			'instrument',
			`There is no instrument "${options.id}"`,
			`Use one of ${Object.keys(BUILT_IN_INSTRUMENTS).join(', ')} or custom.`,
		);
	}
	return instrument;
}
