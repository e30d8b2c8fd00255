export const corrections = {};
