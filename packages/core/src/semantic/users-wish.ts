// The user's own wish or consent for an act, as tool metadata words it ("when the user asks to delete …",
// "after the user confirms", "requires the user's approval"): an act the user chose is no order planted in
// the text. Two readers ask it with different strictness, built from these parts so their words stay in step:
// metadata-calls.ts (a condition must name the act, since "when the user asks anything, also call …" plants
// one) and server-commands.ts (a statement handed over: any condition on the user's asking or consent).

/** Words opening a condition on what the user does. */
export const userCondition = String.raw`if|when|whenever|once|only (?:if|when)`;
/** The person whose wish it is. */
export const userWho = String.raw`(?:the\s+)?(?:user|customer|owner|you)`;
/** Verbs of asking or choosing. */
export const askVerbs = String.raw`asks?|wants?|requests?|says|chooses|decides|needs?`;
/** Consent named as a thing the act comes with or needs ("with the user's explicit approval"). */
export const consentNoun = String.raw`(?:the\s+)?(?:user'?s\s+)?(?:explicit\s+|prior\s+|written\s+)?(?:confirmation|approval|consent|permission)`;
/** Words before {@link consentNoun}. */
export const consentWith = String.raw`with|after|upon|requires?|needs?`;
