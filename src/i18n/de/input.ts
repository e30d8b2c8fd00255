import type { input as en } from '../en/input.js';
import { fmt } from './format.js';

export const input: typeof en = {
  freeText: {
    empty: (flag) => `${flag} braucht einen Wert — er darf nicht leer sein`,
    notUtf8: (flag) =>
      `${flag} ist kein gültiges UTF-8 (enthält U+FFFD, wo Bytes nicht gelesen werden konnten) — in einem UTF-8-Terminal oder -Skript erneut eingeben`,
    lineBreak: (flag) => `${flag} darf nicht über mehrere Zeilen gehen — in einer Zeile schreiben`,
    control: (flag) => `${flag} enthält Steuerzeichen — einfachen Text eingeben`,
    bidi: (flag, codePoint) =>
      `${flag} enthält ein Steuerzeichen für die Schreibrichtung (${codePoint}), das Text verschleiern kann — es entfernen`,
    tooLong: (flag, length, max) =>
      `${flag} ist ${fmt.int(length)} Zeichen lang — höchstens ${fmt.int(max)} sind erlaubt`,
  },
};
