import type { Participant } from '../../types';
import type { ProgramContext } from '../context';
import { inReportingLine, markChain, stepsToCommonManager } from '../orgIndex';
import type { RuleName } from '../types';
import { RULES } from '../types';
import { FULL, levelFraction, levelGap, nominationFraction, orgDistanceFraction, shareFraction } from './fractions';
import type { TagQuery } from './tagBits';
import { MentorLists, siftDown, siftUp } from './candidateHeaps';
import { MentorBlocks } from './mentorBlocks';
import { SCAN_BLOCK, ScanBlocks } from './scanBlocks';
import { popcount, TagBits } from './tagBits';
import { circularDifference, workingOverlapMinutes } from './timeOverlap';

/** Tag field of a participant that the scorer indexes by inverted lists. */
type TagField = 'languages';

/** Candidates of one mentee: mentor positions and their points. */
export interface MenteeCandidates {
	mentors: number[];
	points: number[];
}

/** Rules that excluded mentors of one mentee, for the Unmatched reasons. */
export interface ExclusionCount {
	excludedBy: Record<RuleName, number>;
	/** Mentors allowed by every rule. */
	eligible: number;
	/** Of those, mentors at or above the minimum points. */
	aboveMinimum: number;
	/** Best points among the allowed mentors (-1 when none). */
	bestPoints: number;
}

const UNKNOWN = -1;

/**
 * Scores one mentee against every mentor fast enough for 100 million pairs: shared
 * tags are counted on bitsets, levels and time zones through per-profile tables,
 * exclusions, history and nominations through stamps, and the org distance (the only
 * walk) is computed only for pairs that could still enter the mentee's top list.
 * Every value comes from the same fraction functions as `evaluatePair`, the
 * reference it is tested against.
 *
 * @example
 * const scorer = new FastScorer(context);
 * scorer.prepare(0);
 * scorer.topCandidates(10, 0).mentors; // mentee 0's ten best allowed mentors
 */
export class FastScorer {
	private readonly m: number;
	private readonly postings: Record<TagField, Map<string, Int32Array>>;
	private readonly skillBits: TagBits;
	private readonly goalBits: TagBits;
	private readonly interestBits: TagBits;
	private readonly goalLen: Uint8Array;
	private readonly interestLen: Uint8Array;
	private readonly langLen: Uint8Array;
	private readonly dept: Int32Array;
	private readonly loc: Int32Array;
	private readonly levelIdx: Int32Array;
	private readonly levels: number[];
	private readonly tzIdx: Int32Array;
	private readonly offsets: number[];
	private readonly hire: Float64Array;
	private readonly mentorByRef = new Map<string, number>();
	private readonly excludedByMentor = new Map<string, number[]>();
	private readonly historyByMentee = new Map<string, number[]>();
	private readonly dictionary = new Map<string, number>();

	// Per-mentee state, set by `prepare`.
	private skillQuery: TagQuery = { offsets: new Int32Array(0), words: new Int32Array(0), masks: new Int32Array(0) };
	private goalQuery: TagQuery = this.skillQuery;
	private interestQuery: TagQuery = this.skillQuery;
	// Each mentee's tag queries, kept: exact mode loads the same mentees again every pricing round.
	private readonly queries: Array<[TagQuery, TagQuery, TagQuery, string, string, string] | undefined> = [];
	private readonly langCnt: Uint8Array;
	private readonly nomStamp: Int32Array;
	private readonly nomPoints: Float64Array;
	private readonly banStamp: Int32Array;
	private readonly banRule: Uint8Array;
	private levelPts = new Float64Array(0);
	private levelOk = new Uint8Array(0);
	private tzPts = new Float64Array(0);
	private tzOk = new Uint8Array(0);
	private stamp = 0;
	private tablesLoaded = false;
	private tablesLevel: number | undefined;
	private tablesOffset = Number.NaN;
	private orgStamp = 0;
	private currentMentee = 0;
	private menteeOrg = -1;
	private skillTable: Float64Array = new Float64Array(0);
	private menteeGoals = 0;
	private menteeInterests = 0;
	private menteeLangs = 0;
	private menteeDept = UNKNOWN;
	private menteeLoc = UNKNOWN;
	private menteeHire = Number.NaN;
	// Weights and switches copied into plain fields: the inner loop runs 100 million times.
	private readonly wGoals: number;
	private readonly wInterests: number;
	private readonly wLanguage: number;
	private readonly wDepartment: number;
	private readonly wLocation: number;
	private readonly tenurePoints: number;
	private readonly banSameDepartment: boolean;
	private readonly needLanguage: boolean;
	private readonly forbidManagers: boolean;
	private readonly mentorOrg: Int32Array;
	private readonly mentorLangStart: Int32Array;
	private readonly mentorLangs: Int32Array;
	private readonly langCode = new Map<string, number>();
	// Points of the criteria that depend only on the mentee's profile (level, zone,
	// department, site, languages) and on the mentor, with every profile-level rule
	// folded in as -Infinity; shared by all mentees of one profile.
	private readonly dense: Float64Array;
	private denseKey = '';
	// Blocks of neighbouring mentors with their bounds (see ScanBlocks): the best dense
	// points of each block for the loaded profile, the loaded mentee's bound per block,
	// and, after `topCandidates`, each block's best partial points (exact for the blocks
	// it scored, the bound for the others).
	private readonly scan: ScanBlocks;
	private readonly blockDense: Float64Array;
	private readonly blockBound: Float64Array;
	private readonly blockBest: Float64Array;
	// Lowest entry bar of the mentor lists in each block, and the visiting order buffers.
	private readonly blockEntry: Float64Array;
	// Among the block's members whose bar is the lowest, the highest mentee holding it (see MentorLists.entryMentee).
	private readonly blockEntryMentee: Int32Array;
	private readonly visit: Int32Array;
	private readonly blockBand: Uint16Array;
	private readonly waiting: Int32Array;
	private readonly bucketStart = new Int32Array(BUCKETS + 1);
	private nominatedNow: number[] = [];
	private goalKey = '';
	private interestKey = '';
	private skillKey = '';
	/** Original position of each mentor (ties go to the lower one), see `blockOrderedContext`. */
	readonly rank: Int32Array;
	private readonly shareTables = new Map<string, Float64Array>();
	// Goal and interest points of the loaded mentee per mentor class (see TagBits).
	private readonly goalClassPoints: Float64Array;
	private readonly interestClassPoints: Float64Array;
	private langStamp = -1;
	private readonly tableWidth: number;
	// Each mentor's best mentees seen by `topCandidates` (flat min-heaps, worst on top),
	// so that mentors nobody ranks first still get candidates.
	private mentorLists: MentorLists;
	/** Highest upper bound of any mentor's points seen by the last `topCandidates` (for pricing shortcuts). */
	lastBound = Number.NEGATIVE_INFINITY;

