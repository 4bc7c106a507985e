/** A field both sides changed to different values since the common base. */
export interface FieldConflict<T, K extends keyof T = keyof T> {
  field: K;
  base: T[K];
  /** The value being saved. */
  mine: T[K];
  /** The value stored meanwhile (another tab, another window). */
  theirs: T[K];
}

export interface MergeResult<T> {
  merged: T;
  conflicts: FieldConflict<T>[];
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  return a === b || ((a === undefined || a === '') && (b === undefined || b === ''));
}

/**
 * Three-way merge of the editable `fields`: a field only one side changed takes that side's value;
 * a field both changed to different values is a conflict (and keeps `theirs` in `merged` until the
 * user chooses), so nothing is overwritten silently.
 */
export function mergeFields<T extends object>(
  base: T,
  mine: T,
  theirs: T,
  fields: readonly (keyof T)[],
): MergeResult<T> {
  const merged = { ...theirs };
  const conflicts: FieldConflict<T>[] = [];
  for (const field of fields) {
    const [b, m, t] = [base[field], mine[field], theirs[field]];
    if (same(m, t) || same(m, b)) continue;
    if (same(t, b)) merged[field] = m;
    else conflicts.push({ field, base: b, mine: m, theirs: t });
  }
  return { merged, conflicts };
}

/** A save made from an older version that the stored one contradicts on some fields. */
export class EditConflictError<T> extends Error {
  constructor(
    /** The stored record the conflicts were found against: the base of the next attempt. */
    readonly current: T,
    readonly conflicts: FieldConflict<T>[],
  ) {
    super(
      `This was changed in another tab while you edited it: choose which version to keep for ${conflicts
        .map((c) => String(c.field))
        .join(', ')}.`,
    );
    this.name = 'EditConflictError';
  }
}

/** The record was deleted (in another tab) before the save. */
export class DeletedWhileEditingError extends Error {
  constructor(kind: 'note' | 'snippet') {
    super(`This ${kind} was deleted in another tab. Your text is kept here.`);
    this.name = 'DeletedWhileEditingError';
  }
}
