export const input = {};
