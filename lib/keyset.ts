// Opaque cursors for keyset pagination on (timestamp desc, id desc): fast at any depth, unlike
// OFFSET, and stable while new rows arrive.
export interface KeysetPosition {
  at: Date;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`).toString("base64url");
}

/** The position in a cursor, or null for anything that is not one of ours. */
export function decodeCursor(cursor: string | undefined): KeysetPosition | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!at || !id || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? null : { at: date, id };
}

/** Prisma condition for rows after `position` in (field desc, id desc) order. */
export function afterPosition(field: string, position: KeysetPosition | null) {
  if (!position) return {};
  return { OR: [{ [field]: { lt: position.at } }, { [field]: position.at, id: { lt: position.id } }] };
}