	/**
	 * @param rank original position of each mentor when the context's mentors were
	 * reordered (`blockOrderedContext`): ties go to the lower rank, and mentor lists
	 * come back by rank, so results do not depend on the order. Identity by default.
	 */
	constructor(private readonly context: ProgramContext, rank?: Int32Array) {
		const mentors = context.mentors;
		const m = mentors.length;
		this.m = m;
		this.rank = rank ?? Int32Array.from({ length: m }, (_, j) => j);
		const indexOf = (text: string | undefined) => {
			if (text === undefined) return UNKNOWN;
			let code = this.dictionary.get(text);
			if (code === undefined) {
				code = this.dictionary.size;
				this.dictionary.set(text, code);
			}
			return code;
		};
		this.postings = {
			languages: buildPostings(mentors, 'languages'),
		};
		this.skillBits = new TagBits(m, mentors.map((mentor) => mentor.skillsOffered));
		this.goalBits = new TagBits(m, mentors.map((mentor) => mentor.goals));
		this.interestBits = new TagBits(m, mentors.map((mentor) => mentor.interests));
		this.goalLen = Uint8Array.from(mentors, (mentor) => mentor.goals.length);
		this.interestLen = Uint8Array.from(mentors, (mentor) => mentor.interests.length);
		this.langLen = Uint8Array.from(mentors, (mentor) => mentor.languages.length);
		this.dept = Int32Array.from(mentors, (mentor) => indexOf(mentor.department === undefined ? undefined : `d:${mentor.department}`));
		this.loc = Int32Array.from(mentors, (mentor) => indexOf(mentor.location === undefined ? undefined : `l:${mentor.location}`));
		this.levels = [...new Set(mentors.flatMap((mentor) => (mentor.level === undefined ? [] : [mentor.level])))];
		const levelAt = new Map(this.levels.map((level, k) => [level, k]));
		// Unknown levels and zones use the slot after the known ones, whose table entry is neutral.
		this.levelIdx = Int32Array.from(mentors, (mentor) => (mentor.level === undefined ? this.levels.length : levelAt.get(mentor.level)!));
		this.offsets = [...new Set(Array.from(context.mentorOffset).filter((offset) => !Number.isNaN(offset)))];
		const offsetAt = new Map(this.offsets.map((offset, k) => [offset, k]));
		this.tzIdx = Int32Array.from(context.mentorOffset, (offset) => (Number.isNaN(offset) ? this.offsets.length : offsetAt.get(offset)!));
		this.hire = Float64Array.from(mentors, (mentor) => (mentor.hireDate === undefined ? Number.NaN : Date.parse(mentor.hireDate)));
		// In original order, so that an email shared by two mentors names the same one whatever the order.
		const byRank = Array.from({ length: m }, (_, j) => j).sort((a, b) => this.rank[a] - this.rank[b]);
		for (const j of byRank) {
			const mentor = mentors[j];
			this.mentorByRef.set(mentor.id, j);
			if (!this.mentorByRef.has(mentor.email)) this.mentorByRef.set(mentor.email, j);
			for (const ref of mentor.exclusions) push(this.excludedByMentor, ref, j);
		}
		const mentorById = new Map(mentors.map((mentor, j) => [mentor.id, j]));
		for (const key of context.history) {
			const [a, b] = key.split('\u0000');
			const ja = mentorById.get(a);
			const jb = mentorById.get(b);
			if (jb !== undefined) push(this.historyByMentee, a, jb);
			if (ja !== undefined) push(this.historyByMentee, b, ja);
		}
		const w = context.weights;
		this.wGoals = w.goals;
		this.wInterests = w.interests;
		this.wLanguage = w.language * FULL;
		this.wDepartment = w.department * FULL;
		this.wLocation = w.location * FULL;
		this.tenurePoints = context.kind === 'buddy' ? (w.level * FULL) / 2 : 0;
		this.banSameDepartment = context.rules.sameDepartment;
		this.needLanguage = context.rules.sharedLanguage;
		this.forbidManagers = context.rules.managerMentors === 'forbid';
		this.mentorOrg = context.mentorOrg;
		const langLists = mentors.map((mentor) => mentor.languages.map((language) => this.languageCode(language)));
		this.mentorLangStart = new Int32Array(m + 1);
		langLists.forEach((list, j) => (this.mentorLangStart[j + 1] = this.mentorLangStart[j] + list.length));
		this.mentorLangs = Int32Array.from(langLists.flat());
		this.tableWidth = 1 + Math.max(0, ...this.goalLen, ...this.interestLen);
		this.dense = new Float64Array(m);
		this.scan = new ScanBlocks({ mentorCount: m, skills: this.skillBits, goals: this.goalBits, interests: this.interestBits, rank: this.rank, hire: this.hire });
		this.blockDense = new Float64Array(this.scan.count);
		this.blockBound = new Float64Array(this.scan.count);
		this.blockBest = new Float64Array(this.scan.count);
		this.blockEntry = new Float64Array(this.scan.count);
		this.blockEntryMentee = new Int32Array(this.scan.count);
		this.visit = new Int32Array(this.scan.count);
		this.blockBand = new Uint16Array(this.scan.count);
		this.waiting = new Int32Array(this.scan.count);
		this.goalClassPoints = new Float64Array(this.goalBits.classCount);
		this.interestClassPoints = new Float64Array(this.interestBits.classCount);
		this.langCnt = new Uint8Array(m);
		this.nomStamp = new Int32Array(m);
		this.nomPoints = new Float64Array(m);
		this.banStamp = new Int32Array(m);
		this.banRule = new Uint8Array(m);
		this.mentorLists = new MentorLists(m, 0);
		this.blockEntry.fill(Number.POSITIVE_INFINITY);
	}

