import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  labelledBy: string;
  /** Called for Escape and the close button; the owner decides whether to close. */
  onRequestClose: () => void;
  children: ReactNode;
}

/**
 * A native modal dialog: the browser traps focus, restores it on close, and makes the rest inert.
 * Mark the control that should take focus first with `data-autofocus`.
 */
export function Modal({ labelledBy, onRequestClose, children }: ModalProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // React removes the dialog before this effect's cleanup runs, so the browser cannot hand focus back itself.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first control; the dialog's owner may mark a better one (React renders no autofocus attribute).
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog.close();
      if (opener?.isConnected) opener.focus();
    };
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
