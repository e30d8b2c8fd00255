export const enrol = {};
