import type { RuleName } from '../types';

/** Each hard rule as the manager reads it when an adjustment is refused. */
const RULE_TEXT: Record<RuleName, string> = {
	self: 'a person cannot mentor themselves (rule "self")',
	reportingLine: 'one is in the other\'s reporting line (rule "reportingLine")',
	sameDepartment: 'both work in the same department (rule "sameDepartment")',
	levelGap: 'their level gap is outside the allowed range (rule "levelGap")',
	sharedLanguage: 'they share no language (rule "sharedLanguage")',
	timezoneGap: 'their time zones are too far apart (rule "timezoneGap")',
	exclusions: 'one asked not to be paired with the other (rule "exclusions")',
	history: 'they were paired before (rule "history")',
	managerMentors: 'the mentor manages people in the program (rule "managerMentors")',
};

/**
 * A hard rule in a sentence, naming the rule.
 *
 * @example describeRule('reportingLine') // 'one is in the other\'s reporting line (rule "reportingLine")'
 */
export function describeRule(rule: RuleName): string {
	return RULE_TEXT[rule];
}
