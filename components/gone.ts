/**
 * What to say of an item that is not there: "deleted" only for what was on screen a moment ago;
 * any other id names nothing at all.
 */
export const goneText = (kind: 'section' | 'note' | 'snippet', deleted?: boolean) =>
  deleted ? `This ${kind} was deleted.` : `There is no ${kind} with this id.`;
