export * from './classCodes.js';
export * from './classSchemas.js';
export * from './classTitles.js';
