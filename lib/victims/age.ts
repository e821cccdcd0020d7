/** Age in whole years on `today`, from a birth date or the recorded estimate. */
export function ageOf(
  person: { birthDate: Date | null; estimatedAge: number | null },
  today = new Date(),
): number | null {
  if (!person.birthDate) return person.estimatedAge;
  const b = person.birthDate;
  let age = today.getUTCFullYear() - b.getUTCFullYear();
  if (
    today.getUTCMonth() < b.getUTCMonth() ||
    (today.getUTCMonth() === b.getUTCMonth() && today.getUTCDate() < b.getUTCDate())
  )
    age -= 1;
  return age;
}
