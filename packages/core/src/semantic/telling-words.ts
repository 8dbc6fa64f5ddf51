// Telling the user, in the languages written without spaces: the verbs a "do not tell the user" is built of,
// one lexicon for its two readers. conceals.ts reads an order to keep something from the user (the verb in a
// negated request: "알리지 마세요", "知らせないで", "不要告诉"); waivers.ts the user's say waived (the verb
// after "to the user" and a negation, or with asking beside it: "사용자에게 묻지 않고", "无需询问").

/** Korean verbs of telling or mentioning, in the form a negation ("마", "말", "않") follows. */
export const koreanTelling: readonly string[] = ['알리지', '말하지', '알려주지', '알려 주지', '언급하지'];
/** Japanese verbs of telling, informing or reporting, in the form a negation ("ないで", "ず") follows. */
export const japaneseTelling: readonly string[] = ['知らせ', '伝え', '言わ', '教え', '報告し'];
/**
 * Chinese verbs of telling or notifying a person, simplified and traditional (the person is their object:
 * "不要告诉用户"). Revealing or mentioning a thing ("不要透露密码") is conceals.ts's alone: without the user
 * named it is a plain warning.
 */
export const chineseTelling: readonly string[] = ['告诉', '告訴', '通知'];
