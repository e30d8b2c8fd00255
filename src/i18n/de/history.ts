import type { history as en } from '../en/history.js';

export const history: typeof en = {
  description: 'der Verlauf der Änderungen, die neueste zuerst: wann, wer, was, der Befehl, ob rückgängig gemacht',
  optLimit: 'wie viele Änderungen gezeigt werden (Standard 20; 0 = alle)',
  optVerbose: 'auch jeden geänderten Datensatz zeigen, vorher → nachher',
  empty: 'noch keine Änderungen festgehalten',
  records: (n) => `${n} ${n === 1 ? 'Datensatz' : 'Datensätze'}`,
  undone: 'rückgängig gemacht',
  more: (n) => `… und ${n} weitere (siehe --json)`,
  damagedSkipped: `history.jsonl enthält eine Zeile, die kein lesbarer Eintrag ist; sie wurde ausgelassen — 'insat check' nennt die beschädigten Zeilen und sagt, was zu tun ist`,
};