	/** Number of mentors. */
	get mentorCount(): number {
		return this.m;
	}

	/** Points the org distance can add at most (for bounds). */
	get orgMaxPoints(): number {
		return this.context.weights.orgDistance * FULL;
	}

	/**
	 * Whether the loaded mentee may be paired with mentor j as far as the per-mentee
	 * stamps say (not the same person, no exclusion or earlier pairing); profile rules
	 * are in `partialAt`, org rules in `orgPointsOrBan`.
	 *
	 * @example scorer.prepare(i); scorer.passesStampedRules(j) // false for an excluded mentor
	 */
	passesStampedRules(j: number): boolean {
		return this.banStamp[j] !== this.stamp && this.mentorOrg[j] !== this.menteeOrg;
	}

	/**
	 * Loads one mentee's tables. Every other method answers for the mentee loaded last.
	 *
	 * @example scorer.prepare(0); scorer.eligiblePoints(3); // points of mentee 0 with mentor 3, or -1
	 */
	prepare(i: number): void {
		this.load(i);
	}

	private load(i: number): void {
		const { context } = this;
		const mentee = context.mentees[i];
		const weights = context.weights;
		this.stamp++;
		let queries = this.queries[i];
		if (queries === undefined) {
			queries = [
				this.skillBits.query(mentee.skillsWanted),
				this.goalBits.query(mentee.goals),
				this.interestBits.query(mentee.interests),
				// The lists (sorted, repeats kept) determine the class points, so they key the block bounds.
				[...mentee.goals].sort().join('\u0000'),
				[...mentee.interests].sort().join('\u0000'),
				[...mentee.skillsWanted].sort().join('\u0000'),
			];
			this.queries[i] = queries;
		}
		[this.skillQuery, this.goalQuery, this.interestQuery, this.goalKey, this.interestKey, this.skillKey] = queries;
		const wanted = mentee.skillsWanted.length;
		this.skillTable = this.cachedTable(`s${wanted}`, () => Float64Array.from({ length: wanted + 1 }, (_, c) => weights.skills * shareFraction(c, wanted)));
		this.menteeGoals = mentee.goals.length;
		this.menteeInterests = mentee.interests.length;
		this.menteeLangs = mentee.languages.length;
		this.menteeDept = mentee.department === undefined ? UNKNOWN : this.dictionary.get(`d:${mentee.department}`) ?? -2;
		this.menteeLoc = mentee.location === undefined ? UNKNOWN : this.dictionary.get(`l:${mentee.location}`) ?? -2;
		this.menteeHire = mentee.hireDate === undefined ? Number.NaN : Date.parse(mentee.hireDate);

		const { kind, rules } = context;
		// Level and zone tables depend only on the mentee's level and offset, which the scan
		// order groups: rebuilt only when they change (saves four arrays per mentee).
		const own = context.menteeOffset[i];
		if (this.tablesLoaded && Object.is(this.tablesLevel, mentee.level) && Object.is(this.tablesOffset, own)) {
			this.loadRest(i);
			return;
		}
		this.tablesLoaded = true;
		this.tablesLevel = mentee.level;
		this.tablesOffset = own;
		const levelCount = this.levels.length;
		this.levelPts = new Float64Array(levelCount + 1);
		this.levelOk = new Uint8Array(levelCount + 1).fill(1);
		for (let k = 0; k < levelCount; k++) {
			this.levelPts[k] = weights.level * levelFraction({ kind, mentorLevel: this.levels[k], menteeLevel: mentee.level });
			const gap = levelGap(kind, this.levels[k], mentee.level);
			if (gap !== undefined && ((rules.minLevelGap !== undefined && gap < rules.minLevelGap) || (rules.maxLevelGap !== undefined && gap > rules.maxLevelGap))) {
				this.levelOk[k] = 0;
			}
		}
		const zoneCount = this.offsets.length;
		const day = context.workingDay;
		this.tzPts = new Float64Array(zoneCount + 1);
		this.tzOk = new Uint8Array(zoneCount + 1).fill(1);
		if (!Number.isNaN(own)) {
			for (let k = 0; k < zoneCount; k++) {
				this.tzPts[k] = weights.timezone * shareFraction(workingOverlapMinutes(this.offsets[k], own, day), day.dayEnd - day.dayStart);
				if (rules.maxTimezoneGapHours !== undefined && circularDifference(this.offsets[k], own) > rules.maxTimezoneGapHours * 60) this.tzOk[k] = 0;
			}
		}
		this.loadRest(i);
	}

