export const exporting = {};
