import type { ExportRecord, SignOffStep } from '@shared/model';
import { newId } from '../db/ids';
import type { WorkflowContext } from './context';
import { takeStep, type StepDetails, type StepTaken } from './take-step';

/** Takes a step through `takeStep`, then tells the stores what it stored. */
export async function recordStep(
  context: WorkflowContext,
  meetingId: string,
  step: SignOffStep,
  details: StepDetails,
): Promise<StepTaken> {
  const taken = await context.track(takeStep(context.db, meetingId, step, details));
  context.written({
    meeting: taken.meeting,
    audit: [taken.audit],
    approvals: taken.approval ? [taken.approval] : [],
    signatures: taken.signature ? [taken.signature] : [],
    versions: taken.frozen ? [taken.frozen] : [],
  });
  return taken;
}

/** Keeps the record of a Word document saved from a meeting, to match the file met later. */
export async function recordExport(
  context: WorkflowContext,
  fields: Omit<ExportRecord, 'id'>,
): Promise<ExportRecord> {
  const record: ExportRecord = { id: newId(), ...fields };
  await context.track(context.db.exports.add(record));
  context.written({ exports: [record] });
  return record;
}
