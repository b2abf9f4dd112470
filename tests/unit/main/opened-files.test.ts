import { describe, expect, it } from 'vitest';
import { createOpenedFiles } from '@main/opened-files';

describe('backups the system asks the app to open', () => {
  it('takes the backups from a command line, resolved against its folder, skipping the program and flags', () => {
    const opened = createOpenedFiles();
    opened.addFromCommandLine(
      [
        '/opt/Minute Book/minute-book',
        '--no-sandbox',
        'Board.MINUTEBOOK',
        'notes.docx',
        '/mnt/usb/old.minutebook',
      ],
      '/home/sec/Downloads',
    );
    expect(opened.take()).toBe('/home/sec/Downloads/Board.MINUTEBOOK');
    expect(opened.take()).toBe('/mnt/usb/old.minutebook');
    expect(opened.take()).toBeNull();
  });

  it('never takes the program itself, even when run from a folder that ends like a backup', () => {
    const opened = createOpenedFiles();
    opened.addFromCommandLine(['/apps/x.minutebook'], '/');
    expect(opened.take()).toBeNull();
  });

  it('keeps one entry for a file opened twice before the window asked, and ignores other files', () => {
    const opened = createOpenedFiles();
    opened.add('/Users/sec/board.minutebook');
    opened.add('/Users/sec/board.minutebook');
    opened.add('/Users/sec/minutes.docx');
    expect(opened.take()).toBe('/Users/sec/board.minutebook');
    expect(opened.take()).toBeNull();
  });
});
