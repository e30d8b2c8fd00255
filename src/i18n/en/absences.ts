export const absences = {};
