import type { IpcRequest, IpcResponse } from '@shared/ipc/contract';
import type { IpcMethod } from '@shared/ipc/methods';
import type { SigningIdentity } from '@shared/ipc/signing-schemas';
import type { Board, MeetingFileInput, SignatureRecord } from '@shared/model';
import type { MinuteBookDatabase } from '@renderer/db/database';
import type { WorkflowContext, Written } from '@renderer/workflows/context';
import type { StepDetails } from '@renderer/workflows/take-step';
import { meeting as meetingFile } from '../../support/example-meeting';
import { STAMP } from '../../support/records';

/** How the stand-in for the main process answers each method a test expects to be called. */
export type MainAnswers = {
  [M in IpcMethod]?: (request: IpcRequest<M>) => IpcResponse<M> | Promise<IpcResponse<M>>;
};

export interface FakeApp {
  context: WorkflowContext;
  /** Every call made to the main process, in order. */
  calls: { method: IpcMethod; request: unknown }[];
  /** Everything the workflows told the stores, in order. */
  written: Written[];
  /** How many writes went through `track` (the header's save status). */
  tracked: () => number;
}

/** A workflow context over a test database, with the main process answering as `answers` say. */
export function fakeApp(
  db: MinuteBookDatabase,
  answers: MainAnswers,
  file: MeetingFileInput = meetingFile({ board: 'NHS Python Community Board', date: '2021-06-21' }),
): FakeApp {
  const calls: FakeApp['calls'] = [];
  const written: Written[] = [];
  let tracked = 0;
  const callMain = async (method: IpcMethod, request: unknown): Promise<unknown> => {
    calls.push({ method, request });
    const answer = answers[method] as ((request: unknown) => unknown) | undefined;
    if (!answer) throw new Error(`The main process was not expected to be asked for ${method}`);
    return answer(request);
  };
  return {
    context: {
      db,
      callMain: callMain as WorkflowContext['callMain'],
      meetingFile: async () => file,
      track: (write) => {
        tracked += 1;
        return write;
      },
      written: (records) => written.push(records),
      now: () => new Date('2021-07-27T10:00:00.000Z'),
    },
    calls,
    written,
    tracked: () => tracked,
  };
}

export const BOARD: Board = {
  id: 'b',
  name: 'NHS Python Community Board',
  description: '',
  quorum: { kind: 'count', minimum: 3 },
  createdAt: STAMP,
  updatedAt: STAMP,
};

export const ALEX: SigningIdentity = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Alex Cheung',
  role: 'Chair',
  organisation: 'NHS England',
  fingerprintSha256: Array.from({ length: 32 }, () => 'AB').join(':'),
  notBefore: STAMP,
  notAfter: '2024-06-01T00:00:00.000Z',
  expired: false,
  needsPassphrase: false,
  origin: 'created',
};

export const SHA_FILE = 'a'.repeat(64);

/** A signature record as a sign step is given it: without what the step itself fills in. */
export function signatureToRecord(
  signature: SignatureRecord,
): NonNullable<StepDetails['signature']> {
  const { boardId, fileName, path, fileSha256, meetingSha256, meetingJson } = signature;
  const { signerName, signerRole, fingerprintSha256, reason } = signature;
  return {
    boardId,
    fileName,
    path,
    fileSha256,
    meetingSha256,
    meetingJson,
    signerName,
    signerRole,
    fingerprintSha256,
    reason,
  };
}
