/** Archive search: a pure index that runs in a Web Worker and in Node alike. */
export {
  docKey,
  documentsFromMeetingFile,
  isRecordKind,
  itemText,
  meetingText,
  personKey,
  type DocKind,
  type DocMeta,
  type SearchItemInput,
  type SearchMeetingInput,
  type SearchRecordInput,
  type RecordKind,
} from './documents';
export {
  attendanceSentence,
  standingRecordDocuments,
  type StoredBoardRecords,
} from './standing-records';
export {
  SearchEngine,
  type SearchEngineOptions,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
  type TextSource,
} from './engine';
export type { TermGroup } from './expansion';
export { highlight, type SnippetOptions, type SnippetSegment } from './highlight';
export { fold, terms } from './normalise';
export { parseQuery, type ParsedQuery, type SearchFilters } from './query';
export {
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  chunkBytes,
  loadEngine,
  loadYearChunk,
  readManifest,
  serialise,
  serialiseChanges,
  yearChunkKey,
  type SearchChunk,
  type YearChunk,
} from './serialise';
export {
  membersById,
  searchDocumentsFromRecords,
  type SearchDocuments,
  type StoredMeetingRecords,
} from './from-records';
