export const undo = {};
