import { escapeHtml, escapeSlack } from '../../../nodes/core/messages/escape';
import { parseTemplate, renderTemplate } from '../../../nodes/core/messages/template';

describe('escapeSlack', () => {
	describe('when text tries to mention or link', () => {
		it.each([
			['<!channel> hi', '&lt;!channel&gt; hi'],
			['<!here|here>', '&lt;!here|here&gt;'],
			['<@U123>', '&lt;@U123&gt;'],
			['<https://evil.example|click>', '&lt;https://evil.example|click&gt;'],
			['Tom & Jerry', 'Tom &amp; Jerry'],
		])('returns %s with no Slack control sequence left', (input, expected) => {
			expect(escapeSlack(input)).toBe(expected);
		});

		it('returns @channel broken by a zero-width space so link_names cannot ping', () => {
			expect(escapeSlack('@channel and @here')).toBe('@\u200bchannel and @\u200bhere');
		});
	});
});

describe('escapeHtml', () => {
	it('returns markup as text', () => {
		expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
	});
});

describe('renderTemplate', () => {
	describe('when a value holds markup for every channel', () => {
		it('returns it escaped per channel while the template keeps its own formatting', () => {
			const template = parseTemplate('Hi {{name}},\n*Topic*: {{topic}}');
			const message = renderTemplate(template, { values: { name: '<!channel>', topic: '<script>x</script> & more' } });
			expect(message.text).toBe('Hi <!channel>,\n*Topic*: <script>x</script> & more');
			expect(message.slack).toBe('Hi &lt;!channel&gt;,\n*Topic*: &lt;script&gt;x&lt;/script&gt; &amp; more');
			expect(message.html).toBe('<p>Hi &lt;!channel&gt;,<br>*Topic*: &lt;script&gt;x&lt;/script&gt; &amp; more</p>');
		});
	});

	describe('when a placeholder is misspelt', () => {
		it('returns it as unknown', () => {
			expect(parseTemplate('{{partnername}}', { known: ['partnerName'] }).unknown).toEqual(['partnername']);
		});
	});
});
