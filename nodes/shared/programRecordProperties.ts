import type { INodeProperties } from 'n8n-workflow';

/**
 * "Settings From" and "Program Record", the same on every node that a program record can
 * configure: one workflow then serves any number of programs, each reading its own row of
 * mentorship_programs. `show` limits both to the node's operations that use them.
 */
export function programRecordProperties(options: {
	show?: Record<string, string[]>;
	/** The expression the description suggests, e.g. reading a Data Table node named Read Program. */
	example: string;
	fromRecord: string;
}): INodeProperties[] {
	return [
		{
			displayName: 'Settings From',
			name: 'settingsSource',
			type: 'options',
			default: 'parameters',
			displayOptions: options.show ? { show: options.show } : undefined,
			options: [
				{ name: 'This Node', value: 'parameters', description: 'Set the program here, on this node' },
				{ name: 'Program Record', value: 'programRecord', description: "Read the program's settings from its row of mentorship_programs" },
			],
			description: `Where the program's settings come from. With a program record, ${options.fromRecord} come from the record, so one workflow serves every program.`,
		},
		{
			displayName: 'Program Record',
			name: 'programRecord',
			type: 'json',
			default: '',
			displayOptions: { show: { ...(options.show ?? {}), settingsSource: ['programRecord'] } },
			description:
				`The program's row of mentorship_programs (as made by the Program Setup template), as an expression such as ${options.example}. A record that cannot be read stops the node with every field named.`,
		},
	];
}

/** Adds "only when the settings come from this node" to a parameter's display options. */
export function fromThisNode(property: INodeProperties): INodeProperties {
	const show = property.displayOptions?.show ?? {};
	return { ...property, displayOptions: { ...property.displayOptions, show: { ...show, settingsSource: ['parameters'] } } };
}
