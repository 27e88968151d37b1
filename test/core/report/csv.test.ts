import fc from 'fast-check';

import { csvCell, toCsv } from '../../../nodes/core/report/csv';

/** A minimal RFC 4180 reader, written for the test, to read back what toCsv wrote. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const character = text[index];
		if (quoted) {
			if (character === '"' && text[index + 1] === '"') {
				cell += '"';
				index++;
			} else if (character === '"') quoted = false;
			else cell += character;
		} else if (character === '"') quoted = true;
		else if (character === ',') {
			row.push(cell);
			cell = '';
		} else if (character === '\r' && text[index + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			index++;
		} else cell += character;
	}
	return rows;
}

describe('csvCell', () => {
	describe('when a cell could run as a formula in a spreadsheet', () => {
		it.each(['=1+2', '+31 6 1234', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("http://evil")'])(
			'prefixes %j with a single quote',
			(value) => {
				expect(parseCsv(`${csvCell(value)}\r\n`)[0][0]).toBe(`'${value}`);
			},
		);
	});

	describe('when a cell holds a comma, quote or line break', () => {
		it('quotes it and doubles inner quotes', () => {
			expect(csvCell('Eva & "Co", Utrecht')).toBe('"Eva & ""Co"", Utrecht"');
			expect(csvCell('two\nlines')).toBe('"two\nlines"');
		});
	});

	it('writes our own numbers as numbers, negative ones included', () => {
		expect(csvCell(-0.5)).toBe('-0.5');
		expect(csvCell(null)).toBe('');
		expect(csvCell(true)).toBe('true');
	});
});

describe('toCsv', () => {
	it('writes a header and CRLF-ended rows', () => {
		expect(toCsv({ header: ['pair', 'meetings'], rows: [['p1', 3]] })).toBe('pair,meetings\r\np1,3\r\n');
	});

	it('reads back every text cell, with formulas neutralised and nothing else changed', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
				const width = rows[0].length;
				const table = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
				const read = parseCsv(toCsv({ header: table[0], rows: table.slice(1) }));
				const expected = table.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
				expect(read).toEqual(expected);
			}),
		);
	});
});