	// The rest of `load`: nominations, bans, the org chain, dense points and class points.
	private loadRest(i: number): void {
		const { context } = this;
		const mentee = context.mentees[i];
		const weights = context.weights;
		const { rules } = context;
		const stamp = this.stamp;
		this.nominatedNow = [];
		mentee.nominations.forEach((ref, rank) => {
			const j = this.mentorByRef.get(ref);
			if (j === undefined || this.nomStamp[j] === stamp) return;
			this.nomStamp[j] = stamp;
			this.nominatedNow.push(j);
			this.nomPoints[j] = weights.nomination * nominationFraction(rank);
		});
		const ban = (j: number | undefined, rule: number) => {
			if (j === undefined || this.banStamp[j] === stamp && (this.banRule[j] & rule) !== 0) return;
			if (this.banStamp[j] !== stamp) this.banRule[j] = 0;
			this.banStamp[j] = stamp;
			this.banRule[j] |= rule;
		};
		if (rules.exclusions) {
			for (const ref of mentee.exclusions) ban(this.mentorByRef.get(ref), BAN_EXCLUSION);
			for (const j of this.excludedByMentor.get(mentee.id) ?? []) ban(j, BAN_EXCLUSION);
			if (mentee.email !== mentee.id) for (const j of this.excludedByMentor.get(mentee.email) ?? []) ban(j, BAN_EXCLUSION);
		}
		if (rules.history) for (const j of this.historyByMentee.get(mentee.id) ?? []) ban(j, BAN_HISTORY);
		this.menteeOrg = context.menteeOrg[i];
		this.currentMentee = i;
		this.orgStamp = context.org.nextStamp();
		markChain(context.org, this.menteeOrg, this.orgStamp);

		this.loadDense(i);
		const width = this.tableWidth;
		// Shared-tag points by (shared count, the mentor's list length), per mentor class.
		const goalTable = this.cachedTable(`g${this.menteeGoals}`, () => shareTable(this.wGoals, this.menteeGoals, width));
		const interestTable = this.cachedTable(`i${this.menteeInterests}`, () => shareTable(this.wInterests, this.menteeInterests, width));
		this.goalBits.classPoints(this.goalQuery, goalTable, width, this.goalClassPoints);
		this.interestBits.classPoints(this.interestQuery, interestTable, width, this.interestClassPoints);
	}

	/**
	 * The same points as `topCandidates` works out for mentor j, computed alone (same
	 * sums in the same order, so the same number to the last bit): every criterion but
	 * the org distance, -Infinity where a profile rule forbids the pair.
	 *
	 * @example scorer.prepare(i); scorer.partialAt(j) // e.g. 52000
	 */
	partialAt(j: number): number {
		const base = this.dense[j];
		if (base === Number.NEGATIVE_INFINITY) return base;
		const skills = this.skillBits.sharedCount(this.skillQuery, j);
		let sparse = this.skillTable[skills] + this.goalClassPoints[this.goalBits.classOf[j]] + this.interestClassPoints[this.interestBits.classOf[j]];
		if (this.nomStamp[j] === this.stamp) sparse += this.nomPoints[j];
		let points = base + sparse;
		if (this.tenurePoints > 0 && this.hire[j] < this.menteeHire) points += this.tenurePoints;
		return points;
	}

	/**
	 * Each scan block's best partial points (every criterion but the org distance) for
	 * the loaded mentee, as left by the last `topCandidates`: exact for the blocks it
	 * scored, an upper bound for those it skipped; read-only.
	 *
	 * @example scorer.prepare(i); scorer.topCandidates(10, 0); blocks.record(i, scorer.blockBestRow)
	 */
	get blockBestRow(): Float64Array {
		return this.blockBest;
	}

	/**
	 * Blocks of alike mentors (department, level, site, zone, goals) for bounding
	 * exact mode's pricing; fill them with `record` after each `prepare`.
	 *
	 * @example const blocks = scorer.mentorBlocks(context.mentees.length)
	 */
	mentorBlocks(menteeCount: number): MentorBlocks {
		// Whole scan blocks, more of them per block when the bounds would pass 8 million
		// numbers (64 MB): bigger programs get looser bounds rather than unbounded memory.
		const scanBlocks = Math.max(1, Math.ceil((menteeCount * this.m) / 8_000_000 / SCAN_BLOCK));
		return new MentorBlocks({ rank: this.rank, menteeCount, scanBlocks, scanBlockSize: SCAN_BLOCK });
	}

	// Tables depend only on the mentee's list lengths, so they are built once per length.
	private cachedTable(key: string, build: () => Float64Array): Float64Array {
		let table = this.shareTables.get(key);
		if (table === undefined) {
			table = build();
			this.shareTables.set(key, table);
		}
		return table;
	}

