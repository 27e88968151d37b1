import type { Participant } from '../../types';
import type { ProgramContext } from '../context';
import { inReportingLine } from '../orgIndex';

const refersTo = (list: readonly string[], person: Participant) => list.includes(person.id) || list.includes(person.email);

/**
 * What the program manager should know about two mentees of one circle: the hard rules
 * hold between mentor and mentee only, so a manager and their report, or two people who
 * asked not to be paired, can share a circle. Each such pair is named, ids in order.
 *
 * @example circleMemberWarnings(context, [ann, bob]) // ['ann and bob are in one reporting line']
 */
export function circleMemberWarnings(context: ProgramContext, mentees: readonly Participant[]): string[] {
	const warnings: string[] = [];
	const sorted = [...mentees].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (let x = 0; x < sorted.length; x++) {
		for (let y = x + 1; y < sorted.length; y++) {
			const [a, b] = [sorted[x], sorted[y]];
			const positionA = context.org.position.get(a.id);
			const positionB = context.org.position.get(b.id);
			if (context.rules.reportingLine && positionA !== undefined && positionB !== undefined && inReportingLine(context.org, positionA, positionB)) {
				warnings.push(`${a.id} and ${b.id} are in one reporting line`);
			}
			if (context.rules.exclusions && (refersTo(a.exclusions, b) || refersTo(b.exclusions, a))) warnings.push(`${a.id} and ${b.id} asked not to be paired`);
		}
	}
	return warnings;
}
