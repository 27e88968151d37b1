export type { TextArea, TextKey } from './catalog';
export { TEXT_AREAS, TEXT_CATALOG, textKeys } from './catalog';
export type { TextLanguage } from './language';
export { chooseLanguage, TEXT_LANGUAGES } from './language';
export type { Placeholder, RenderTextOptions, TextValues } from './render';
export { fillText, placeholdersOf, renderText } from './render';