	/**
	 * The mentee's profile: everything the dense criteria and profile-level rules read.
	 * Mentees sharing it share one dense array.
	 */
	profileKey(i: number): string {
		const mentee = this.context.mentees[i];
		return `${mentee.level ?? ''}|${this.context.menteeOffset[i]}|${mentee.department ?? '\u0000'}|${mentee.location ?? '\u0000'}|${[...mentee.languages].sort().join(',')}`;
	}

	/**
	 * Mentee indices grouped by profile (then by index), the order in which scanning
	 * reuses the most work. The result does not depend on the order of scanning.
	 *
	 * @example for (const i of scorer.scanOrder()) { scorer.prepare(i); ... }
	 */
	scanOrder(): number[] {
		const keys = this.context.mentees.map((_, i) => this.profileKey(i));
		return keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
	}

	private languageCode(language: string): number {
		let code = this.langCode.get(language);
		if (code === undefined) {
			code = this.langCode.size;
			this.langCode.set(language, code);
		}
		return code;
	}

	private loadDense(i: number): void {
		const mentee = this.context.mentees[i];
		const key = this.profileKey(i);
		if (key === this.denseKey) return;
		this.denseKey = key;
		const own = mentee.languages.map((language) => this.langCode.get(language) ?? -1).filter((code) => code >= 0);
		const free = this.context.freePlaces;
		const manages = this.context.mentorManages;
		for (let j = 0; j < this.m; j++) {
			const lvl = this.levelIdx[j];
			const tz = this.tzIdx[j];
			const dept = this.dept[j];
			let shared = false;
			for (let k = this.mentorLangStart[j]; k < this.mentorLangStart[j + 1] && !shared; k++) shared = own.includes(this.mentorLangs[k]);
			if (
				free[j] === 0 ||
				(this.forbidManagers && manages[j] === 1) ||
				this.levelOk[lvl] === 0 ||
				this.tzOk[tz] === 0 ||
				(this.banSameDepartment && dept !== UNKNOWN && dept === this.menteeDept) ||
				(this.needLanguage && !shared && this.langLen[j] > 0 && this.menteeLangs > 0)
			) {
				this.dense[j] = Number.NEGATIVE_INFINITY;
				continue;
			}
			let points = this.levelPts[lvl] + this.tzPts[tz];
			if (dept !== UNKNOWN && this.menteeDept !== UNKNOWN && dept !== this.menteeDept) points += this.wDepartment;
			if (shared) points += this.wLanguage;
			if (this.loc[j] !== UNKNOWN && this.loc[j] === this.menteeLoc) points += this.wLocation;
			this.dense[j] = points;
		}
		const blockDense = this.blockDense;
		for (let g = 0; g < blockDense.length; g++) {
			let best = Number.NEGATIVE_INFINITY;
			for (let j = g * SCAN_BLOCK; j < Math.min(this.m, (g + 1) * SCAN_BLOCK); j++) if (this.dense[j] > best) best = this.dense[j];
			blockDense[g] = best;
		}
	}

	// Language counts are needed only by the plain (per-pair) methods; the scan uses the dense array.
	private ensureLanguageCounts(): void {
		if (this.langStamp === this.stamp) return;
		this.langStamp = this.stamp;
		this.langCnt.fill(0);
		count(this.postings.languages, this.context.mentees[this.currentMentee].languages, this.langCnt, () => {});
	}

	/** Points of the loaded mentee with mentor j, every criterion but the org distance. */
	partialPoints(j: number): number {
		this.ensureLanguageCounts();
		let points = this.skillTable[this.skillBits.sharedCount(this.skillQuery, j)] + this.levelPts[this.levelIdx[j]] + this.tzPts[this.tzIdx[j]];
		const goals = this.goalBits.sharedCount(this.goalQuery, j);
		if (goals > 0) points += this.wGoals * shareFraction(goals, Math.min(this.menteeGoals, this.goalLen[j]));
		const interests = this.interestBits.sharedCount(this.interestQuery, j);
		if (interests > 0) points += this.wInterests * shareFraction(interests, Math.min(this.menteeInterests, this.interestLen[j]));
		if (this.langCnt[j] > 0) points += this.wLanguage;
		const dept = this.dept[j];
		if (dept !== UNKNOWN && this.menteeDept !== UNKNOWN && dept !== this.menteeDept) points += this.wDepartment;
		if (this.loc[j] !== UNKNOWN && this.loc[j] === this.menteeLoc) points += this.wLocation;
		if (this.hire[j] < this.menteeHire) points += this.tenurePoints;
		if (this.nomStamp[j] === this.stamp) points += this.nomPoints[j];
		return points;
	}

	/** Whether mentor j passes the rules that need no org walk. */
	cheapRulesPass(j: number): boolean {
		this.ensureLanguageCounts();
		if (this.mentorOrg[j] === this.menteeOrg || this.banStamp[j] === this.stamp) return false;
		if (this.levelOk[this.levelIdx[j]] === 0 || this.tzOk[this.tzIdx[j]] === 0) return false;
		if (this.banSameDepartment && this.dept[j] !== UNKNOWN && this.dept[j] === this.menteeDept) return false;
		if (this.needLanguage && this.langCnt[j] === 0 && this.langLen[j] > 0 && this.menteeLangs > 0) return false;
		if (this.forbidManagers && this.context.mentorManages[j] === 1) return false;
		return true;
	}

