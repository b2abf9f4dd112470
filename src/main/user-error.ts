/** An error whose message is written for the user and may be shown as it is. */
export class UserError extends Error {
  override readonly name = 'UserError';
}
