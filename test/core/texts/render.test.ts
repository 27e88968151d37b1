import { MalformedInputError } from '../../../nodes/core/errors';
import { fillText, renderText } from '../../../nodes/core/texts';

describe('renderText', () => {
	describe('when every value is given', () => {
		it('fills the placeholders of the chosen language', () => {
			expect(renderText('buddy', 'emailSubject', 'nl', { menteeName: 'Sanne', mentorName: 'Joost' })).toBe('Welkom Sanne: maak kennis met je buddy Joost');
			expect(renderText('buddy', 'emailSubject', 'en', { menteeName: 'Sanne', mentorName: 'Joost' })).toBe('Welcome Sanne: meet your buddy Joost');
		});

		it('joins a list value with commas', () => {
			expect(fillText('With {{names}}.', { names: ['Ann', 'Bo'] }, 'text', 'x.y')).toBe('With Ann, Bo.');
		});
	});

	describe('when the text goes into HTML or Slack', () => {
		it('escapes values for the channel but keeps raw placeholders as they are', () => {
			expect(fillText('{{name}}', { name: '<b>&' }, 'html', 'x.y')).toBe('&lt;b&gt;&amp;');
			expect(fillText('{{name}} {{{mention}}}', { name: '<!channel>', mention: '<@U1>' }, 'slack', 'x.y')).toBe('&lt;!channel&gt; <@U1>');
		});
	});

	describe('when an optional value is missing', () => {
		it('drops its line and the blank line before it', () => {
			expect(fillText('Hi\n\nEnd it: {{url?}}\n\nBye', {}, 'text', 'x.y')).toBe('Hi\n\nBye');
			expect(fillText('Hi\n\nEnd it: {{url?}}\n\nBye', { url: 'https://x' }, 'text', 'x.y')).toBe('Hi\n\nEnd it: https://x\n\nBye');
		});
	});

	describe('when a required value is missing', () => {
		it('throws naming the text and the placeholder', () => {
			expect(() => renderText('buddy', 'emailSubject', 'en', { menteeName: 'Sanne' })).toThrow(MalformedInputError);
			expect(() => renderText('buddy', 'emailSubject', 'en', { menteeName: 'Sanne' })).toThrow(/mentorName.*buddy\.emailSubject/);
		});
	});

	describe('when the key is not in the area', () => {
		it('throws listing the keys of the area', () => {
			expect(() => renderText('coffee', 'nope' as never, 'en', {})).toThrow(/slackMessage/);
		});
	});
});

describe('fillText', () => {
	describe('when an optional greeting opens the text and has no value', () => {
		it('drops the greeting and the blank line after it', () => {
			expect(fillText('Hi {{name?}},\n\nThank you.', {}, 'text', 'x.y')).toBe('Thank you.');
			expect(fillText('Hi {{name?}},\n\nThank you.', { name: 'Ann' }, 'text', 'x.y')).toBe('Hi Ann,\n\nThank you.');
		});
	});
});
