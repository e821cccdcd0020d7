// How a perpetrator is recognised without reading anyone's data: an identifier's keyed hash (its
// kind and its normalised value) and the keyed hash of the folded name (any script, any order of
// words, "Karimov Rustam" = "Рустам Каримов"). No server-only mark: the demo seed uses it too.
import { lookupHash } from "@/lib/crypto";
import { foldWords } from "@/lib/text/fold";
import type { IdentifierKind } from "./codes";

/** Letters and digits only, upper case; a phone keeps its digits only (with or without +7 or 8). */
export function normaliseIdentifier(kind: IdentifierKind, value: string): string {
  if (kind === "PHONE") return value.replace(/\D/g, "").slice(-9);
  if (kind === "ONLINE_ACCOUNT" || kind === "ADDRESS") return value.trim().toLowerCase().replace(/\s+/g, " ");
  return value.toUpperCase().replace(/[^\p{L}\p{N}]/gu, "");
}

export function identifierHash(kind: IdentifierKind, value: string): string {
  return lookupHash(`${kind}:${normaliseIdentifier(kind, value)}`);
}

/** The folded words of a name, sorted: the same for any spelling and order. */
export function nameKeysOf(name: string): string[] {
  return foldWords(name).sort();
}

export function nameHash(name: string): string {
  return lookupHash(`name:${nameKeysOf(name).join(" ")}`);
}
