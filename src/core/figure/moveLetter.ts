/** A, B, … Z, AA, AB, …: the letters that tie an off-pathway line to its entry under the key. */
export function moveLetter(k: number): string {
  const letter = String.fromCharCode(65 + (k % 26));
  return k < 26 ? letter : moveLetter(Math.floor(k / 26) - 1) + letter;
}
