export { StyleChecker, checkPlainText, dayPart } from './check';
export { toToneStyle, toneStyleOf, type ToneStyle } from './tone';
export * from './types';
