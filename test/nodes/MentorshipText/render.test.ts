import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { WorkflowJson } from '../../harness/runWorkflow';
import { runWorkflow } from '../../harness/runWorkflow';

const TEXT = 'Mentorship Text';

async function runText(parameters: INodeParameters, items: IDataObject[], continueOnFail = false) {
	const workflow: WorkflowJson = {
		nodes: [
			{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'text',
				name: TEXT,
				type: 'n8n-nodes-mentorship.mentorshipText',
				typeVersion: 1,
				position: [200, 0],
				parameters: { operation: 'render', ...parameters },
				...(continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
			},
		],
		connections: { Start: { main: [[{ node: TEXT, type: 'main', index: 0 }]] } },
	};
	return await runWorkflow(workflow, { start: { node: 'Start', items } });
}

const newHire = { menteeName: 'Sanne', mentorName: 'Joost', reasons: 'v', program: { language: 'en' } };

describe('Mentorship Text: Render', () => {
	describe('when the person speaks Dutch', () => {
		it('returns the item with the chosen texts in Dutch, paired with its input', async () => {
			const result = await runText({ area: 'buddy', buddyTexts: ['emailSubject'] }, [{ ...newHire, languages: ['nl'] }]);

			expect(result.status).toBe('success');
			const [item] = result.output(TEXT);
			expect(item.json).toEqual({ ...newHire, languages: ['nl'], text: { language: 'nl', emailSubject: 'Welkom Sanne: maak kennis met je buddy Joost' } });
			expect(item.pairedItem).toEqual({ item: 0 });
		});
	});

	describe('when the person speaks no language of the catalogue', () => {
		it('returns the texts in the program default language', async () => {
			const result = await runText({ area: 'buddy', buddyTexts: ['emailSubject'] }, [
				{ ...newHire, languages: 'de', program: { language: 'nl' } },
				{ ...newHire, languages: 'de', program: { language: 'en' } },
			]);

			expect(result.output(TEXT).map((item) => (item.json.text as IDataObject).emailSubject)).toEqual([
				'Welkom Sanne: maak kennis met je buddy Joost',
				'Welcome Sanne: meet your buddy Joost',
			]);
		});
	});

	describe('when no texts are chosen', () => {
		it('returns every text of the area, values escaped for the chosen channel, in the output field asked for', async () => {
			const result = await runText(
				{ area: 'coffee', outputField: 'message', values: '={{ { memberNames: $json.names.join(" + "), reasons: "<!channel>" } }}', options: { channel: 'slack' } },
				[{ names: ['Ann', 'Bo'], languages: 'English' }],
			);

			expect(result.output(TEXT)[0].json.message).toEqual({
				language: 'en',
				slackMessage: ':coffee: Coffee time! Ann + Bo, you are paired for the next two weeks. Find 30 minutes for a coffee, in person or on a call. &lt;!channel&gt;',
			});
		});
	});

	describe('when the values hold a version per language', () => {
		it('uses the values of the chosen language over the shared ones', async () => {
			const values = '={{ { ...$json, mentorName: "Joost", nl: { mentorName: "Joost (NL)" }, en: { mentorName: "Joost (EN)" } } }}';
			const result = await runText({ area: 'buddy', buddyTexts: ['emailSubject'], values }, [
				{ menteeName: 'Sanne', languages: ['nl'] },
				{ menteeName: 'Sanne', languages: ['en'] },
			]);

			expect(result.output(TEXT).map((item) => (item.json.text as IDataObject).emailSubject)).toEqual([
				'Welkom Sanne: maak kennis met je buddy Joost (NL)',
				'Welcome Sanne: meet your buddy Joost (EN)',
			]);
		});
	});

	describe('when a placeholder has no value', () => {
		it('fails naming the item, the text and the placeholder', async () => {
			const result = await runText({ area: 'buddy', buddyTexts: ['emailSubject'] }, [newHire, { menteeName: 'Bo' }]);

			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Item 1, field "mentorName": is missing for the text buddy.emailSubject');
		});

		it('returns an error item in its place under continue on fail, and the other items', async () => {
			const result = await runText({ area: 'buddy', buddyTexts: ['emailSubject'] }, [{ menteeName: 'Bo' }, newHire], true);

			expect(result.status).toBe('success');
			const output = result.output(TEXT);
			expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(output[0].json).toMatchObject({ error: 'Item 0, field "mentorName": is missing for the text buddy.emailSubject', itemIndex: 0 });
			expect((output[1].json.text as IDataObject).emailSubject).toBe('Welcome Sanne: meet your buddy Joost');
		});
	});
});