	/**
	 * Org-distance points of mentor j, or -1 when the org rules (reporting line,
	 * managers far from their mentees) forbid the pair.
	 */
	orgPointsOrBan(j: number): number {
		const org = this.context.org;
		const mentorOrg = this.mentorOrg[j];
		const steps = stepsToCommonManager(org, mentorOrg, this.orgStamp);
		const rules = this.context.rules;
		if (rules.reportingLine && steps !== undefined && (org.markStamp[mentorOrg] === this.orgStamp || inReportingLine(org, mentorOrg, this.menteeOrg))) {
			return -1;
		}
		const distance = steps === undefined ? undefined : steps.up + steps.down;
		if (rules.managerMentors === 'farOnly' && this.context.mentorManages[j] === 1 && distance !== undefined && distance < rules.managerMinDistance) {
			return -1;
		}
		return this.context.weights.orgDistance * orgDistanceFraction(distance);
	}

	/**
	 * Full points of mentor j with the loaded mentee when every rule allows the pair,
	 * else -1.
	 *
	 * @example scorer.prepare(i); scorer.eligiblePoints(j) // e.g. 640000, or -1
	 */
	eligiblePoints(j: number): number {
		if (!this.cheapRulesPass(j)) return -1;
		const org = this.orgPointsOrBan(j);
		return org < 0 ? -1 : this.partialPoints(j) + org;
	}

	/**
	 * Makes `topCandidates` also keep each mentor's best `k` mentees (ties to the lower
	 * mentee index, so the lists do not depend on scanning order).
	 *
	 * @example scorer.keepMentorCandidates(5)
	 */
	keepMentorCandidates(k: number): void {
		this.mentorLists = new MentorLists(this.m, k);
		this.blockEntry.fill(k === 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY);
	}

	/**
	 * Each mentor's best mentees found by `topCandidates` since `keepMentorCandidates`,
	 * by the mentor's rank (original position).
	 *
	 * @example scorer.mentorCandidates()[j].mentees
	 */
	mentorCandidates(): Array<{ mentees: number[]; points: number[] }> {
		const lists = this.mentorLists.lists();
		const byRank: Array<{ mentees: number[]; points: number[] }> = new Array(this.m);
		lists.forEach((list, j) => (byRank[this.rank[j]] = list));
		return byRank;
	}

