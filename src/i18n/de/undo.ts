import type { undo as en } from '../en/undo.js';

export const undo: typeof en = {
  description:
    'die letzte Änderung als Ganzes rückgängig machen (eine Buchung nach Plan, ein Import oder eine Wiederherstellung ist ein Schritt)',
  optDryRun: 'zeigen, was rückgängig gemacht würde, nichts ändern',
  nothing:
    "es gibt nichts rückgängig zu machen — jede festgehaltene Änderung ist schon rückgängig gemacht ('insat history' zeigt den Verlauf)",
  nothingYet:
    "es gibt noch nichts rückgängig zu machen — an den Daten dieses Datenbestands wurde noch nichts geändert ('insat history' zeigt den Verlauf)",
  raced:
    "während undo begann, wurde eine andere Änderung festgehalten — 'insat history' ansehen und dann 'insat undo' erneut ausführen",
  summary: (summary) => `rückgängig: ${summary}`,
  what: (summary, at, user, records) =>
    `'${summary}' vom ${at} durch ${user} (${records} ${records === 1 ? 'Datensatz' : 'Datensätze'})`,
  done: (what) => `rückgängig gemacht: ${what}`,
  wouldDo: (what) => `würde rückgängig machen: ${what}`,
};
