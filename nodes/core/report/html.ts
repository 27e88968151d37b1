import { escapeHtml } from './escapeHtml';

/**
 * Small builders for e-mail HTML. Gmail strips <style> blocks in some clients and
 * Outlook renders with Word's engine, so every style is inline, layout is tables with
 * explicit widths, and bars are table cells with a background colour (no images,
 * no CSS gradients, no scripts).
 */

export const COLOURS = {
	text: '#1f2933',
	muted: '#616e7c',
	page: '#f4f5f7',
	card: '#ffffff',
	line: '#e4e7eb',
	bar: '#2f6fde',
	good: '#2f9e44',
	neutral: '#adb5bd',
	bad: '#e03131',
};

export const FONT = 'font-family:Arial,Helvetica,sans-serif;';

/**
 * Text content, escaped.
 *
 * @example text('A & B') // 'A &amp; B'
 */
export const text = (value: string): string => escapeHtml(value);

/**
 * A horizontal bar of segments, each a share (0 to 1) and a colour; the rest is grey.
 *
 * @example barHtml({ segments: [{ share: 0.6, colour: '#2f6fde' }] })
 */
export function barHtml(options: { segments: Array<{ share: number; colour: string }>; height?: number }): string {
	const height = options.height ?? 14;
	const cell = (percent: number, colour: string) =>
		`<td width="${percent}%" bgcolor="${colour}" style="width:${percent}%;background-color:${colour};height:${height}px;font-size:0;line-height:0;">&nbsp;</td>`;
	let used = 0;
	const cells: string[] = [];
	for (const segment of options.segments) {
		const percent = Math.round(Math.max(0, Math.min(1, segment.share)) * 100);
		if (percent <= 0 || used + percent > 100) continue;
		used += percent;
		cells.push(cell(percent, segment.colour));
	}
	if (used < 100) cells.push(cell(100 - used, COLOURS.line));
	return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr>${cells.join('')}</tr></table>`;
}

/**
 * A section with a heading and content, one row of the main table.
 *
 * @example sectionHtml({ title: 'Scores', body: '<p>…</p>' })
 */
export function sectionHtml(options: { title: string; body: string }): string {
	return `<tr><td style="padding:20px 24px 4px 24px;${FONT}"><h2 style="margin:0 0 10px 0;font-size:17px;line-height:22px;color:${COLOURS.text};${FONT}">${text(options.title)}</h2>${options.body}</td></tr>`;
}

/**
 * A data table with a header row; cells are given as HTML (escape text first).
 *
 * @example tableHtml({ header: ['Group', 'People'], rows: [['Sales', '12']] })
 */
export function tableHtml(options: { header: string[]; rows: string[][]; widths?: string[] }): string {
	const th = options.header
		.map(
			(cell, index) =>
				`<th align="left"${options.widths?.[index] ? ` width="${options.widths[index]}"` : ''} style="padding:6px 8px;border-bottom:2px solid ${COLOURS.line};font-size:12px;color:${COLOURS.muted};${FONT}">${text(cell)}</th>`,
		)
		.join('');
	const rows = options.rows
		.map(
			(row) =>
				`<tr>${row.map((cell) => `<td valign="middle" style="padding:6px 8px;border-bottom:1px solid ${COLOURS.line};font-size:13px;color:${COLOURS.text};${FONT}">${cell}</td>`).join('')}</tr>`,
		)
		.join('');
	return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr>${th}</tr>${rows}</table>`;
}

/**
 * A paragraph of muted small print (text is escaped).
 *
 * @example noteHtml('3 groups suppressed')
 */
export function noteHtml(note: string): string {
	return `<p style="margin:8px 0 0 0;font-size:12px;line-height:17px;color:${COLOURS.muted};${FONT}">${text(note)}</p>`;
}
