export const caseload = {};
