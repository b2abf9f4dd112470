/** Random ids, so records made on two machines never collide when archives are merged. */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowStamp(): string {
  return new Date().toISOString();
}
