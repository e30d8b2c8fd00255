export const input = {
  /** Free text typed by a user (src/cli/free-text.ts). */
  freeText: {
    empty: (flag: string) => `${flag} needs a value — it cannot be empty`,
    notUtf8: (flag: string) =>
      `${flag} is not valid UTF-8 (it holds U+FFFD where bytes could not be read) — type it again in a UTF-8 terminal or script`,
    lineBreak: (flag: string) => `${flag} cannot span lines — write it on one line`,
    control: (flag: string) => `${flag} contains control characters — type plain text`,
    bidi: (flag: string, codePoint: string) =>
      `${flag} contains a bidirectional control character (${codePoint}) that can disguise text — remove it`,
    tooLong: (flag: string, length: number, max: number) =>
      `${flag} is ${length} characters long — at most ${max} are allowed`,
  },
};
