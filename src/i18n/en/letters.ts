export const letters = {};
