/**
 * The sentences circle members read that the Group circles template writes itself (the
 * email naming newcomers who join a circle), in one place with `{{placeholders}}`, ready
 * to move to the text catalogue (nodes/core/texts) with a Dutch version. Until then the
 * template's *Welcome Newcomers* node holds the same text; a template test checks that the
 * email it sends is this text filled in.
 */
export const CIRCLE_PARTICIPANT_TEXTS = {
	/** Subject of the email to a topped-up circle. */
	newcomersSubject: 'New members in your mentoring circle with {{mentorName}}',
	/** Body when one newcomer joins. */
	newcomerBodyOne:
		'Hello all,\n\n{{newcomers}} joins your mentoring circle with {{mentorName}}. Your sessions stay as planned, and the reminders now reach everyone. Reply to all to say welcome.\n\nThe mentoring program team',
	/** Body when several newcomers join ({{newcomers}}: their names joined with ", "). */
	newcomerBodyMany:
		'Hello all,\n\n{{newcomers}} join your mentoring circle with {{mentorName}}. Your sessions stay as planned, and the reminders now reach everyone. Reply to all to say welcome.\n\nThe mentoring program team',
} as const;
