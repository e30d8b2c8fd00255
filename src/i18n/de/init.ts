import type { init as en } from '../en/init.js';

export const init: typeof en = {
  description: 'den Datenbestand mit den Voreinstellungen des Programms anlegen',
  optDemo: 'mit dem Demo-Programm aus seeds/ füllen',
  optForce: 'einen vorhandenen Datenbestand ersetzen (vorher wird er gesichert)',
  optDryRun: 'zeigen, was angelegt würde, nichts ändern',
  exampleForce: 'neu anfangen; der alte Datenbestand kommt nach backups/',
  exists: (dir) =>
    `in ${dir} gibt es schon einen Datenbestand — mit --force ersetzen (vorher wird gesichert) oder ein anderes --data-Verzeichnis wählen`,
  leftovers: (dir) =>
    `${dir} enthält Buchungen oder archive.json, aber keine insat.json: Reste eines Datenbestands — insat.json mit 'insat backup list' und 'insat backup restore NAME' zurückholen, oder mit --force neu beginnen (die Dateien werden vorher in backups/ gesichert)`,
  demo: (people, bookings) => `dem Demo-Programm (${people} Personen, ${bookings} Buchungen)`,
  defaults: 'den Voreinstellungen des Programms',
  wouldCreate: (dir, what, replaces) =>
    `der Datenbestand würde in ${dir} mit ${what} angelegt${replaces ? ' (der vorhandene würde gesichert und ersetzt)' : ''}`,
  created: (dir, what, backup) =>
    `Datenbestand in ${dir} mit ${what} angelegt${backup ? `; der alte liegt in ${backup}` : ''}`,
  replaced: (demo, what, saveAs) =>
    `init --force${demo ? ' --demo' : ''}: Datenbestand ersetzt durch ${what} (die alten Dateien liegen in backups/${saveAs})`,
};
