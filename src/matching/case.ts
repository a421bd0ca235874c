// Case-insensitive comparison the way Entra's "ordinal ignore case" check behaves: character by
// character with simple case mapping, so lengths never change ('ß' does not equal 'SS').

export function charsEqualIgnoringCase(a: string, b: string): boolean {
  if (a === b) return true;
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA.length === a.length && lowerB.length === b.length && lowerA === lowerB) return true;
  const upperA = a.toUpperCase();
  const upperB = b.toUpperCase();
  return upperA.length === a.length && upperB.length === b.length && upperA === upperB;
}

export function equalsIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (!charsEqualIgnoringCase(a.charAt(i), b.charAt(i))) return false;
  }
  return true;
}
