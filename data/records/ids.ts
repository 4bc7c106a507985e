/** A new random id for a user record. */
export const newId = (): string => crypto.randomUUID();

export const noteSearchId = (id: string) => `note:${id}`;
export const snippetSearchId = (id: string) => `snippet:${id}`;
