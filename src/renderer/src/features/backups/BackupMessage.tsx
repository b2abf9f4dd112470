import { useBackupsStore } from '../../stores';

export function BackupMessage() {
  const message = useBackupsStore((state) => state.message);
  if (!message) return null;
  return (
    <p
      className={message.error ? 'notice notice--error' : 'notice notice--info'}
      role={message.error ? 'alert' : 'status'}
    >
      {message.text}
    </p>
  );
}
