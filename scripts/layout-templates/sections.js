/**
 * The sections of each template, left to right: a title, one sentence on what the section
 * does, and its nodes. Every working node of a template belongs to exactly one section
 * (the layout script refuses a template that does not match).
 */
const FIND_DUE = ['Read Open Programs', 'Read Active Pairs', 'Pair with Program', 'Read Sent Log', 'Read Recent Claims', 'Due Reminders'];

/** The claim, send and report sections the Reminders and Surveys templates share (`claimExtra`: nodes after Keep Claimed). */
function deliverySections(claimExtra) {
	return [
		{
			title: 'Claim',
			does: 'Each message is claimed first, so two runs at the same moment never send the same one.',
			nodes: ['Claims in Postgres?', 'Claim in Postgres', 'Read Postgres Claims', 'Claim Reminders', 'Read Claims', 'Keep Claimed', ...claimExtra],
		},
		{
			title: 'Send, one at a time',
			does: 'Each message goes out on its channel with retries, and its outcome, sent or failed, is logged at once.',
			nodes: ['One Message at a Time', 'Route by Channel', 'Slack DM', 'Teams Chat', 'Email', 'Log Sent', 'Log Failed'],
		},
		{
			title: 'Tell the program manager',
			does: "What could not go out, was skipped or could not be read reaches each program's manager in one email.",
			nodes: ['Log Skipped', 'Really Lost?', 'For the Program Manager', 'Problem Line', 'Problems per Program', 'Each Program Manager', 'Email Program Manager'],
		},
	];
}

/**
 * The sections after a personal survey link is answered (Surveys, Session feedback, End of program):
 * check the link, score and store, alert once. `texts` words each for its own survey.
 */
function answerSections({ form, score, firstAlert, texts }) {
	// Each form has a Dutch twin (Dutch <form>) and one Set node after both (<form minus "Form"> Answers).
	const twins = [`Dutch ${form}`, form.replace(/Form$/, 'Answers')];
	return [
		{
			title: 'Check the answer',
			does: texts.check,
			nodes: [form, ...twins, 'Check Link', 'Read Pair', 'Still in the Pair?', 'Answer', 'Link Not Valid', 'Not in This Pair'],
		},
		{
			title: 'Score and store',
			does: texts.store,
			nodes: [score, 'Store Answer', 'Store Rejected Answer', 'Answer Not Saved'],
		},
		{
			title: texts.alertTitle,
			does: texts.alert,
			nodes: ['At Risk?', 'Alert Key', 'Alert Claims in Postgres?', 'Claim Alert in Postgres', 'Read Postgres Alert Claims', 'Claim Alert', 'Read Alert Claims', firstAlert, "Read Pair's Program", 'Alert Program Manager', 'Record Alert Failure', 'Thank You'],
		},
	];
}

