import { useId, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Modal } from '../../components/Modal';
import { isInOfficeOn, nameWithTitle, todayIso, type Member } from '@shared/model';
import { selectSelectedBoard, useBoardsStore, useMembersStore } from '../../stores';
import { MemberAttendance } from '../attendance-record';
import { MemberFields } from './MemberFields';

interface MemberDialogProps {
  member: Member;
  isNew: boolean;
  onClose: () => void;
}

function isBlank(member: Member): boolean {
  return ![
    member.title,
    member.fullName,
    member.postNominals,
    member.organisation,
    member.seat,
    member.email,
  ].some((value) => value.trim());
}

export function MemberDialog({ member, isNew, onClose }: MemberDialogProps) {
  const updateMember = useMembersStore((state) => state.updateMember);
  const removeMember = useMembersStore((state) => state.removeMember);
  const [nameError, setNameError] = useState<string | null>(null);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const headingId = useId();
  const today = todayIso();
  // The member as the dialog opened on them: Cancel puts an existing member back to this.
  const [original] = useState(member);

  /**
   * Cancel (and Escape on a new member): a new member is not kept, however much was typed; an
   * existing one gets back what they had when the dialog opened.
   */
  async function cancel() {
    if (isNew) {
      await removeMember(member);
    } else {
      const { title, fullName, postNominals, organisation, role, seat, email } = original;
      updateMember(member, {
        title,
        fullName,
        postNominals,
        organisation,
        role,
        seat,
        email,
        termStart: original.termStart,
        termEnd: original.termEnd,
      });
    }
    onClose();
  }
  const board = useBoardsStore(selectSelectedBoard);

  async function requestClose() {
    if (member.fullName.trim()) {
      onClose();
    } else if (isNew && isBlank(member)) {
      // Nothing was typed: leave no empty row behind.
      await removeMember(member);
      onClose();
    } else {
      setNameError('Enter the member’s full name before closing.');
    }
  }

  return (
    <Modal labelledBy={headingId} onRequestClose={() => void (isNew ? cancel() : requestClose())}>
      <div className="dialog__body">
        <div className="panel__header">
          <h2 id={headingId}>
            {isNew ? 'New member' : `Edit ${nameWithTitle(member) || 'member'}`}
          </h2>
          <span className="panel__hint">Changes are saved as you type.</span>
        </div>
        <MemberFields
          member={member}
          nameError={nameError}
          onChange={(changes) => {
            if (changes.fullName?.trim()) setNameError(null);
            updateMember(member, changes);
          }}
        />
        {!isNew && board && <MemberAttendance board={board} member={member} />}
      </div>
      <div className="dialog__actions">
        <div className="inline-inputs">
          {/* A new member is not in the register yet: Cancel is how to drop them. */}
          {!isNew && (
            <button
              type="button"
              className="button button--danger"
              onClick={() => setConfirmingRemoval(true)}
            >
              Remove from register
            </button>
          )}
          {!isNew && member.termEnd !== today && isInOfficeOn(member, today) && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => updateMember(member, { termEnd: today })}
            >
              End term today
            </button>
          )}
        </div>
        <div className="inline-inputs">
          <button type="button" className="button button--secondary" onClick={() => void cancel()}>
            Cancel
          </button>
          <button type="button" className="button" onClick={() => void requestClose()}>
            Done
          </button>
        </div>
      </div>
      {confirmingRemoval && (
        <ConfirmDialog
          title="Remove from the register?"
          message={`${nameWithTitle(member) || 'This member'} will be deleted from the register. To record that their term has ended, set the term end date instead: they will stay in the register's history.`}
          confirmLabel="Remove"
          onCancel={() => setConfirmingRemoval(false)}
          onConfirm={() => {
            void removeMember(member).then(onClose);
          }}
        />
      )}
    </Modal>
  );
}
