import type {
  ApprovalRecord,
  AuditEntry,
  Board,
  ExportRecord,
  Meeting,
  MeetingFileInput,
  MeetingVersion,
  SignatureRecord,
} from '@shared/model';
import type { callMain } from '../bridge';
import type { MinuteBookDatabase } from '../db/database';

/** What a workflow wrote, so the stores that show it can catch up without reading it again. */
export interface Written {
  /** The meeting as stored after a step: its new status and when it changed. */
  meeting?: Pick<Meeting, 'id' | 'boardId' | 'status' | 'updatedAt'>;
  approvals?: ApprovalRecord[];
  audit?: AuditEntry[];
  signatures?: SignatureRecord[];
  versions?: MeetingVersion[];
  exports?: ExportRecord[];
}

/**
 * Everything a workflow works with, passed in rather than imported, so that the same functions run
 * in the app (the app's database, the main process, the stores told of each change) and in tests
 * (a database in memory and a stand-in for the main process).
 */
export interface WorkflowContext {
  db: MinuteBookDatabase;
  callMain: typeof callMain;
  /** The meeting as a meeting file, with everything typed so far written first. */
  meetingFile: (board: Board, meeting: Meeting) => Promise<MeetingFileInput>;
  /** Wraps each write, so the header can say "Saving…", "All changes saved" or what went wrong. */
  track: <T>(write: Promise<T>) => Promise<T>;
  /** Called once a write has committed, with what it wrote. */
  written: (records: Written) => void;
  now: () => Date;
}
