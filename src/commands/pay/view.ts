// The allowance statement's renderings, shared by `insat pay` and `insat export pay`.
import type { Format } from '../../cli/output.js';
import type { PayStatement } from '../../model/allowance.js';
import { m } from '../../i18n/active.js';
import type { Catalogue } from '../../i18n/text.js';
import { centsToDecimal } from '../../model/money.js';
import type { Pseudonymizer } from '../../reports/pseudonym.js';
import type { Tabular } from '../../reports/tabular.js';

/** With `alias` (a pseudonymised export) the id and the name give way to the pseudonym. */
export function payJson(st: PayStatement, alias?: Pseudonymizer) {
  return {
    month: st.month,
    from: st.from,
    to: st.to,
    totalCents: st.totalCents,
    workedMinutes: st.workedMinutes,
    participants: st.participants.map((p) => ({
      ...(alias ? { pseudonym: alias(p.id) } : { id: p.id, name: p.name }),
      area: p.area,
      seatFrom: p.seatFrom,
      seatTo: p.seatTo,
      workedMinutes: p.workedMinutes,
      daysWorked: p.daysWorked,
      amountCents: p.amountCents,
      rates: p.rates.map((r) => ({
        rateFrom: r.rateFrom,
        centsPerHour: r.centsPerHour,
        from: r.from,
        to: r.to,
        workedMinutes: r.workedMinutes,
      })),
      absences: p.absences,
      absenceDays: p.absenceDays,
      unbookedDays: p.unbookedDays,
    })),
    daysWithoutRate: st.daysWithoutRate,
    unbookedDays: st.unbookedDays,
  };
}

/** The rate(s) a person was paid at, in the format's number style: 2,00 € · 2.00 · 1,50/2,00. */
function ratesText(cents: number[], format: Format, words: Catalogue): string {
  if (format === 'table') return cents.map(words.fmt.euro).join(' / ');
  return cents.map((c) => centsToDecimal(c, format === 'csv-de' ? ',' : '.')).join('/');
}

/** Entry or exit within the month, for the table: "ab 12.10." · "bis 13.11.". */
function seatNote(st: PayStatement, p: PayStatement['participants'][number], words: Catalogue['pay']): string {
  const parts: string[] = [];
  if (p.seatFrom && p.seatFrom > st.from) parts.push(words.seatFrom(p.seatFrom));
  if (p.seatTo && p.seatTo < st.to) parts.push(words.seatTo(p.seatTo));
  if (!p.seatFrom) parts.push(words.noSeat);
  return parts.join(', ');
}

/** The table shows the essentials; csv and csv-de (for the payroll spreadsheet) every column. */
export function payTabular(st: PayStatement, format: Format, alias?: Pseudonymizer, words: Catalogue = m()): Tabular {
  const detail = format !== 'table';
  const label = words.pay.columns;
  return {
    columns: [
      ...(alias
        ? [{ key: 'name', header: 'pseudonym', label: label.pseudonym, kind: 'text' as const }]
        : [
            { key: 'id', header: 'id', label: label.id, kind: 'text' as const },
            { key: 'name', header: 'name', label: label.name, kind: 'text' as const },
          ]),
      { key: 'area', header: 'area', label: label.area, kind: 'text', words: words.participant.show.areaWords },
      ...(detail
        ? [
            { key: 'seatFrom', header: 'from', label: label.from, kind: 'date' as const },
            { key: 'seatTo', header: 'to', label: label.to, kind: 'date' as const },
          ]
        : [{ key: 'note', header: 'seat', label: label.seat, kind: 'text' as const }]),
      { key: 'daysWorked', header: 'days worked', label: label.daysWorked, kind: 'int' },
      { key: 'workedMinutes', header: 'hours', label: label.hours, kind: 'hours' },
      { key: 'rate', header: 'euros per hour', label: label.rate, kind: 'figures' },
      { key: 'amountCents', header: 'amount', label: label.amount, kind: 'cents' },
      ...(detail
        ? [
            { key: 'sick-certified', header: 'sick (certified)', label: label.sickCertified, kind: 'int' as const },
            { key: 'sick', header: 'sick', label: label.sick, kind: 'int' as const },
            { key: 'excused', header: 'excused', label: label.excused, kind: 'int' as const },
            { key: 'unexcused', header: 'unexcused', label: label.unexcused, kind: 'int' as const },
            { key: 'holiday', header: 'leave', label: label.leave, kind: 'int' as const },
            { key: 'closed', header: 'closed', label: label.closed, kind: 'int' as const },
          ]
        : [{ key: 'absenceDays', header: 'absence days', label: label.absenceDays, kind: 'int' as const }]),
      { key: 'unbookedDays', header: 'not booked', label: label.notBooked, kind: 'int' },
    ],
    rows: st.participants.map((p) => ({
      id: p.id,
      name: alias ? alias(p.id) : p.name,
      area: p.area,
      seatFrom: p.seatFrom,
      seatTo: p.seatTo,
      note: seatNote(st, p, words.pay),
      daysWorked: p.daysWorked,
      workedMinutes: p.workedMinutes,
      rate: ratesText(
        p.rates.map((r) => r.centsPerHour),
        format,
        words,
      ),
      amountCents: p.amountCents,
      ...p.absences,
      absenceDays: p.absenceDays,
      unbookedDays: p.unbookedDays,
    })),
  };
}