	/**
	 * The loaded mentee's best `k` allowed mentors at or above `minPoints`, plus every
	 * allowed nominated mentor, as ranks (original positions). Ties go to the lower rank.
	 *
	 * Blocks of alike mentors are visited best bound first, and a block is scored only
	 * when its bound (best dense points, the skills of the block's union, its best goal
	 * and interest classes, tenure, the most org points) could still enter the mentee's
	 * list or some member's own list; within a block, pairs whose bound cannot enter
	 * are dropped before the org walk. A skipped block or pair provably could not have
	 * entered either list (all points are whole numbers, so comparisons are exact), so
	 * the result is the same as scoring every pair.
	 *
	 * @example scorer.prepare(i); scorer.topCandidates(10, 0)
	 */
	topCandidates(k: number, minPoints: number): MenteeCandidates {
		const heapJ = new Int32Array(k);
		const heapP = new Float64Array(k);
		let size = 0;
		const nominated: number[] = [];
		const nominatedPoints: number[] = [];
		const orgMax = this.orgMaxPoints;
		const mentorLists = this.mentorLists;
		const mentorMin = mentorLists.entry;
		const mentee = this.currentMentee;
		const { rank, blockBound, blockBest, blockEntry, blockEntryMentee } = this;
		const mentorMentee = mentorLists.entryMentee;
		const scanCount = this.scan.count;

		// Nominated mentors first, alone: they are always kept when allowed, and the
		// block bounds below leave their nomination points out.
		for (const j of this.nominatedNow) {
			const partial = this.partialAt(j);
			const points = partial === Number.NEGATIVE_INFINITY || !this.passesStampedRules(j) ? -1 : this.orgPointsOrBan(j);
			if (points < 0 || partial + points < minPoints) continue;
			this.offerToMentor(j, mentee, partial + points);
			nominated.push(rank[j]);
			nominatedPoints.push(partial + points);
		}

		this.lastBound = this.boundBlocks() + orgMax;
		const visit = this.orderBlocks();

		// Locals, because the loop below runs for every pair and calls out (org walk) in between.
		const { nomStamp, nomPoints, banStamp, mentorOrg, menteeOrg, m, dense, hire, stamp } = this;
		const skillTable = this.skillTable;
		const goalPoints = this.goalClassPoints;
		const interestPoints = this.interestClassPoints;
		const goalClass = this.goalBits.classOf;
		const interestClass = this.interestBits.classOf;
		const tenure = this.tenurePoints;
		const menteeHire = this.menteeHire;
		const skillBits = this.skillBits.bits;
		const { offsets, masks } = this.skillQuery;
		// The first two words of the mentee's skills are unrolled (a missing one reads word 0
		// with an empty mask): inner loops over one or two entries cost more than the rest.
		const offset0 = offsets.length > 0 ? offsets[0] : 0;
		const mask0 = offsets.length > 0 ? masks[0] : 0;
		const offset1 = offsets.length > 1 ? offsets[1] : 0;
		const mask1 = offsets.length > 1 ? masks[1] : 0;
		const more = offsets.length > 2;
		// A local alias, so each call is not a property load on the module object.
		const bitCount = popcount;
		const minRank = this.scan.minRank;
		// Blocks that could only tie with the list's worst entry wait (marked with the mentee's
		// stamp) for a second pass in order of their lowest rank, which soon stops: scanned
		// first, they made up most of the work on flat-score programs.
		const byRank = this.scan.byMinRank;
		const waiting = this.waiting;
		let waitingCount = 0;
		let secondPass = false;
		for (let t = 0; ; t++) {
			if (t === scanCount) {
				if (secondPass || waitingCount === 0) break;
				secondPass = true;
				t = -1;
				continue;
			}
			const g = secondPass ? byRank[t] : visit[t];
			const blockTop = blockBound[g] + orgMax;
			if (secondPass) {
				// Lowest ranks come first, and a block needs one below the worst entry's.
				if (minRank[g] >= heapJ[0]) break;
				if (waiting[g] !== stamp) continue;
				if (blockTop !== heapP[0]) continue;
			} else {
				if (!(blockTop >= minPoints)) continue;
				const forMentee = size < k || blockTop > heapP[0] || (blockTop === heapP[0] && minRank[g] < heapJ[0]);
				// Whether some member's own list could take the pair (equal points with a lower mentee).
				const forList = blockTop > blockEntry[g] || (blockTop === blockEntry[g] && mentee < blockEntryMentee[g]);
				if (!forMentee && !forList) continue;
				if (size === k && blockTop === heapP[0] && !forList) {
					waiting[g] = stamp;
					waitingCount++;
					continue;
				}
			}
			let best = Number.NEGATIVE_INFINITY;
			const end = Math.min(m, (g + 1) * SCAN_BLOCK);
			for (let j = g * SCAN_BLOCK; j < end; j++) {
				let partial = dense[j];
				if (partial === Number.NEGATIVE_INFINITY) continue;
				let skills = bitCount(skillBits[offset0 + j] & mask0) + bitCount(skillBits[offset1 + j] & mask1);
				if (more) for (let w = 2; w < offsets.length; w++) skills += bitCount(skillBits[offsets[w] + j] & masks[w]);
				partial += skillTable[skills] + goalPoints[goalClass[j]] + interestPoints[interestClass[j]];
				if (tenure > 0 && hire[j] < menteeHire) partial += tenure;
				// Nominated mentors were scored above, with their nomination points.
				if (nomStamp[j] === stamp) {
					if (partial + nomPoints[j] > best) best = partial + nomPoints[j];
					continue;
				}
				if (partial > best) best = partial;
				const bound = partial + orgMax;
				if (!(bound >= minPoints)) continue;
				const r = rank[j];
				if (size === k && (bound < heapP[0] || (bound === heapP[0] && r > heapJ[0])) && (bound < mentorMin[j] || (bound === mentorMin[j] && mentee > mentorMentee[j]))) continue;
				if (banStamp[j] === stamp || mentorOrg[j] === menteeOrg) continue;
				const org = this.orgPointsOrBan(j);
				if (org < 0) continue;
				const points = partial + org;
				if (points < minPoints) continue;
				this.offerToMentor(j, mentee, points);
				if (size < k) {
					heapJ[size] = r;
					heapP[size] = points;
					siftUp(heapJ, heapP, size++);
				} else if (points > heapP[0] || (points === heapP[0] && r < heapJ[0])) {
					heapJ[0] = r;
					heapP[0] = points;
					siftDown(heapJ, heapP, size);
				}
			}
			blockBest[g] = best;
		}
		const mentors = nominated;
		const points = nominatedPoints;
		for (let t = 0; t < size; t++) {
			mentors.push(heapJ[t]);
			points.push(heapP[t]);
		}
		return { mentors, points };
	}

	// Offers the pair to mentor j's own list, keeping the block's lowest entry bar current.
	private offerToMentor(j: number, mentee: number, points: number): void {
		if (!this.mentorLists.offer(j, mentee, points)) return;
		const { entry, entryMentee } = this.mentorLists;
		const g = (j / SCAN_BLOCK) | 0;
		let low = Number.POSITIVE_INFINITY;
		let holder = -1;
		for (let q = g * SCAN_BLOCK; q < Math.min(this.m, (g + 1) * SCAN_BLOCK); q++) {
			if (entry[q] < low) {
				low = entry[q];
				holder = entryMentee[q];
			} else if (entry[q] === low && entryMentee[q] > holder) holder = entryMentee[q];
		}
		this.blockEntry[g] = low;
		this.blockEntryMentee[g] = holder;
	}

	/**
	 * Fills `blockBound` (and `blockBest`, until a block is scored) with the loaded
	 * mentee's upper bound of the partial points (every criterion but the org distance
	 * and nominations) of each block; returns the highest, nominated mentors included.
	 */
	private boundBlocks(): number {
		const { blockDense, blockBound, blockBest, skillTable, tenurePoints, menteeHire } = this;
		const scan = this.scan;
		const count = scan.count;
		const goalMax = scan.goalBound(`${this.menteeGoals}|${this.goalKey}`, this.goalClassPoints);
		const interestMax = scan.interestBound(`${this.menteeInterests}|${this.interestKey}`, this.interestClassPoints);
		const skillMax = scan.skillBound(this.skillKey, this.skillQuery, skillTable);
		const earliest = scan.earliestHire;
		const { blockBand, bucketStart } = this;
		bucketStart.fill(0);
		// Bands of the largest possible points, best first; blocks no rule allows go last.
		const perBand = (BUCKETS - 1) / (this.context.maxPoints + 1);
		let highest = Number.NEGATIVE_INFINITY;
		for (let g = 0; g < count; g++) {
			let bound = blockDense[g];
			let band = BUCKETS - 1;
			if (bound !== Number.NEGATIVE_INFINITY) {
				bound += skillMax[g] + goalMax[g] + interestMax[g];
				if (tenurePoints > 0 && earliest[g] < menteeHire) bound += tenurePoints;
				if (bound > highest) highest = bound;
				band = BUCKETS - 1 - Math.min(BUCKETS - 1, Math.max(0, Math.floor(bound * perBand)));
			}
			blockBand[g] = band;
			bucketStart[band + 1]++;
			blockBound[g] = bound;
			blockBest[g] = bound;
		}
		// A nominated mentor's own points (nomination included) can pass its block's bound.
		for (const j of this.nominatedNow) {
			const partial = this.partialAt(j);
			const g = (j / SCAN_BLOCK) | 0;
			if (partial > blockBest[g]) blockBest[g] = partial;
			if (partial > highest) highest = partial;
		}
		return highest;
	}

