export const due = {};
