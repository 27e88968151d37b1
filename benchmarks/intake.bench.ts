// Intake of 50,000 submissions against a 50,000-person roster, through the real node
// in n8n's engine. Half of the submissions come from people already on the roster
// (updates), half from new applicants; 2% are invalid.
import { runWorkflow } from '../test/harness/runWorkflow';
import { seededRandom } from '../test/core/matching/randomOrg';

const SUBMISSIONS = 50_000;
const ROSTER = 50_000;
const DEPARTMENTS = ['Engineering', 'Sales', 'Finance', 'People', 'Marketing', 'Operations'];
const SKILLS = ['negotiation', 'public speaking', 'python', 'roadmapping', 'hiring', 'sql', 'design', 'coaching'];

const random = seededRandom(42);
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];

const roster = Array.from({ length: ROSTER }, (_, i) => ({
	participantId: `E${i}`,
	email: `person${i}@example.com`,
	name: `Person ${i}`,
	role: i % 3 === 0 ? 'mentor' : 'mentee',
	department: pick(DEPARTMENTS),
	skillsOffered: `${pick(SKILLS)}; ${pick(SKILLS)}`,
	consent: true,
	status: 'enrolled',
}));
const submissions = Array.from({ length: SUBMISSIONS }, (_, i) => {
	const n = i % 2 === 0 ? Math.floor(random() * ROSTER) : ROSTER + i;
	return {
		'E-mailadres': i % 50 === 7 ? 'not-an-email' : `Person${n}@Example.com`,
		Naam: `Person ${n}`,
		'Ik doe mee als': n % 3 === 0 ? 'Mentor' : 'Mentee',
		Afdeling: pick(DEPARTMENTS),
		Vaardigheden: `${pick(SKILLS)}, ${pick(SKILLS)}`,
		Tijdzone: 'Europe/Amsterdam',
		Talen: 'Nederlands, Engels',
		Toestemming: 'Ja',
		'Waarom wil je meedoen?': 'Om te groeien in mijn vak.',
		submittedAt: '2026-03-01T10:00:00.000+01:00',
		formMode: 'production',
	};
});

async function main() {
	const workflow = {
		nodes: [
			{ id: '1', name: 'Form', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} },
			{ id: '2', name: 'Roster', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 200] as [number, number], parameters: {} },
			{
				id: '3',
				name: 'Intake',
				type: 'n8n-nodes-mentorship.mentorshipIntake',
				typeVersion: 1,
				position: [400, 0] as [number, number],
				parameters: { currentTime: '2026-03-02T09:00:00Z', seats: { mentee: 40_000 } },
			},
		],
		connections: {
			Form: { main: [[{ node: 'Intake', type: 'main' as const, index: 0 }, { node: 'Roster', type: 'main' as const, index: 0 }]] },
			Roster: { main: [[{ node: 'Intake', type: 'main' as const, index: 1 }]] },
		},
		settings: { executionOrder: 'v1' as const },
	};
	const cpuBefore = process.cpuUsage();
	const started = performance.now();
	const result = await runWorkflow(workflow, { start: { node: 'Form', items: submissions }, pinData: { Roster: roster } });
	const wall = performance.now() - started;
	const cpu = process.cpuUsage(cpuBefore);
	const inNode = result.runs('Intake')[0].executionTime;
	const [enrolled, waitlisted, rejected] = result.outputs('Intake').map((items) => items.length);
	const peakMb = process.resourceUsage().maxRSS / 1024;
	console.log(JSON.stringify({ benchmark: 'intake 50k x 50k', status: result.status, inNodeMs: inNode, workflowMs: Math.round(wall), workflowCpuMs: Math.round((cpu.user + cpu.system) / 1000), enrolled, waitlisted, rejected, peakRssMb: Math.round(peakMb) }));
}

void main();