	/**
	 * Block numbers by the bands `boundBlocks` put them in, best first (a counting sort:
	 * within a band, in block order).
	 */
	private orderBlocks(): Int32Array {
		const { blockBand, visit, bucketStart } = this;
		const count = this.scan.count;
		for (let b = 0; b < BUCKETS; b++) bucketStart[b + 1] += bucketStart[b];
		for (let g = 0; g < count; g++) visit[bucketStart[blockBand[g]]++] = g;
		return visit;
	}

	/**
	 * Checks every mentor against every rule (not stopping at the first) for the
	 * loaded mentee, to say which rule kept an unmatched mentee from a mentor.
	 *
	 * @example scorer.prepare(i); scorer.countExclusions(0).excludedBy.sameDepartment
	 */
	countExclusions(minPoints: number): ExclusionCount {
		const excludedBy = Object.fromEntries(RULES.map((rule) => [rule, 0])) as Record<RuleName, number>;
		let eligible = 0;
		let aboveMinimum = 0;
		let bestPoints = -1;
		for (let j = 0; j < this.m; j++) {
			const broken = this.brokenRules(j);
			for (const rule of broken) excludedBy[rule]++;
			if (broken.length > 0) continue;
			eligible++;
			const points = this.partialPoints(j) + this.orgPointsOrBan(j);
			if (points >= minPoints) aboveMinimum++;
			bestPoints = Math.max(bestPoints, points);
		}
		return { excludedBy, eligible, aboveMinimum, bestPoints };
	}

	private brokenRules(j: number): RuleName[] {
		this.ensureLanguageCounts();
		const { rules } = this.context;
		const broken: RuleName[] = [];
		if (this.context.mentorOrg[j] === this.menteeOrg) broken.push('self');
		const org = this.context.org;
		const steps = stepsToCommonManager(org, this.mentorOrg[j], this.orgStamp);
		if (rules.reportingLine && steps !== undefined && inReportingLine(org, this.mentorOrg[j], this.menteeOrg)) {
			broken.push('reportingLine');
		}
		if (rules.sameDepartment && this.dept[j] !== UNKNOWN && this.dept[j] === this.menteeDept) broken.push('sameDepartment');
		if (this.levelOk[this.levelIdx[j]] === 0) broken.push('levelGap');
		if (rules.sharedLanguage && this.langCnt[j] === 0 && this.langLen[j] > 0 && this.menteeLangs > 0) broken.push('sharedLanguage');
		if (this.tzOk[this.tzIdx[j]] === 0) broken.push('timezoneGap');
		if (this.banStamp[j] === this.stamp && (this.banRule[j] & BAN_EXCLUSION) !== 0) broken.push('exclusions');
		if (this.banStamp[j] === this.stamp && (this.banRule[j] & BAN_HISTORY) !== 0) broken.push('history');
		if (rules.managerMentors !== 'allow' && this.context.mentorManages[j] === 1) {
			const distance = steps === undefined ? undefined : steps.up + steps.down;
			if (rules.managerMentors === 'forbid' || (distance !== undefined && distance < rules.managerMinDistance)) broken.push('managerMentors');
		}
		return broken;
	}
}

const BAN_EXCLUSION = 1;
// Bands of the block bound for visiting blocks best first; finer bands cost a longer count.
const BUCKETS = 512;
const BAN_HISTORY = 2;

function push(map: Map<string, number[]>, key: string, value: number) {
	const list = map.get(key);
	if (list === undefined) map.set(key, [value]);
	else list.push(value);
}

function buildPostings(mentors: readonly Participant[], field: TagField): Map<string, Int32Array> {
	const lists = new Map<string, number[]>();
	mentors.forEach((mentor, j) => {
		for (const tag of mentor[field]) push(lists, tag, j);
	});
	return new Map([...lists].map(([tag, list]) => [tag, Int32Array.from(list)]));
}

// Points of `shared` tags when the mentee has `own` and the mentor `theirs`: weight × shared / min(own, theirs).
function shareTable(weight: number, own: number, width: number): Float64Array {
	const table = new Float64Array((own + 1) * width);
	for (let shared = 1; shared <= own; shared++) {
		for (let theirs = 1; theirs < width; theirs++) table[shared * width + theirs] = weight * shareFraction(shared, Math.min(own, theirs));
	}
	return table;
}

function count(postings: Map<string, Int32Array>, tags: readonly string[], counts: Uint8Array, touch: (j: number) => void) {
	for (const tag of tags) {
		const list = postings.get(tag);
		if (list === undefined) continue;
		for (let t = 0; t < list.length; t++) {
			counts[list[t]]++;
			touch(list[t]);
		}
	}
}
