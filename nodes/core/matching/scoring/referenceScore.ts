import type { Participant } from '../../types';
import type { ProgramContext } from '../context';
import { pairKey } from '../context';
import type { OrgIndex } from '../orgIndex';
import { inReportingLine } from '../orgIndex';
import type { Criterion, RuleName } from '../types';
import { CRITERIA } from '../types';
import {
	FULL,
	levelFraction,
	levelGap,
	nominationFraction,
	orgDistanceFraction,
	shareFraction,
} from './fractions';
import { circularDifference, workingOverlapMinutes } from './timeOverlap';

/** What was found about a pair, in enough detail to explain it in words. */
export interface PairFacts {
	fractions: Record<Criterion, number>;
	points: number;
	nominationRank: number;
	sharedSkills: string[];
	wantedSkills: number;
	sharedGoals: string[];
	sharedInterests: string[];
	sharedLanguages: string[];
	overlapMinutes?: number;
	orgSteps?: { up: number; down: number };
	/** Whether the mentor joined before the mentee (counts in buddy programs). */
	mentorLongerTenure: boolean;
	/** Hard rules the pair breaks (empty when eligible). */
	broken: RuleName[];
}

const shared = (a: readonly string[], b: readonly string[]) => {
	const set = new Set(b);
	return a.filter((tag) => set.has(tag));
};
const refersTo = (list: readonly string[], person: Participant) => list.includes(person.id) || list.includes(person.email);

/**
 * Scores one pair and checks every hard rule the plain way, straight from the two
 * participants. It is the reference the fast scorer is tested against, and the
 * source of every explanation.
 *
 * @example
 * const facts = evaluatePair(context, mentor, mentee);
 * facts.broken; // [] when the pair is allowed
 */
export function evaluatePair(context: ProgramContext, mentor: Participant, mentee: Participant): PairFacts {
	const { kind, rules, weights } = context;
	const fractions = {} as Record<Criterion, number>;

	const nominationRank = mentee.nominations.findIndex((ref) => ref === mentor.id || ref === mentor.email);
	fractions.nomination = nominationFraction(nominationRank);

	const sharedSkills = shared(mentee.skillsWanted, mentor.skillsOffered);
	fractions.skills = shareFraction(sharedSkills.length, mentee.skillsWanted.length);
	const sharedGoals = shared(mentee.goals, mentor.goals);
	fractions.goals = shareFraction(sharedGoals.length, Math.min(mentee.goals.length, mentor.goals.length));
	const sharedInterests = shared(mentee.interests, mentor.interests);
	fractions.interests = shareFraction(sharedInterests.length, Math.min(mentee.interests.length, mentor.interests.length));

	const tenure =
		mentor.hireDate !== undefined && mentee.hireDate !== undefined && mentor.hireDate < mentee.hireDate;
	fractions.level = levelFraction({ kind, mentorLevel: mentor.level, menteeLevel: mentee.level, mentorLongerTenure: tenure });

	const departmentsKnown = mentor.department !== undefined && mentee.department !== undefined;
	fractions.department = departmentsKnown && mentor.department !== mentee.department ? FULL : 0;

	const offsetMentor = context.offsetOf(mentor);
	const offsetMentee = context.offsetOf(mentee);
	const zonesKnown = !Number.isNaN(offsetMentor) && !Number.isNaN(offsetMentee);
	const overlapMinutes = zonesKnown ? workingOverlapMinutes(offsetMentor, offsetMentee, context.workingDay) : undefined;
	fractions.timezone =
		overlapMinutes === undefined ? 0 : shareFraction(overlapMinutes, context.workingDay.dayEnd - context.workingDay.dayStart);

	const sharedLanguages = shared(mentee.languages, mentor.languages);
	fractions.language = sharedLanguages.length > 0 ? FULL : 0;
	fractions.location = mentor.location !== undefined && mentor.location === mentee.location ? FULL : 0;

	const mentorOrg = context.org.position.get(mentor.id);
	const menteeOrg = context.org.position.get(mentee.id);
	let orgSteps: { up: number; down: number } | undefined;
	if (mentorOrg !== undefined && menteeOrg !== undefined) {
		orgSteps = plainSteps(context.org, menteeOrg, mentorOrg);
	}
	fractions.orgDistance = orgDistanceFraction(orgSteps === undefined ? undefined : orgSteps.up + orgSteps.down);

	let points = 0;
	for (const criterion of CRITERIA) points += weights[criterion] * fractions[criterion];

	const broken: RuleName[] = [];
	if (mentor.id === mentee.id) broken.push('self');
	if (rules.reportingLine && mentorOrg !== undefined && menteeOrg !== undefined && inReportingLine(context.org, mentorOrg, menteeOrg)) {
		broken.push('reportingLine');
	}
	if (rules.sameDepartment && departmentsKnown && mentor.department === mentee.department) broken.push('sameDepartment');
	const gap = levelGap(kind, mentor.level, mentee.level);
	if (gap !== undefined && ((rules.minLevelGap !== undefined && gap < rules.minLevelGap) || (rules.maxLevelGap !== undefined && gap > rules.maxLevelGap))) {
		broken.push('levelGap');
	}
	if (rules.sharedLanguage && mentor.languages.length > 0 && mentee.languages.length > 0 && sharedLanguages.length === 0) {
		broken.push('sharedLanguage');
	}
	if (rules.maxTimezoneGapHours !== undefined && zonesKnown && circularDifference(offsetMentor, offsetMentee) > rules.maxTimezoneGapHours * 60) {
		broken.push('timezoneGap');
	}
	if (rules.exclusions && (refersTo(mentee.exclusions, mentor) || refersTo(mentor.exclusions, mentee))) broken.push('exclusions');
	if (rules.history && context.history.has(pairKey(mentor.id, mentee.id))) broken.push('history');
	if (rules.managerMentors !== 'allow' && mentorOrg !== undefined && context.managesSomeone[mentorOrg] === 1) {
		const far = orgSteps === undefined || orgSteps.up + orgSteps.down >= rules.managerMinDistance;
		if (rules.managerMentors === 'forbid' || !far) broken.push('managerMentors');
	}

	return {
		fractions,
		points,
		nominationRank,
		sharedSkills,
		wantedSkills: mentee.skillsWanted.length,
		sharedGoals,
		sharedInterests,
		sharedLanguages,
		overlapMinutes,
		orgSteps,
		mentorLongerTenure: tenure,
		broken,
	};
}

// The lowest common manager found the plain way, without the fast path's scratch marks.
function plainSteps(org: OrgIndex, from: number, to: number): { up: number; down: number } | undefined {
	const depth = new Map<number, number>();
	for (let k = org.chainStart[from]; k < org.chainStart[from + 1]; k++) depth.set(org.chain[k], k - org.chainStart[from]);
	for (let k = org.chainStart[to]; k < org.chainStart[to + 1]; k++) {
		const up = depth.get(org.chain[k]);
		if (up !== undefined) return { up, down: k - org.chainStart[to] };
	}
	return undefined;
}
