/** The reference answer for the slice comparisons of engine text/commonAffixes.ts: one character at a time. */
export function commonAffixesByCharacter(analysed: string, current: string): { prefix: number; suffix: number } {
  const shortest = Math.min(analysed.length, current.length);
  let prefix = 0;
  while (prefix < shortest && analysed[prefix] === current[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && analysed[analysed.length - 1 - suffix] === current[current.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}
