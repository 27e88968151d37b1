import type { ProgramContext } from '../context';
import type { Criterion, PairScore } from '../types';
import { CRITERIA } from '../types';
import type { PairFacts } from './referenceScore';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

const list = (items: readonly string[]) => items.join(', ');
const hours = (minutes: number) => {
	const value = Math.round((minutes / 60) * 10) / 10;
	return `${value} ${value === 1 ? 'hour' : 'hours'}`;
};

export interface ExplainOptions {
	context: ProgramContext;
	facts: PairFacts;
	mentorLevel?: number;
	menteeLevel?: number;
	mentorDepartment?: string;
	menteeDepartment?: string;
	location?: string;
}

/**
 * Turns a pair's facts into the 0–100 score, the points each criterion adds to it
 * and one plain sentence per criterion that added points, so the reasons always
 * match the breakdown.
 *
 * @example
 * explainPair({ context, facts }).reasons // ['shares 3 of 4 wanted skills: negotiation, …', 'different department']
 */
export function explainPair(options: ExplainOptions): PairScore {
	const { context, facts } = options;
	const breakdown = {} as Record<Criterion, number>;
	const reasons: string[] = [];
	for (const criterion of CRITERIA) {
		const points = context.weights[criterion] * facts.fractions[criterion];
		breakdown[criterion] = Math.round((10000 * points) / context.maxPoints) / 100;
		if (points > 0) reasons.push(reasonFor(criterion, options));
	}
	return { score: Math.round((100 * facts.points) / context.maxPoints), points: facts.points, breakdown, reasons };
}

function reasonFor(criterion: Criterion, options: ExplainOptions): string {
	const { facts, context } = options;
	switch (criterion) {
		case 'nomination':
			return `you nominated them as your ${ORDINALS[facts.nominationRank] ?? `number ${facts.nominationRank + 1}`} choice`;
		case 'skills':
			return `shares ${facts.sharedSkills.length} of ${facts.wantedSkills} wanted skills: ${list(facts.sharedSkills)}`;
		case 'goals':
			return `shared goals: ${list(facts.sharedGoals)}`;
		case 'interests':
			return `shared interests: ${list(facts.sharedInterests)}`;
		case 'level':
			return levelReason(options);
		case 'department':
			return `different department (${options.mentorDepartment} and ${options.menteeDepartment})`;
		case 'timezone':
			return `${hours(facts.overlapMinutes ?? 0)} of ${hours(context.workingDay.dayEnd - context.workingDay.dayStart)} of working day overlap`;
		case 'language':
			return `both speak ${list(facts.sharedLanguages)}`;
		case 'location':
			return `same location: ${options.location}`;
		case 'orgDistance':
			return facts.orgSteps === undefined
				? 'from separate parts of the organisation (no common manager)'
				: `far apart in the organisation (${facts.orgSteps.up + facts.orgSteps.down} steps through a common manager)`;
	}
}

function levelReason(options: ExplainOptions): string {
	const { context, mentorLevel, menteeLevel } = options;
	if (context.kind === 'buddy') {
		const tenure = context.kind === 'buddy' && options.facts.mentorLongerTenure;
		const parts: string[] = [];
		if (options.facts.fractions.level > (tenure ? 500 : 0)) parts.push(`similar level (${mentorLevel} and ${menteeLevel})`);
		if (tenure) parts.push('the buddy joined earlier');
		return parts.join('; ');
	}
	const gap = context.kind === 'reverse' ? (menteeLevel ?? 0) - (mentorLevel ?? 0) : (mentorLevel ?? 0) - (menteeLevel ?? 0);
	const who = context.kind === 'reverse' ? 'mentee' : 'mentor';
	return `${who} is ${gap} ${gap === 1 ? 'level' : 'levels'} above (${mentorLevel} and ${menteeLevel})`;
}
