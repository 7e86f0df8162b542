export * from './classCodes.js';
export * from './classTitles.js';
