/** A cell value: text, a number, a yes/no, or empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** First characters that make Excel, LibreOffice and Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes one text cell safe for spreadsheets and RFC 4180: a cell starting with
 * = + - @, a tab or a carriage return is prefixed with a single quote so it is read
 * as text, not run as a formula (OWASP "CSV injection"); cells holding a comma,
 * quote or line break are quoted with inner quotes doubled. Numbers we computed are
 * written as numbers, so −0.5 stays a number.
 *
 * @example csvCell('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 */
export function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface ToCsvOptions {
	header: string[];
	rows: CsvCell[][];
}

/**
 * Renders a table as CSV (RFC 4180: comma separated, CRLF line ends), every cell made
 * safe with {@link csvCell}.
 *
 * @example toCsv({ header: ['pair', 'meetings'], rows: [['p1', 3]] }) // 'pair,meetings\r\np1,3\r\n'
 */
export function toCsv(options: ToCsvOptions): string {
	return [options.header, ...options.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
