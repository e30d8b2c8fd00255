export const weekdays = {};
