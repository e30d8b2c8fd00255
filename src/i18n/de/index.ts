// The German catalogue, the default language (CLI.md "language").
import type { Catalogue } from '../text.js';
import { cli } from './cli.js';
import { fmt } from './format.js';
import { seats } from './seats.js';
import { hours } from './hours.js';
import { pay } from './pay.js';
import { absences } from './absences.js';
import { occupancy } from './occupancy.js';
import { stats } from './stats.js';
import { booking } from './booking.js';
import { attendance } from './attendance.js';
import { applicant } from './applicant.js';
import { enrol } from './enrol.js';
import { participant } from './participant.js';
import { note } from './note.js';
import { plan } from './plan.js';
import { exporting } from './exporting.js';
import { report } from './report.js';
import { customer } from './customer.js';
import { order } from './order.js';
import { group } from './group.js';
import { people } from './people.js';
import { progress } from './progress.js';
import { init } from './init.js';
import { config } from './config.js';
import { backup } from './backup.js';
import { purge } from './purge.js';
import { undo } from './undo.js';
import { history } from './history.js';
import { check } from './check.js';
import { store } from './store.js';
import { settings } from './settings.js';
import { input } from './input.js';
import { staff } from './staff.js';
import { caseload } from './caseload.js';
import { due } from './due.js';
import { certification } from './certification.js';
import { letters } from './letters.js';
import { corrections } from './corrections.js';
import { weekdays } from './weekdays.js';

export const de: Catalogue = {
  fmt,
  cli,
  seats,
  hours,
  pay,
  absences,
  occupancy,
  stats,
  booking,
  attendance,
  applicant,
  enrol,
  participant,
  note,
  plan,
  exporting,
  report,
  customer,
  order,
  group,
  people,
  progress,
  init,
  config,
  backup,
  purge,
  undo,
  history,
  check,
  store,
  settings,
  input,
  staff,
  caseload,
  due,
  certification,
  letters,
  corrections,
  weekdays,
};
