export const participant = {};
