// Letters from other scripts that render like Latin ones. NFKC already folds fullwidth and most
// compatibility forms; this table covers what NFKC keeps apart (Cyrillic, Greek, Armenian, IPA).
const pairs =
  // Cyrillic lower case
  'аaвbеeёeкkмmнhоoрpсcтtуyхxѕsіiїiјjԁdԛqԝwһhӏlɡgԌgүyһhпnьbгrдdлlзэ' +
  // Cyrillic upper case
  'АaВbЕeЁeКkМmНhОoРpСcТtУyХxЅsІiЇiЈjԀdԚqԜwҮyЗ3' +
  // Greek
  'αaοoρpεeιiκkνvτtυuχxωwΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxϲcϳjϵe' +
  // Armenian and IPA / Latin lookalikes
  'օoսuհhոnցgզqɑaɩiıiȷjɪiʟlʀrɴnʏyᴀaᴄcᴅdᴇeᴊjᴋkᴍmᴏoᴘpᴛtᴜuᴠvᴡwᴢz';

const table = new Map<number, string>();
for (let i = 0; i + 1 < pairs.length; i += 2) {
  const from = pairs.codePointAt(i);
  const to = pairs[i + 1];
  if (from !== undefined && to !== undefined && /[a-z0-9]/.test(to)) table.set(from, to);
}

// Path separator and dot lookalikes that NFKC keeps (division slash, set minus, fraction slash...).
for (const [from, to] of [[0x2215, '/'], [0x2044, '/'], [0x29f8, '/'], [0x2571, '/'], [0x2216, '\\'], [0x29f5, '\\'], [0x29f9, '\\'], [0x2572, '\\'], [0x2024, '.'], [0x3002, '.'], [0xff61, '.']] as const) {
  table.set(from, to);
}

/** The Latin letter (or separator) a character imitates, or undefined. */
export function confusableOf(codePoint: number): string | undefined {
  return table.get(codePoint);
}
