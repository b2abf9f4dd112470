import { UserError } from '../user-error';

/** The file given to sign or verify cannot be used; nothing was changed. */
export class DocumentError extends UserError {
  constructor(
    readonly reason: 'not-a-zip' | 'not-a-word-document' | 'damaged' | 'too-large' | 'ambiguous',
    message: string,
  ) {
    super(message);
  }
}

/** A signing identity cannot be used: wrong passphrase, damaged key file, expired certificate… */
export class IdentityError extends UserError {
  constructor(
    readonly reason:
      | 'wrong-passphrase'
      | 'passphrase-needed'
      | 'corrupt'
      | 'expired'
      | 'not-yet-valid'
      | 'unsupported-key'
      | 'not-found',
    message: string,
  ) {
    super(message);
  }
}
