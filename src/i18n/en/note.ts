export const note = {};
