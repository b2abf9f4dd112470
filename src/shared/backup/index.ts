/** The archive as one file: what a backup holds, how it is checked, and how it merges. */
export {
  addImportedMeetings,
  appendTables,
  type AddImportedOptions,
  type ImportedMeeting,
} from './add-meetings';
export { findBrokenReference } from './integrity';
export { planMerge, type MergePlan } from './merge';
export {
  archiveTablesSchema,
  checkRecord,
  type ArchiveRecord,
  type RecordCheck,
} from './record-schemas';
export {
  ARCHIVE_TABLES,
  RECORD_NOUN,
  countTables,
  describeCounts,
  emptyTables,
  type ArchiveCounts,
  type ArchiveTable,
  type ArchiveTables,
} from './tables';
