// The command groups, in the order `insat --help` lists them. Each group registers its commands
// (flags and help only); the implementation loads when a command runs. A run that names a group
// builds only that one (run.ts): building all 27 costs ~1.5 ms a run, a fifth of an in-process test call.
import type { Command } from 'commander';
import { registerInit } from '../commands/init/index.js';
import { registerConfig } from '../commands/config/index.js';
import { registerApplicant } from '../commands/applicant/index.js';
import { registerEnrol } from '../commands/enrol/index.js';
import { registerParticipant } from '../commands/participant/index.js';
import { registerSeats } from '../commands/seats/index.js';
import { registerHours } from '../commands/hours/index.js';
import { registerPay } from '../commands/pay/index.js';
import { registerAbsences } from '../commands/absences/index.js';
import { registerOccupancy } from '../commands/occupancy/index.js';
import { registerStats } from '../commands/stats/index.js';
import { registerExport } from '../commands/export/index.js';
import { registerPlan } from '../commands/plan/index.js';
import { registerNote } from '../commands/note/index.js';
import { registerReport } from '../commands/report/index.js';
import { registerCheck } from '../commands/check/index.js';
import { registerHistory } from '../commands/history/index.js';
import { registerUndo } from '../commands/undo/index.js';
import { registerBackup } from '../commands/backup/index.js';
import { registerPurge } from '../commands/purge/index.js';
import { registerCustomer } from '../commands/customer/index.js';
import { registerOrder } from '../commands/order/index.js';
import { registerGroup } from '../commands/group/index.js';
import { registerDue } from '../commands/due/index.js';
import { registerCertification } from '../commands/certification/index.js';
import { registerStaff } from '../commands/staff/index.js';
import { registerCaseload } from '../commands/caseload/index.js';

/** The groups by the name each registers (test/cli/command-groups.test.ts keeps the names true). */
export const COMMAND_GROUPS: Record<string, (program: Command) => void> = {
  init: registerInit,
  config: registerConfig,
  applicant: registerApplicant,
  enrol: registerEnrol,
  participant: registerParticipant,
  staff: registerStaff,
  seats: registerSeats,
  caseload: registerCaseload,
  hours: registerHours,
  pay: registerPay,
  absences: registerAbsences,
  occupancy: registerOccupancy,
  stats: registerStats,
  export: registerExport,
  plan: registerPlan,
  note: registerNote,
  customer: registerCustomer,
  order: registerOrder,
  group: registerGroup,
  due: registerDue,
  certification: registerCertification,
  report: registerReport,
  check: registerCheck,
  history: registerHistory,
  undo: registerUndo,
  backup: registerBackup,
  purge: registerPurge,
};
