// The command groups, in the order `insat --help` lists them. Each group registers its commands
// (flags and help only); the implementation loads when a command runs.
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

export const COMMAND_GROUPS: ((program: Command) => void)[] = [
  registerInit,
  registerConfig,
  registerApplicant,
  registerEnrol,
  registerParticipant,
  registerStaff,
  registerSeats,
  registerCaseload,
  registerHours,
  registerPay,
  registerAbsences,
  registerOccupancy,
  registerStats,
  registerExport,
  registerPlan,
  registerNote,
  registerCustomer,
  registerOrder,
  registerGroup,
  registerDue,
  registerCertification,
  registerReport,
  registerCheck,
  registerHistory,
  registerUndo,
  registerBackup,
  registerPurge,
];
