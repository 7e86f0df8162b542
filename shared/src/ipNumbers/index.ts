export * from './ipNumbers.js';
export * from './legalStatus.js';