const SECTIONS = {
	'mentorship-review-adjust.json': [
		{
			title: 'Open the run',
			does: "The review email's link opens the program's record and the run's proposals, if they still wait for review.",
			nodes: ['Review and Adjust', 'Read Program', 'Read Run Proposals', 'Anything to Adjust?', 'Nothing to Adjust'],
		},
		{
			title: 'Gather the program',
			does: "The enrolled participants, the program's earlier pairs and this run's proposals, read fresh before the page and again after it.",
			nodes: ['Read Roster', 'Roster as Submissions', 'Mentorship Intake', 'Read Pair History', 'Matcher Input', 'One Row per Item', 'Submitted?'],
		},
		{
			title: 'The adjust page',
			does: 'Proposals grouped by mentor, with score, reasons and the mentee\'s suggested mentors; her choices become adjustments.',
			nodes: ['Suggest Mentors', 'Page Pairs', 'Page Fields', 'Adjust Page', 'Adjustments'],
		},
		{
			title: 'Re-solve and record',
			does: 'Mentor Matcher applies what the rules allow and re-solves; the run keeps its id, every choice is audited, and she sees what changed.',
			nodes: ['Adjust Proposals', 'Store Adjusted Proposals', 'Record Adjustments', 'Retire Replaced Proposals', 'What Changed Text', 'Email What Changed', 'What Changed'],
		},
	],
	'mentorship-enrolment.json': [
		{
			title: 'Apply',
			does: "The link names the program (?program=ID); Mentorship Intake checks the answers against that open program's record and roster.",
			nodes: ['Application Form', 'Dutch Application Form', 'Application Answers', 'Program', 'Read Program', 'Program Open?', 'Not Open Text', 'Explain Program Not Open', 'Read Roster', 'Application', 'Mentorship Intake', 'Has Email?', 'Rejection Text', 'Explain Rejection'],
		},
		{
			title: 'Ask to confirm',
			does: 'The application waits apart from the roster until the applicant clicks the link sent to their own address.',
			nodes: ['Save Application', 'Confirmation Text', 'Ask to Confirm', 'Confirmed?', 'Mark Expired'],
		},
		{
			title: 'Give the place',
			does: 'The confirmation joins the roster and takes a place, or the next waitlist position, in the order confirmations arrived.',
			nodes: ['Read Application', 'Mark Application Confirmed', 'Add Confirmation to Roster', 'Confirmation as Submission', 'Read Program Roster', 'Decide Place'],
		},
		{
			title: 'Tell the applicant',
			does: "The roster row gets the place, a person's second row is removed, and the applicant hears the outcome.",
			nodes: ['Write Place to Roster', 'Second Row of Person?', 'Remove Second Row', 'Make Withdrawal Link', 'Place Text', 'Tell Applicant', 'Remove Refused Confirmation', 'Refusal Text', 'Explain Refusal'],
		},
	],
	'mentorship-matching.json': [
		{
			title: 'Start',
			does: 'The program manager asks for new proposals, or for the failed introductions to be retried.',
			nodes: ['Run Matching Now', 'Read Program', 'Program Known?', 'No Such Program', 'Retry Introductions?', 'Retire Unapproved Proposals'],
		},
		{
			title: 'Gather the program',
			does: "The enrolled participants, the HR system's org chart and the program's earlier pairs come together.",
			nodes: ['Read Picks', 'Read Roster', 'Roster as Submissions', 'HR System', 'Which HR System?', 'BambooHR Employees', 'One Item per Employee', 'Mentorship Intake', 'Rest of the Org Chart', 'As Org Chart Only', 'Read Pair History', 'Matcher Input'],
		},
		{
			title: 'Propose and review',
			does: "Mentor Matcher proposes this run's pairs and the program manager reviews them by email.",
			nodes: ['Mentor Matcher', 'New Pairs Only', 'Store Proposals', 'Ask for Approval', 'Approved?', 'Discard Proposals', 'Mark Run Approved', 'Read Approved Run'],
		},
		{
			title: 'Introduce, one pair at a time',
			does: 'Each approved pair is introduced on its channel and marked active at once; a failed introduction is recorded and reported.',
			nodes: [
				'Read Approved Pairs Not Introduced', 'Introduce Each Pair', 'Pair to Introduce', 'Make Goals Link', 'Introduce By',
				'Find Mentor on Slack', 'Find Mentee on Slack', 'Private Channel?', 'Create Pair Channel', 'Invite the Pair', 'Open Group DM', 'Post Introduction',
				'Read Approved Pairs Not Introduced', 'Introduce Each Pair', 'Read Mentor Languages', 'Read Mentee Languages', 'Pair to Introduce', 'Introduction Text', 'Introduce By',
				'Find Mentor on Slack', 'Find Mentee on Slack', 'Private Channel?', 'Create Pair Channel', 'Invite the Pair', 'Open Group DM', 'Slack Introduction Text', 'Post Introduction',
				'Create Teams Chat', 'Teams Introduction', 'Introduce by Email', 'Mark Active', 'Record Introduction Failure', 'Read Failed Introductions', 'Report Failed Introductions',
			],
		},
	],
	'mentorship-reminders.json': [
		{
			title: 'Find what is due',
			does: "The active pairs of every open program, and the active circles of every group program, each with its program's record, the sent log and recent claims tell Due Reminders what is due now and not yet delivered.",
			nodes: ['Every Hour', ...FIND_DUE, 'Group Programs', 'Read Active Circles', 'Circle with Program', 'Pairs and Circles'],
		},
		...deliverySections(['Make We Met Links', 'Make Not Yet Links', 'Make End Pair Links', 'Make Withdraw Links']),
	],
	'mentorship-places.json': [
		{
			title: 'Start',
			does: "Every morning freed places are offered in every open program; a person accepts a place or leaves a program through their private link, which names the program.",
			nodes: ['Every Morning', 'Read Open Programs', 'Accept Place Form', 'Withdraw Form'],
		},
		{
			title: 'Each open program',
			does: "One program at a time, with its own places and days to accept from its record, the free places are planned; the plans are collected for the next steps.",
			nodes: ['Each Program', 'Program', 'Read Roster for Offers', 'Offer Places', 'Offer of Program', 'Lapse of Program', 'Plan of Program'],
		},
		{
			title: 'Offer freed places',
			does: 'Each free place goes to the next person on its waitlist, with a personal accept link and a deadline; an offer not taken lapses and passes on.',
			nodes: ['Lapse?', 'Offer?', 'Mark Lapsed', 'Mark Offered', 'Make Accept Links', 'Make Withdraw Links', 'One Offer at a Time', 'Offer Text', 'Send Offer', 'Log Offer Sent', 'Log Offer Failed', 'Keep Offer for Retry'],
		},
		{
			title: 'Accept a place',
			does: 'An open offer is accepted by inserting a claim first; places go to claims in row order, so the limit always holds.',
			nodes: ['Check Acceptance Link', 'Check Withdrawal Link', 'Link Not Valid', "Read Link's Program", 'Program Open?', 'Closed Program Page Text', 'Program Not Open', 'Accepting?', 'Read Person', 'Acceptance Page Text', 'Offer Open?', 'Claim Place', 'Read Place Claims', 'Read Roster for Decision', 'Decide Acceptance', 'Write Place', 'Placed?', 'Place Confirmed', 'Place Taken', 'Offer Closed'],
		},
		{
			title: 'Withdraw',
			does: 'A person not in an active pair leaves the program; the place frees for the next offer run.',
			nodes: ['Read Person to Withdraw', 'Withdrawal Page Text', 'Read Active Pairs', 'Can Withdraw?', 'Mark Withdrawn', 'Withdrawn', 'Cannot Withdraw'],
		},
	],
	'mentorship-program-close.json': [
		{
			title: 'Close',
			does: "Every morning the open programs whose end (start + length) has come are found.",
			nodes: ['Every Morning', 'Read Open Programs', 'With Program End', 'Program Ended?'],
		},
		{
			title: 'Sum up',
			does: "One ended program at a time: its manager gets the KPI report of the whole cohort, then its record is closed, which stops every other template for it.",
			nodes: ['Each Program', 'Program', 'Read Participants', 'Read Pairs', 'Read Responses', 'Unpack Scores', 'Cohort KPIs', 'Email Summary', 'Mark Program Closed'],
		},
		{
			title: 'Complete the pairs',
			does: "Every active pair of the ended programs is completed, once: the update only touches pairs still active.",
			nodes: ['Read Active Pairs', 'Pair with Program', 'Close Program', 'Mark Completed'],
		},
		{
			title: 'Say goodbye',
			does: 'Each person gets a closing message with their own final survey link, each mentor a thank-you certificate, one at a time with retries, each outcome logged.',
			nodes: ['Closing Messages', 'One Message Each', 'Make Survey Links', 'One Message at a Time', 'Read Recipient Languages', 'Closing Text', 'Send Message', 'Log Sent', 'Log Failed', 'Keep Message for Retry'],
		},
	],
	'mentorship-email-retries.json': [
		{
			title: 'Find due emails',
			does: 'Every hour the emails the lifecycle templates could not send, and whose next attempt has come, are read.',
			nodes: ['Every Hour', 'Read Waiting Emails', 'Due Now?'],
		},
		{
			title: 'Send again',
			does: 'One at a time: a sent email is marked sent and never sent again; a refused one waits longer (2, 4, 8 hours).',
			nodes: ['One Email at a Time', 'Send Again', 'Mark Sent', 'Last Attempt?', 'Try Later'],
		},
		{
			title: 'Give up and tell',
			does: "After five attempts the email is marked failed and the program's manager is told once, with the message.",
			nodes: ['Give Up', "Read Email's Program", 'Tell Program Manager'],
		},
	],
	'mentorship-pair-changes.json': [
		{
			title: 'Start',
			does: 'A person ends their pair through the private link in their emails, or every morning the HR system is asked who has left.',
			nodes: ['End Pair Form', 'Every Morning', 'Read Open Programs'],
		},
		{
			title: 'Check the link',
			does: "The link must be genuine and unexpired, its program open (the link names it; its record gives the manager), and its person still in an active pair.",
			nodes: ['Check Link', "Read Link's Program", 'Program Open?', 'Closed Program Page Text', 'Program Not Open', 'Read Ender Languages', 'Pair Page Text', 'Read Pair', 'Still in the Pair?', 'End Pair', 'Link Not Valid'],
		},
		{
			title: 'Find leavers',
			does: "In every open program, active pairs with a member whose termination date has come end, as the HR system says; each program's manager is told.",
			nodes: ['Read Active Pairs', 'Personio or HiBob Employees', "End Leavers' Pairs"],
		},
		{
			title: 'End once',
			does: 'Only a pair still active is marked ended, so a replayed link or a second run changes nothing; the roster then frees the places and flags rematches.',
			nodes: ['Ending', 'Mark Ended', 'Ended Now?', 'Already Ended?', 'Not an Active Pair', 'What Follows', 'One Roster Row Each', 'Update Roster'],
		},
		{
			title: 'Tell, without blame',
			does: 'The other person and the program manager get one neutral email each, sent one at a time with retries; each outcome, sent or failed, goes to the sent log.',
			nodes: ['All Notices', 'One Notice Each', 'Make Withdraw Links', 'Add Withdrawal Line', 'One Notice at a Time', 'Send Notice', 'Log Notice Sent', 'Log Notice Failed', 'Keep Notice for Retry', 'From the Form?', 'Pair Ended'],
		},
	],
	'mentorship-surveys.json': [
		{
			title: 'Find what is due',
			does: "Every morning the survey invitations due now in every open program are found, each on its program's calendar.",
			nodes: ['Every Morning', ...FIND_DUE],
		},
		...deliverySections(['Make Check-In Links', 'Make End Pair Links', 'Make Withdraw Links']),
		...answerSections({
			form: 'Check-In Form',
			score: 'Score Check-In',
			firstAlert: 'First Alert of the Round',
			texts: {
				check: 'A check-in answer counts only with a valid personal link of someone still in the pair.',
				store: 'The answer is scored and stored once per person and round, a rejected one with its reason.',
				alertTitle: 'Alert once per round',
				alert: 'A pair at risk alerts the program manager at most once per round, and the person is thanked.',
			},
		}),
	],
	'mentorship-meeting-log.json': [
		{
			title: 'Check the link',
			does: 'A click counts only with a genuine We met or Not yet link.',
			nodes: ['Meeting Form', 'Check Link', 'Log Meeting', 'Link Not Valid'],
		},
		{
			title: 'Check the pair',
			does: 'Only someone still in the active pair the link names, in its program, can log its meetings.',
			nodes: ['Read Person Languages', 'Read Meeting Program', 'Meeting Page Text', 'Read Pair', 'Still in the Pair?', 'Not in This Pair'],
		},
		{
			title: 'Record once',
			does: 'Each person answers each session once; the same link again changes nothing.',
			nodes: ['Read Logged Meeting', 'Same Answer Logged?', 'Store Meeting'],
		},
		{
			title: 'Update the pair',
			does: 'The pair’s meeting count and last meeting are recounted from the log, and the person is thanked.',
			nodes: ['Read Pair Meetings', 'Count Meetings', 'Update Pair', 'Thank You'],
		},
	],
	'mentorship-goals.json': [
		{
			title: 'Check the link',
			does: "Only a genuine goals link from a pair's introduction opens the goals.",
			nodes: ['Goals Form', 'Check Link', 'Link Not Valid'],
		},
		{
			title: 'Check the pair',
			does: 'Only a pair that is still active, in the program the link names, can change its goals.',
			nodes: ['Read Pair', 'Still in the Pair?', 'Not in This Pair'],
		},
		{
			title: 'Store once',
			does: 'Typed goals replace the stored ones; the same goals again change nothing; too long or none is refused.',
			nodes: ['Confirm Goals', 'Goals Not Saved', 'Changed?', 'Store Goals', 'Goals Saved'],
		},
	],
	'mentorship-weekly-kpis.json': [
		{
			title: 'Read the program',
			does: "Every Monday, for each open program in turn: its record, participants, introduced pairs (and a group program's circles), answers and HR outcomes are read.",
			nodes: ['Every Monday', 'Read Open Programs', 'Each Program', 'Program', 'Read Participants', 'Read Pairs', 'Group Program?', 'Read Circles', 'Pairs and Circles', 'One Row per Pair or Circle', 'Read Responses', 'Unpack Scores', 'HR System', 'Which HR System?', 'BambooHR Report', 'One Item per Employee', 'Personio or HiBob Employees'],
		},
		{
			title: 'Report',
			does: 'Mentorship Survey computes the KPIs and the program manager gets the report with the per-pair CSV.',
			nodes: ['Program KPIs', 'Email Report'],
		},
	],
	'mentorship-buddy-program.json': [
		{
			title: 'Find new hires',
			does: 'New hires come from the HR system every weekday, or one at a time from the webhook.',
			nodes: ['Every Weekday', 'HR System', 'Which HR System?', 'BambooHR Employees', 'One Item per Employee', 'Personio or HiBob Employees', 'Starting Soon', 'As New Hires', 'New Hire Webhook', 'As New Hire'],
		},
		{
			title: 'Match buddies',
			does: 'Each new hire gets a volunteer buddy who joined earlier, never the same pair twice.',
			nodes: ['Read Buddy Program', 'Read Buddies', 'As Buddies', 'Read Buddy Pairs', 'Buddy Matcher Input', 'Match Buddies'],
		},
		{
			title: 'Introduce',
			does: 'Each pair is stored and introduced by email; a new hire without a buddy alerts the people team.',
			nodes: ['Store Buddy Pairs', 'Buddy Introduction Text', 'Introduce Buddy and New Hire', 'New Hires Only', 'No Buddy Found'],
		},
	],
	'mentorship-program-setup.json': [
		{
			title: 'Check the program',
			does: "Mentorship Program checks the form's answers and fills in the recommended design.",
			nodes: ['Program Setup Form', 'Check Program'],
		},
		{
			title: 'Save and tell',
			does: 'A valid program is saved under its ID and summarised to its manager; otherwise the program team hears what to fix.',
			nodes: ['Save Program', 'Send Summary', 'Explain Problems'],
		},
	],
	'mentorship-peer-coffee.json': [
		{
			title: 'Pair the pool',
			does: 'Every other Monday everyone in the coffee pool is paired anew, never with an earlier partner.',
			nodes: ['Every Other Monday', 'Read Coffee Program', 'Read Coffee Pool', 'As Peers', 'Read Coffee History', 'Coffee Input', 'Pair Peers'],
		},
		{
			title: 'Remember',
			does: 'Every pairing is stored, so the next round avoids it.',
			nodes: ['Pairings in Group', 'One Item per Pairing', 'Remember Pairings'],
		},
		{
			title: 'Introduce on Slack',
			does: 'Each group gets a Slack group DM with an introduction.',
			nodes: ['One Item per Member', 'Find on Slack', 'Slack ID per Group', 'Group Members', 'Open Group DM', 'Coffee Text', 'Post Coffee Intro'],
		},
	],
	'mentorship-group-circles.json': [
		{
			title: 'Form circles',
			does: "The group program's record is read; its enrolled participants fill the free seats of the active circles (whose members stay) and form new circles of one mentor and several mentees.",
			nodes: ['Form Circles Now', 'Read Program', 'Group Program?', 'No Such Group Program', 'Read Circles', 'Read Roster', 'Not in an Ended Circle', 'As Participants', 'Kept Circle Pairs', 'One Row per Kept Pair', 'Matcher Input', 'Mentor Matcher', 'Circles Report'],
		},
		{
			title: 'Remember',
			does: 'Each new circle is stored with its members and goes, one at a time, to its introduction; a topped-up circle is updated, newcomers join its Slack channel, and its members are told who joins.',
			nodes: ['Joins a Circle?', 'Add to Circle', 'One Top-Up at a Time', 'Slack Circle?', 'Newcomers to Find', 'One Item per Newcomer', 'Find Newcomer on Slack', 'Invite Newcomers', 'Store Newcomer Slack IDs', 'Welcome Newcomers', 'Record Welcome Failure', 'Store Circle', 'One Circle at a Time', 'Circle Text', 'Slack Circle Text', 'Introduce By'],
		},
		{
			title: 'Introduce on Slack',
			does: 'Every member is looked up; the circle gets one private channel with everyone found invited.',
			nodes: ['Members to Find', 'One Item per Member', 'Find Member on Slack', 'Slack ID of Member', 'Circle Slack IDs', 'Create Circle Channel', 'Invite the Circle', 'Post Circle Intro'],
		},
		{
			title: 'Introduce on Teams or by email',
			does: 'Or the circle gets one Teams group chat, or one email to all its members; the outcome is written on the circle.',
			nodes: ['Create Circle Chat', 'Circle Chat Intro', 'Email the Circle', 'Mark Introduced', 'Record Failure'],
		},
	],
	'mentorship-mentor-choice.json': [
		{
			title: 'Suggest',
			does: 'The enrolled mentees without a pair get their best-suited mentors, counting only free places.',
			nodes: ['Send Mentor Suggestions', 'Read Program', 'Program', 'Read Roster', 'Roster as Submissions', 'Mentorship Intake', 'Read Pair History', 'Matcher Input', 'Suggest Mentors'],
		},
		{
			title: 'Email each mentee',
			does: 'Each suggestion gets a signed "I\'d like this mentor" link; each mentee gets one email with their three.',
			nodes: ['One Item per Suggestion', 'Make Pick Links', 'Suggestion Text', 'Suggestion Line', 'One Email per Mentee', 'Make Withdraw Links', 'One Email at a Time', 'Mentee Email Text', 'Email Mentee', 'Sent', 'Not Sent'],
		},
		{
			title: 'Tell the program manager',
			does: 'Mentees without a suggestion and emails that could not be sent reach the program manager in one email.',
			nodes: ['Failed Only', 'For the Program Manager', 'Email Program Manager'],
		},
		{
			title: 'Record the choice',
			does: "A clicked link is checked, and the choice is stored once as a new row of `mentorship_picks`; the next matching run adds it to the mentee's nominations.",
			nodes: ['Pick Mentor', 'Check Link', 'Read Mentee Row', 'Read Choice Program', 'Read Chosen Mentor', 'Choice Page Text', 'Choice Still Open?', 'Choice', 'Read Earlier Picks', 'Already Chosen?', 'Save Choice', 'Choice Saved', 'Link Not Valid', 'Choice Closed'],
		},
	],
	'mentorship-session-feedback.json': [
		{
			title: 'Find what is due',
			does: "Every hour the feedback requests of sessions whose time has passed are found, in every open program, each on its program's calendar.",
			nodes: ['Every Hour', ...FIND_DUE],
		},
		...deliverySections(['Make Feedback Links', 'Make End Pair Links', 'Make Withdraw Links']),
		...answerSections({
			form: 'Session Feedback Form',
			score: 'Score Feedback',
			firstAlert: 'First Alert of the Session',
			texts: {
				check: 'Feedback counts only with a valid personal link of someone still in the pair.',
				store: 'The pulse is scored and stored once per person and session, a rejected one with its reason.',
				alertTitle: 'Alert once per session',
				alert: 'A session rated poorly alerts the program manager at most once per session, and the person is thanked.',
			},
		}),
	],
	'mentorship-end-of-program.json': [
		...answerSections({
			form: 'End-of-Program Form',
			score: 'Score Survey',
			firstAlert: 'First Alert of the Round',
			texts: {
				check: 'An answer counts only with a valid personal link of someone in the pair.',
				store: 'The survey is scored (mentoring functions, quality, goals, NPS) and stored once per person, a rejected one with its reason.',
				alertTitle: 'Alert once',
				alert: 'A pair at risk alerts the program manager at most once, and the person is thanked.',
			},
		}),
	],
};

module.exports = { SECTIONS };
