export const applicant = {};
