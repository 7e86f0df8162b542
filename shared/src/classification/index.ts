export * from './classCodes.js';
export * from './classification.js';
