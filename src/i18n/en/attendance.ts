export const attendance = {};
