export const purge = {};
