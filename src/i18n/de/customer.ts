import type { customer as en } from '../en/customer.js';
import { fmt } from './format.js';

const KIND: Record<'commercial' | 'private', string> = { commercial: 'gewerblicher', private: 'privater' };
const KIND_PLURAL: Record<'commercial' | 'private', string> = { commercial: 'gewerblichen', private: 'privaten' };

const KIND_WORDS: Record<string, string> = { public: 'öffentlich', 'non-profit': 'gemeinnützig' };
const kindWord = (kind: string): string => KIND_WORDS[kind] ?? kind;

export const customer: typeof en = {
  description: 'Kunden der Praxisbereiche: nur öffentliche und gemeinnützige Einrichtungen (§ 16d Abs. 2–4 SGB II)',
  add: {
    description: 'einen Kunden erfassen (gewerbliche und private Kunden werden abgelehnt)',
    optName: 'die Einrichtung',
    optKind: 'public (öffentlich) oder non-profit (gemeinnützig)',
    optType: "z. B. Kita, Schule, Stadt Bochum, Verein, Kirchengemeinde (die Liste: 'insat customer types')",
    optAddress: 'die Anschrift der Einrichtung',
    optContact: 'die Ansprechperson',
    done: (id, name, kind) => `Kunde ${id} erfasst: ${name} (${kindWord(kind)})`,
    wouldDo: (id, name, kind) => `Kunde ${id} würde erfasst werden: ${name} (${kindWord(kind)})`,
  },
  kindWords: KIND_WORDS,
  list: {
    description: 'die Kunden mit der Zahl ihrer Aufträge',
    optType: 'nur Kunden dieses Typs',
    optKind: 'nur öffentliche (public) oder nur gemeinnützige (non-profit) Kunden',
    neverRecorded: (kind, kinds) =>
      `--kind: es gibt keine ${KIND_PLURAL[kind]} Kunden aufzulisten — nur öffentliche und gemeinnützige Kunden können erfasst werden (§ 16d SGB II); --kind ${kinds.join(' oder --kind ')} angeben oder --kind weglassen`,
  },
  types: { description: "die Kundentypen (data/customer-types.json und die Einstellung 'customerTypes')" },
  show: {
    description: 'ein Kunde und seine Aufträge',
    kind: 'Art',
    type: 'Typ',
    address: 'Anschrift',
    contact: 'Ansprechperson',
    recorded: 'erfasst am',
    orders: 'Aufträge',
  },
  edit: {
    description: 'Angaben eines Kunden berichtigen; ein Schritt, der rückgängig gemacht werden kann',
    optType: 'der Kundentyp',
    optAddress: 'die Anschrift (leeren: --clear address)',
    optContact: 'die Ansprechperson (leeren: --clear contact)',
    optClear: 'optionale Felder leeren: address, contact (z. B. --clear address,contact)',
    nothing:
      'nichts zu ändern — mindestens eine der Optionen --name, --kind, --type, --address, --contact, --clear angeben',
    done: (fields, id) => `Kunde ${id} geändert: ${fields.map((f) => `--${f}`).join(', ')}`,
    wouldDo: (fields, id) => `Kunde ${id} würde geändert werden: ${fields.map((f) => `--${f}`).join(', ')}`,
    unchanged: (id) => `nichts geändert: Kunde ${id} hat diese Angaben bereits`,
  },
  columns: { id: 'Kunde', name: 'Name', kind: 'Art', type: 'Typ', contact: 'Ansprechperson', orders: 'Aufträge' },
  badKind: (value, kinds) => `--kind '${value}' ist keine Art von Kunde — ${kinds.join(' oder ')} angeben`,
  badType: (value, types) =>
    `--type '${value}' ist kein Kundentyp — einen davon angeben: ${types.join(', ')}; oder ihn hinzufügen mit 'insat config set customerTypes "${value}"'`,
  badId: (value) =>
    `Kunde '${value}' ist keine Kunden-ID — Kunden-IDs sehen so aus: c012 (siehe 'insat customer list')`,
  notFound: (id) => `keinen Kunden '${id}' gefunden — siehe 'insat customer list'`,
  refusedKind: (kind) =>
    `ein ${KIND[kind]} Kunde wird abgelehnt: Arbeiten in der AGH müssen zusätzlich sein, im öffentlichen Interesse liegen und wettbewerbsneutral sein (§ 16d Abs. 2–4 SGB II), deshalb können nur öffentliche und gemeinnützige Einrichtungen Aufträge erteilen — den Auftrag nur für einen öffentlichen oder gemeinnützigen Kunden erfassen`,
  duplicate: (name, id) =>
    `ein Kunde namens '${name}' ist schon als ${id} erfasst — ${id} verwenden oder einen unterscheidbaren Namen wählen`,
  futureDate: (id, date) => `Kunde ${id} ist am ${fmt.date(date)} erfasst, also in der Zukunft`,
};
