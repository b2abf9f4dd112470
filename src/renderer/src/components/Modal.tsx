import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  labelledBy: string;
  /** Called for Escape and the close button; the owner decides whether to close. */
  onRequestClose: () => void;
  children: ReactNode;
}

/** A native modal dialog: the browser traps focus, restores it on close, and makes the rest inert. */
export function Modal({ labelledBy, onRequestClose, children }: ModalProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onRequestClose();
      }}
    >
      {children}
    </dialog>
  );
}
