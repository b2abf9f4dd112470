/**
 * How a member's name is written. Kept apart from the member's schema, so code that only names
 * people (the search worker) does not load the validation library with it.
 */
interface NamedPerson {
  title: string;
  fullName: string;
  postNominals: string;
}

/** "Dr Mark A. Bailey" */
export function nameWithTitle(member: Pick<NamedPerson, 'title' | 'fullName'>): string {
  return [member.title.trim(), member.fullName.trim()].filter(Boolean).join(' ');
}

/** "Craig R. Shenton, PhD": the form the board's papers use. */
export function formalName(member: NamedPerson): string {
  const name = nameWithTitle(member);
  const letters = member.postNominals.trim();
  return letters ? `${name}, ${letters}` : name;
}
