/*
 * Every participant-facing text, in one place per language. Add an area: write
 * en/<area>.ts, then nl/<area>.ts typed `Record<keyof typeof english, string>` (the compiler
 * then refuses a Dutch area with a key missing or extra), then one line in each object below.
 */
import { buddy as enBuddy } from './en/buddy';
import { choice as enChoice } from './en/choice';
import { circles as enCircles } from './en/circles';
import { coffee as enCoffee } from './en/coffee';
import { enrolment as enEnrolment } from './en/enrolment';
import { introductions as enIntroductions } from './en/introductions';
import { lifecycle as enLifecycle } from './en/lifecycle';
import { pages as enPages } from './en/pages';
import { review as enReview } from './en/review';
import { forms as enForms } from './en/forms';
import { surveys as enSurveys } from './en/surveys';
import { kpi as enKpi } from './en/kpi';
import type { TextLanguage } from './language';
import { buddy as nlBuddy } from './nl/buddy';
import { choice as nlChoice } from './nl/choice';
import { circles as nlCircles } from './nl/circles';
import { coffee as nlCoffee } from './nl/coffee';
import { enrolment as nlEnrolment } from './nl/enrolment';
import { introductions as nlIntroductions } from './nl/introductions';
import { lifecycle as nlLifecycle } from './nl/lifecycle';
import { pages as nlPages } from './nl/pages';
import { review as nlReview } from './nl/review';
import { forms as nlForms } from './nl/forms';
import { surveys as nlSurveys } from './nl/surveys';
import { kpi as nlKpi } from './nl/kpi';

const english = {
	introductions: enIntroductions,
	enrolment: enEnrolment,
	buddy: enBuddy,
	coffee: enCoffee,
	circles: enCircles,
	lifecycle: enLifecycle,
	pages: enPages,
	choice: enChoice,
	review: enReview,
	forms: enForms,
	surveys: enSurveys,
	kpi: enKpi,
};

/** An area of the catalogue: the texts of one template or theme. */
export type TextArea = keyof typeof english;

/** A text of an area. */
export type TextKey<A extends TextArea> = keyof (typeof english)[A] & string;

type Catalogue = { [A in TextArea]: Record<TextKey<A>, string> };

const dutch: Catalogue = {
	introductions: nlIntroductions,
	enrolment: nlEnrolment,
	buddy: nlBuddy,
	coffee: nlCoffee,
	circles: nlCircles,
	lifecycle: nlLifecycle,
	pages: nlPages,
	choice: nlChoice,
	review: nlReview,
	forms: nlForms,
	surveys: nlSurveys,
	kpi: nlKpi,
};

/** The catalogue: language, area, key, text with `{{placeholders}}`. */
export const TEXT_CATALOG: Readonly<Record<TextLanguage, Catalogue>> = { en: english, nl: dutch };

/** The areas, in the catalogue's order. */
export const TEXT_AREAS = Object.keys(english) as TextArea[];

/**
 * The keys of one area.
 *
 * @example textKeys('coffee') // ['slackMessage']
 */
export function textKeys<A extends TextArea>(area: A): Array<TextKey<A>> {
	return Object.keys(english[area]) as Array<TextKey<A>>;
}
