/**
 * Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma and
 * line breaks. Other control characters are not allowed in content lines and are
 * dropped.
 *
 * @example escapeIcsText('Goals; plans, and\nnext steps') // 'Goals\\; plans\\, and\\nnext steps'
 */
export function escapeIcsText(value: string): string {
	return value
		.replace(/\r\n?/g, '\n')
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\n/g, '\\n')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Quotes a parameter value such as CN (RFC 5545 section 3.2): double quotes cannot be
 * escaped, so they are removed, and the value is quoted when it holds `:`, `;` or `,`.
 *
 * @example icsParameterValue('Doe, Jane') // '"Doe, Jane"'
 */
export function icsParameterValue(value: string): string {
	// eslint-disable-next-line no-control-regex
	const clean = value.replace(/["\u0000-\u001f\u007f]/g, '');
	return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const encoder = new TextEncoder();

/**
 * Folds one content line at 75 octets (RFC 5545 section 3.1): continuation lines
 * start with a space, and a multi-byte UTF-8 character is never split.
 *
 * @example foldIcsLine('DESCRIPTION:' + 'x'.repeat(100)).split('\r\n').length // 2
 */
export function foldIcsLine(line: string): string {
	if (encoder.encode(line).length <= 75) return line;
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	// The first line holds 75 octets; later ones 74 plus the leading space.
	let limit = 75;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
			limit = 74;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}
