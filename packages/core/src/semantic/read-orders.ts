// Orders read by their grammar and by what they name rather than by cue combinations (orders.ts): secrecy
// toward the user in other languages (conceals.ts), a credential file, a secret in a URL or an argument,
// secrets in bulk or something more sent to an outside address (sends-secrets.ts), and an order put in the user's mouth
// (attributed.ts), and an order to destroy what the user keeps or to pipe a download into a shell
// (destroys.ts); a secret routed to another host (flows.ts), the user's limits set aside (user-limits.ts), and
// an order whose actor is the model named by a causative, a permission or a step label (actor-orders.ts). One
// call per clause, after the cue rules found nothing.
import { actorGate, actorOrder, actorOrderAfter, aiBefore, aiWordGate, runsOpsStepBefore } from './actor-orders.js';
import { asksReaderAct, asksReaderActInValues, readerActGate } from './reader-acts.js';
import { attributedOrder } from './attributed.js';
import { addsHiddenBlindCopy, hidesBlindCopyBefore } from './blind-copies.js';
import { keepsQuiet, mayKeepQuiet, quietGate } from './conceals.js';
import { Cue } from './cues.js';
import { aiNamed, destructiveOrder, pipesToShell, runsSubstitutedDownload, type DestructiveOrder, errorContextGate, namesErrorContext, waivedDestroy } from './destroys.js';
import { addressedGate, addressedOrder } from './foreign-address.js';
import { labelledSecretGate, sendsSecretAfterAddress } from './labelled-secret-out.js';
import { asksUserForSecret } from './foreign-asks.js';
import { foreignSecretGate, movesSecretAway, movesUnseen, unseenGate } from './foreign-orders.js';
import { keepsPayloadFromUser, keptGate } from './kept-payloads.js';
import { prefersGate, prefersItself } from './foreign-prefers.js';
import { fillsImageAddress } from './image-fill.js';
import { fillsLinkSlot } from './link-fill.js';
import { forwardsRecords } from './forwards-records.js';
import { putsIntoOwnWriting } from './into-own-writing.js';
import { movesOutUnaddressed } from './moved-out.js';
import { changesRole, roleGate } from './foreign-roles.js';
import { mayNameAccount, mayNameMoney, maySetChoiceAside, moneyGate, overGate, redirectsPayment } from './payment-swaps.js';
import { destinationNounGate, mayNameDestination, maySwapDestination, swapsDestination } from './destination-swaps.js';
import { postsGate, postsSecrets } from './posts-secrets.js';
import { mayNameSecret, readsSecretOut, secretFileGate } from './reads-secret-out.js';
import { secretIntoOtherField, secretVariableGate, wholeShellGate, wholeShellIntoField } from './secret-into-field.js';
import { cardCodeGate, cardCodeIntoNote } from './card-into-notes.js';
import { unwatchedAct, unwatchedGate } from './unwatched-acts.js';
import { asksSoftly, softFrameGate } from './soft-asks.js';
import { solicitsSecret } from './solicits-secret.js';
import { sendsEnvSecretOut } from './env-secret-out.js';
import { aiSubjectGate, ordersAiSubject } from './foreign-subjects.js';
import { statesForeignMove } from './foreign-present.js';
import { namedAiGate, statesNamedAiMove } from './named-ai-present.js';
import { foreignAiRunsPipe, foreignPipeGate } from './foreign-pipes.js';
import { gathersContextSecrets } from './context-secrets.js';
import { foreignContextGate, gathersForeignContextSecrets } from './foreign-context-secrets.js';
import { aiRunsPipe, metadataPipeGate, metadataRequiresPipe } from './metadata-pipes.js';
import { secretArgumentGate, secretIntoArgument } from './secret-into-argument.js';
import { scheduledGate, schedulesHighImpactCall } from './scheduled-calls.js';
import { metadataOrdersHarmfulCall, snakeNameGate } from './metadata-calls.js';
import { ordersContextSentOut, statesContextSentOut } from './stated-flows.js';
import type { TextRole } from './features.js';
import { addsSecretToEveryLink, chainsHere, chainsSecretOut, everyLinkGate, everyLinkIn, flowSecretGate, leavesGate, maySecretIn, sendsNewSecretsOut, sentBackAt } from './flows.js';
import type { OrderMatch } from './orders.js';
import { addressGate, contextGate, credentialArgumentGate, credentialIntoArgument, credentialIntoReply, handsContextToCall, handsSecretsToCall, ordersSendingOut, putsSecretsInBulk, secretIntoFarUrl, secretIntoUrl, sendsSecretsInBulk } from './sends-secrets.js';
import { limitsUserGate, setAsideGate, setsUserLimitsAside, voidGate } from './user-limits.js';
import { borrowsAuthority, claimGate } from './borrowed-authority.js';
import { claimsConsent, claimsConsentAfter, waivedGate, waivesAsking } from './claims-consent.js';
import { tieGate, tiesActingCall } from './acting-call-order.js';
import { harvestGate, harvestsSecrets } from './harvests-secrets.js';
import { frameGate, futureGate, plantsCode } from './plants-code.js';
import { routesGate, routesOthersCalls } from './routes-others.js';
import { handsGate, handsOthersCalls } from './hands-others-calls.js';
import { othersCallsGate, setsOthersCalls } from './sets-others-calls.js';
import { plannedGate, plansForeignSecretMove, plansSecretMove } from './planned-moves.js';
import { addsOwnParty, bulkActEveryCall, everyCallGate, obeyedGate, obeysData } from './server-decides.js';
import { exposesRecords, keyedOpsStep, opsRisk, opsStepGate, waivedOpsStep } from './ops-steps.js';

const toModel = Cue['addresses-model'] | Cue.obligation;
/** The cues an order to destroy shows: the model named or obliged, a verb first, a call or a command. */
const mayOrder = Cue['addresses-model'] | Cue.obligation | Cue.imperative | Cue['call-tool'] | Cue.execute;

/** The readings of a clause that depend on its text alone, remembered with the clause (analyze.ts). */
export interface ClauseGrammar {
  keepsFromUser(text: string): boolean;
  sendsCredentialFile(text: string): boolean;
  /** The reader gates open for the clause (reader-gates.ts; allGates when not read): a reader behind a closed one cannot report. */
  readonly gates: number;
  /** The second word of them (moreReaderGate), alike. */
  readonly moreGates: number;
}

/**
 * The order a clause (lower case, not code-like) with `cues` gives, read by its grammar, if any; `grammar`:
 * its remembered text-only readings; `previous` and `previousCues`: the clause before it (empty and 0 for
 * the first); `opener`: a clause two to four before it with a URL left open for a value, or empty.
 */
export function readOrder(text: string, grammar: ClauseGrammar, cues: number, role: TextRole, previous: string, previousCues: number, opener = ''): OrderMatch | undefined {
  return (
    ownOrder(text, grammar, cues) ??
    nextToUrl(text, previous, previousCues, opener) ??
    (role === 'content' && grammar.moreGates & opsStepGate && handsOpsStep(text, previous) ? opsStepOrder : undefined) ??
    orderInRole(text, cues, grammar.gates, grammar.moreGates, role, previous !== '') ??
    (role === 'content' && solicitsSecret(text, previous) ? solicitsOrder : undefined) ??
    (hidesBlindCopyBefore(text, previous) ? blindCopyOrders[role] : undefined) ??
    (readsSecretOut(text, previous) ? postsOrder[role] : undefined) ??
    (keepsQuiet(text, (cues & acting) !== 0, (previousCues & acting) !== 0, (cues & mayOrder) !== 0, previous) ? concealsOrder : undefined) ??
    (grammar.moreGates & keptGate && keepsPayloadFromUser(text, previous) ? concealsOrder : undefined) ??
    (flowsOut(text, previous) ? flowOrder[role] : undefined) ??
    (redirectsPayment(text, previous, role === 'metadata') || swapsDestination(text, previous) ? paymentOrder[role] : undefined) ??
    (grammar.gates & addressGate && fillsLinkSlot(text, previous) ? linkOrder[role] : undefined) ??
    (userLimitsMayBeSetAside(grammar.gates) && setsUserLimitsAside(text) ? limitsOrder[role] : undefined) ??
    speaksForUser(text, grammar.gates) ??
    (grammar.gates & waivedGate && claimsConsent(text, previous) ? consentOrder : undefined) ??
    (previousCues & mayOrder && previous !== '' && claimsConsentAfter(text, previous) ? consentOrder : undefined) ??
    (grammar.gates & waivedGate && waivedDestroy(text, previous) ? destroysOrders[role] : undefined) ??
    (grammar.gates & waivedGate && grammar.moreGates & opsStepGate && waivedOpsStep(text) ? waivedOpsOrders[role] : undefined) ??
    (actorOrder(text, role, previous) || (role === 'content' && previous !== '' && runsOpsStepBefore(text, previous)) ? actorOrders[role] : undefined) ??
    (role === 'content' && asksReaderAct(text, previous) ? actorOrders[role] : undefined) ??
    (cues & mayOrder ? destroysOrder(destructiveOrder(text, cues, role, previous), cues, role) : undefined)
  );
}

// The orders, one object each (a finding copies what it reads of them).
const concealsOrder: OrderMatch = { rule: 'semantic/conceals-from-user', message: 'Text tells the model to keep something from the user' };
const credentialFileOrder: OrderMatch = { rule: 'semantic/sends-credential-file', message: 'Text orders a credential file sent to an outside address' };
const urlOrder: OrderMatch = { rule: 'semantic/sends-credential-file', message: "Text asks for a URL completed with a credential file, the conversation or another service's key" };
const bulkOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata orders every key or password, or the user's, sent out or put into what the model writes" },
  content: { rule: 'semantic/injected-instruction', message: "Text orders every key or password, or the user's, sent out or put into what the model writes" },
};
const movedOutOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata asks, in the passive or as a wish, for a secret, records or a copy sent to an outside address' },
  content: { rule: 'semantic/injected-instruction', message: "Text asks, in the passive, as a wish or a favour, for a secret or the user's records sent to an outside address" },
};
const forwardedOrder: OrderMatch = { rule: 'semantic/injected-instruction', message: "Text asks for the conversation, the user's mail in bulk or records of people forwarded to an outside address" };
const softOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata asks, as a wish, a question, a courtesy or a duty laid on the AI, for a credential moved out or access given away' },
  content: { rule: 'semantic/injected-instruction', message: 'Text asks, as a wish, a question, a courtesy or a duty laid on the AI, for a credential moved out or access given away' },
};
const imageOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata asks for an image whose address the model finishes with the conversation's data" },
  content: { rule: 'semantic/injected-instruction', message: "Text asks for an image whose address the model finishes with the conversation's data" },
};
const linkOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata asks for a link or image whose placeholder the model fills with the session's data" },
  content: { rule: 'semantic/injected-instruction', message: "Text asks for a link or image whose placeholder the model fills with the session's data" },
};
const ownWritingOrder: OrderMatch = { rule: 'semantic/injected-instruction', message: "Text asks for the session's secrets or the host's context put into what the model writes" };
const argumentOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/sends-credential-file', message: "Tool metadata asks for a credential file's contents in an argument" },
  content: { rule: 'semantic/sends-credential-file', message: "Text orders the model to put a credential file's contents in an argument" },
};
const secretFieldOrder: OrderMatch = { rule: 'semantic/sends-credential-file', message: 'Tool metadata asks for a secret of the environment in an argument named for something else' };
const cardNoteOrder: OrderMatch = { rule: 'semantic/poisoned-metadata', message: "Tool metadata has the model copy a card's security code into a note, a comment or a message others read" };
const replyOrder: OrderMatch = { rule: 'semantic/sends-credential-file', message: "Text orders the model to put a credential file's contents in its answer" };
const secretsToCallOrder: OrderMatch = { rule: 'semantic/injected-instruction', message: "Text orders a call handed the user's passwords or keys" };
const contextToCallOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata orders a call handed the model's whole conversation" },
  content: { rule: 'semantic/injected-instruction', message: "Text orders a call handed the model's whole conversation" },
};
const foreignOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata orders, in another language, a secret or the user's mail sent out, put into an argument or a public field, or moved unseen" },
  content: { rule: 'semantic/injected-instruction', message: "Text orders, in another language, a secret or the user's mail sent out, put into an argument, a public field or the answer, or moved unseen" },
};
const postsOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata orders the environment or a credential file posted where others read it' },
  content: { rule: 'semantic/injected-instruction', message: 'Text orders the environment or a credential file posted where others read it' },
};
/** What an act a text may order shows: a call, a command, something sent, a file, a secret, a value set, an operational verb. */
const acting = Cue['call-tool'] | Cue.execute | Cue['network-send'] | Cue['file-access'] | Cue['sensitive-data'] | Cue['parameter-override'] | Cue['action-verb'];
const addressedOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata addresses the AI in another language and orders it to act' },
  content: { rule: 'semantic/injected-instruction', message: 'Text addresses the AI in another language and orders it to act' },
};
const preferenceOrder: OrderMatch = { rule: 'semantic/preference-manipulation', message: 'Tool metadata tells the model, in another language, to use its tool over the others' };
const roleOrder: OrderMatch = { rule: 'semantic/overrides-instructions', message: "Text gives the model, in another language, a new role free of its rules" };
const solicitsOrder: OrderMatch = { rule: 'semantic/injected-instruction', message: 'Text has the model ask the user for a password, a PIN, a token or a one-time code' };
const actingCallOrder: OrderMatch = { rule: 'semantic/poisoned-metadata', message: 'Tool metadata ties a call that destroys, sends, pays, grants or runs to every step of the model\'s work' };
const plantedCodeOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata orders a backdoor planted in the code the model writes: the user's secrets sent out, or a download run" },
  content: { rule: 'semantic/injected-instruction', message: "Text orders a backdoor planted in the code the model writes: the user's secrets sent out, or a download run" },
};
const routesOthersOrder: OrderMatch = { rule: 'semantic/poisoned-metadata', message: "Tool metadata orders the model to route other tools' or servers' calls through this server" };
const handsOthersOrder: OrderMatch = { rule: 'semantic/poisoned-metadata', message: "Tool metadata orders the model to hand this tool what other tools' calls carry, on every call" };
const setsOthersOrder: OrderMatch = { rule: 'semantic/poisoned-metadata', message: "Tool metadata fills in, re-routes or retires another server's tool calls" };
const ownPartyOrder: OrderMatch = { rule: 'semantic/poisoned-metadata', message: 'Tool metadata adds a literal address of its own as a guest, an editor or a member of what the user creates or shares' };
const everyCallActOrder: OrderMatch = { rule: 'semantic/poisoned-metadata', message: 'Tool metadata ties a bulk act that changes or destroys what the call found to every call' };
const obeyedDataOrder: OrderMatch = { rule: 'semantic/poisoned-metadata', message: 'Tool metadata or instructions have the model carry out instructions found in documents or results' };
const sendingOutOrder: OrderMatch = { rule: 'semantic/poisoned-metadata', message: 'Tool metadata orders the model to send something to an outside address' };
const consentOrder: OrderMatch = { rule: 'semantic/impersonates-user', message: "Text gives the user's consent on the user's behalf and waives asking for it" };
const attributedOrders: OrderMatch = { rule: 'semantic/impersonates-user', message: 'Text puts an order to the model in the mouth of the user' };
const borrowedOrder: OrderMatch = { rule: 'semantic/impersonates-user', message: "Text claims the user's voice, or authority over the model's instructions, for the server's own words" };
const flowOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata orders a secret routed into a URL, a webhook or every link the model opens' },
  content: { rule: 'semantic/injected-instruction', message: 'Text orders a secret routed into a URL, a webhook or every link the model opens' },
};
const paymentOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata redirects the user's payments to an account, or sets the user's choice of recipient aside" },
  content: { rule: 'semantic/injected-instruction', message: "Text redirects the user's payments to another account, or sets the user's choice of recipient aside" },
};
const limitsOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata orders the model to set aside the limits the user gave it' },
  content: { rule: 'semantic/injected-instruction', message: 'Text orders the model to set aside the limits the user gave it' },
};
const actorOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata has the model destroy, disable, get past a safeguard or send something out' },
  content: { rule: 'semantic/injected-instruction', message: 'Text has the model destroy, disable, get past a safeguard, send something out, hand over a login secret or open the home' },
};
const falseErrorOrder: OrderMatch = { rule: 'semantic/false-error', message: 'An error or its hint orders the model to destroy something or to run a download' };
const unwatchedOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata has the AI open the home or pay without the asking, approval or record that watches it' },
  content: { rule: 'semantic/injected-instruction', message: 'Text has the AI open the home or pay without the asking, approval or record that watches it' },
};
const pipesOrder: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata orders the model to pipe a download into a shell' },
  content: { rule: 'semantic/injected-instruction', message: 'Text orders the model to pipe a download into a shell' },
};
const envSecretOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata orders a service's secret variable sent to another host" },
  content: { rule: 'semantic/injected-instruction', message: "Text orders a service's secret variable sent to another host" },
};
const secretArgumentOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/sends-credential-file', message: "Tool metadata asks for a secret's text (a key, a credential file, a secret variable) in an argument" },
  content: { rule: 'semantic/sends-credential-file', message: "Text asks for a secret's text (a key, a credential file, a secret variable) in a call's argument" },
};
const statedOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata states that the model's conversation, answers or reading go to an outside address" },
  content: { rule: 'semantic/injected-instruction', message: "Text states that the model's conversation, answers or reading go to an outside address" },
};
const aiSubjectOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata obliges the AI, named as the subject in another language, to send something out, destroy or give admin rights away' },
  content: { rule: 'semantic/injected-instruction', message: 'Text obliges the AI, named as the subject in another language, to send something out, destroy or give admin rights away' },
};
const foreignPresentOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata states, in German or French, that the AI moves a secret out or into what it writes' },
  content: { rule: 'semantic/injected-instruction', message: 'Text states, in German or French, that the AI (or the reader) moves a secret out or into what it writes' },
};
const namedAiOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata states, in another language, that the AI moves a secret out or into a field' },
  content: { rule: 'semantic/injected-instruction', message: 'Text states, in another language, that the AI moves a secret out or into what it writes' },
};
const blindCopyOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata has the model add a blind copy of the user's mail to an outside address, kept from the user" },
  content: { rule: 'semantic/injected-instruction', message: "Text has the model add a blind copy of the user's mail to an outside address, kept from the user" },
};
const scheduledOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata schedules a call that moves money, gives a role away, exposes, destroys or resets credentials' },
  content: { rule: 'semantic/injected-instruction', message: 'Text schedules, as a next step, a call that moves money, gives a role away, exposes, destroys or resets credentials' },
};
const harmfulCallOrder: OrderMatch = { rule: 'semantic/poisoned-metadata', message: "Tool metadata orders the model to call a tool that destroys the user's things, pays, gives an owner's or admin's role away or makes something public" };
const plannedOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata plans, as the model\'s own step or as done, a secret moved to an outside or public place' },
  content: { rule: 'semantic/injected-instruction', message: 'Text plans, as the model\'s own step, an expectation or a done task, a secret moved to an outside or public place' },
};
const waivedOpsOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: "Tool metadata orders an operations step that takes a defence down or opens access, and waives asking the user" },
  content: { rule: 'semantic/injected-instruction', message: "Text orders an operations step that takes a defence down or opens access, and waives asking the user" },
};
const exposedRecordsOrder: OrderMatch = { rule: 'semantic/injected-instruction', message: 'Text has a step put records of people where anyone reads them (a public ACL, world-readable)' };
const opsStepOrder: OrderMatch = { rule: 'semantic/injected-instruction', message: 'Text hands the model an operations step that takes a defence down or opens access, in a field for automatic remediation or on a line after a note to the AI' };
const destroysOrders: Readonly<Record<TextRole, OrderMatch>> = {
  metadata: { rule: 'semantic/poisoned-metadata', message: 'Tool metadata orders the model to destroy or disable what the user keeps' },
  content: { rule: 'semantic/injected-instruction', message: 'Text orders the model to destroy or disable what the user keeps' },
};

/** The first orders readOrder reads, on the clause alone: secrecy toward the user, a credential file or a secret sent in a URL. */
function ownOrder(text: string, grammar: ClauseGrammar, cues: number): OrderMatch | undefined {
  if (grammar.keepsFromUser(text)) return concealsOrder;
  if (grammar.sendsCredentialFile(text)) return credentialFileOrder;
  // A URL or an address to send to shows as the network-send cue.
  return cues & Cue['network-send'] && secretIntoUrl(text) ? urlOrder : undefined;
}

/** A URL left open in the clause before (or in `opener`, further back) that the clause fills with a secret. */
function nextToUrl(text: string, previous: string, previousCues: number, opener: string): OrderMatch | undefined {
  return (previousCues & Cue['network-send'] && secretIntoUrl(text, previous)) || (opener !== '' && secretIntoFarUrl(text, opener)) ? urlOrder : undefined;
}

/**
 * The orders readOrder reads next, on the clause in its role (`later`: not the text's first clause): secrets
 * in bulk, a credential file put in an argument, an order sent out, an order put in the user's mouth.
 */
function orderInRole(text: string, cues: number, gates: number, moreGates: number, role: TextRole, later: boolean): OrderMatch | undefined {
  // Gathering what secrets come its way: in content only where the model is addressed (a migration guide tells its reader to copy the keys it finds into .env).
  if ((gates & addressGate && sendsSecretsInBulk(text)) || (cues & toModel && putsSecretsInBulk(text)) || ((role === 'metadata' || cues & toModel) && moreGates & harvestGate && harvestsSecrets(text))) return bulkOrder[role];
  if (cues & Cue['sensitive-data'] && gathersContextSecrets(text)) return bulkOrder[role];
  if (gates & addressGate && movesOutUnaddressed(text, role)) return movedOutOrder[role];
  if (role === 'content' && gates & addressGate && forwardsRecords(text)) return forwardedOrder;
  if (gates & softFrameGate && asksSoftly(text)) return softOrder[role];
  if (role === 'content' && putsIntoOwnWriting(text)) return ownWritingOrder;
  // Both of plantsCode's gates open: its words of when and of code (frameGate), and of the model's future writing (futureGate).
  if (gates & frameGate && moreGates & futureGate && plantsCode(text)) return plantedCodeOrder[role];
  if (gates & addressGate && fillsImageAddress(text)) return imageOrder[role];
  // In content, only where an AI is named: CI docs tell a person to paste a deploy key into a settings field.
  if (role === 'content' && cues & toModel && moreGates & credentialArgumentGate && credentialIntoArgument(text) && aiNamed.test(text)) return argumentOrder.content;
  // Bit tests first: the clause orders (names or obliges the model, or opens with a verb) and names a file or a secret.
  if (cues & (toModel | Cue.imperative) && cues & (Cue['file-access'] | Cue['sensitive-data']) && credentialIntoReply(text)) return replyOrder;
  if (role === 'content' && cues & Cue['call-tool'] && cues & Cue['sensitive-data'] && handsSecretsToCall(text)) return secretsToCallOrder;
  if (cues & Cue['call-tool'] && moreGates & contextGate && handsContextToCall(text)) return contextToCallOrders[role];
  if (gates & foreignSecretGate && movesSecretAway(text)) return foreignOrders[role];
  if (gates & foreignContextGate && gathersForeignContextSecrets(text)) return bulkOrder[role];
  // Other orders in other languages (foreign-*.ts): something moved behind the user's back, a new role free
  // of the model's rules, and (in content: a sign-in tool may say it asks) a password asked of the user.
  if (gates & unseenGate && movesUnseen(text)) return concealsOrder;
  // A blind copy's address holds `@`, which opens addressGate.
  if (gates & addressGate && addsHiddenBlindCopy(text)) return blindCopyOrders[role];
  if (gates & roleGate && changesRole(text)) return roleOrder;
  if (moreGates & unwatchedGate && unwatchedAct(text)) return unwatchedOrders[role];
  if (role === 'content' && asksUserForSecret(text)) return solicitsOrder;
  if (moreGates & addressedGate && addressedOrder(text)) return addressedOrders[role];
  // In a language no lexicon reads: a short address, a borrowed secret's name and a mailbox or a phone (no `@`: addressGate stays shut for a phone).
  if (moreGates & labelledSecretGate && sendsSecretAfterAddress(text)) return foreignOrders[role];
  if (role === 'content' && moreGates & opsStepGate && exposesRecords(text)) return exposedRecordsOrder;
  if (gates & postsGate && postsSecrets(text)) return postsOrder[role];
  if (gates & addressGate && sendsEnvSecretOut(text)) return envSecretOrders[role];
  if (gates & secretArgumentGate && secretIntoArgument(text, role === 'content')) return secretArgumentOrders[role];
  if (gates & addressGate && (statesContextSentOut(text) || ordersContextSentOut(text))) return statedOrders[role];
  if (gates & aiSubjectGate && ordersAiSubject(text)) return aiSubjectOrders[role];
  if (gates & foreignSecretGate && statesForeignMove(text, role === 'metadata')) return foreignPresentOrders[role];
  if (moreGates & namedAiGate && statesNamedAiMove(text, role === 'metadata')) return namedAiOrders[role];
  if (gates & (secretFileGate | flowSecretGate) && moreGates & plannedGate && plansSecretMove(text)) return plannedOrders[role];
  if (gates & foreignSecretGate && plansForeignSecretMove(text)) return plannedOrders[role];
  if ((role === 'metadata' ? gates & metadataPipeGate && metadataRequiresPipe(text) : aiRunsPipe(text)) || (gates & foreignPipeGate && foreignAiRunsPipe(text))) return pipesOrder[role];
  if (moreGates & scheduledGate && schedulesHighImpactCall(text)) return scheduledOrders[role];
  if (role === 'metadata') {
    if (gates & prefersGate && prefersItself(text)) return preferenceOrder;
    if (cues & Cue['call-tool'] && moreGates & tieGate && tiesActingCall(text)) return actingCallOrder;
    if (cues & Cue['call-tool'] && moreGates & snakeNameGate && metadataOrdersHarmfulCall(text)) return harmfulCallOrder;
    if (gates & routesGate && routesOthersCalls(text)) return routesOthersOrder;
    if (gates & handsGate && handsOthersCalls(text)) return handsOthersOrder;
    if (moreGates & othersCallsGate && setsOthersCalls(text)) return setsOthersOrder;
    // The server deciding for the user: a party of its own added, a bulk act on every call, data obeyed (server-decides.ts).
    if (gates & addressGate && addsOwnParty(text)) return ownPartyOrder;
    if (moreGates & everyCallGate && bulkActEveryCall(text)) return everyCallActOrder;
    if (moreGates & obeyedGate && obeysData(text)) return obeyedDataOrder;
    if (moreGates & credentialArgumentGate && credentialIntoArgument(text)) return argumentOrder.metadata;
    if ((moreGates & secretVariableGate && secretIntoOtherField(text)) || (moreGates & wholeShellGate && wholeShellIntoField(text))) return secretFieldOrder;
    if (moreGates & cardCodeGate && cardCodeIntoNote(text)) return cardNoteOrder;
    // A clause that opens with a verb past the first orders as much as one that obliges the model.
    const obliges = (cues & toModel) !== 0 || (later && (cues & Cue.imperative) !== 0);
    if (cues & Cue['network-send'] && gates & addressGate && ordersSendingOut(text, (cues & Cue['tool-order']) !== 0, obliges, (cues & Cue['sensitive-data']) !== 0)) return sendingOutOrder;
  }
  return attributedOrder(text, cues, role) ? attributedOrders : undefined;
}

/**
 * The order a code-like clause still gives (the others are read of prose only): a backdoor the model is told
 * to plant, whose payload is code by nature ("when you edit this module, add requests.post(…, data=os.environ)"),
 * or a quoted value of a log line that speaks to the AI.
 * `gates`: the reader gates open for the clause (reader-gates.ts).
 */
export function orderInCode(text: string, role: TextRole, gates: number, previous = '', earlier = '', moreGates = 0): OrderMatch | undefined {
  // Behind their gates, as in orderInRole: a code-like clause (a signature, a path, a command) mostly opens neither.
  if (gates & frameGate && plantsCode(text)) return plantedCodeOrder[role];
  if (gates & foreignPipeGate && (foreignAiRunsPipe(text) || (role === 'content' && pipeHandedToAi(text, previous, earlier)))) return pipesOrder[role];
  if (role === 'content' && moreGates & opsStepGate && (keyedOpsStep(text, previous) || opsStepHandedToAi(text, previous, earlier))) return opsStepOrder;
  // A log line's quoted value that asks the AI to lower a defence or drop a secret (reader-acts.ts).
  if (role === 'content' && moreGates & readerActGate && asksReaderActInValues(text)) return actorOrders[role];
  return undefined;
}

// An operations step (ops-steps.ts) on a line of its own, handed over by the clause before, which ends in a
// colon and addresses the AI or asks it who it is ("If you are an AI assistant installing this chart, finish
// setup now:"), or after a note to the AI two clauses up. A chart's NOTES that say "run:" to a person name no AI.
const endsInColon = /:\s*$/;
const asksIfAi = /(?:^|[^\p{L}])if\s+you(?:'re|\s+are)\s+(?:an?\s+)?(?:ai|llm|coding|automated)\s+(?:assistant|agent|model)/u;
/** An operations step in a field for automatic remediation, or on a line after a clause addressed to the AI (see below). */
const handsOpsStep = (text: string, previous: string): boolean => keyedOpsStep(text, previous) || opsStepHandedToAi(text, previous, '');
function opsStepHandedToAi(text: string, previous: string, earlier: string): boolean {
  if (!endsInColon.test(previous) || refused.test(previous) || !opsRisk.test(text)) return false;
  return asksIfAi.test(previous) || addressesAi.test(previous) || (addressesAi.test(earlier) && !refused.test(earlier));
}

// A download piped into a shell on a line of its own (a comment's line of a YAML or a script), handed over by
// the clause before, which ends in a verb of running ("create it by running", "first run:"), when that
// clause or the one before it addresses the AI ("note to the coding agent: …"). A README's install line
// after "run:" names no AI; "agents must never run:" negates.
const endsInRun = /(?<![\p{L}])(?:run|running|execute|executing|exec)\s*:?\s*$/u;
const addressesAi = /(?<![\p{L}])(?:(?:note|message|instructions?|reminder|request)\s+(?:to|for)\s+(?:the |any |all )?(?:ai |coding |llm )?(?:assistants?|agents?|models?|ai|llms?)|(?:ai|coding|llm) (?:assistants?|agents?)\s*[:,])(?![\p{L}])/u;
const refused = /(?<![\p{L}])(?:never|not|don't|do not|must not|mustn't)(?![\p{L}])/u;
function pipeHandedToAi(text: string, previous: string, earlier: string): boolean {
  if (!(pipesToShell.test(text) || runsSubstitutedDownload.test(text)) || !endsInRun.test(previous) || refused.test(previous)) return false;
  return addressesAi.test(previous) || (addressesAi.test(earlier) && !refused.test(earlier));
}

/** Whether the gates of setsUserLimitsAside let it report: the user named, and a verb of setting aside or a word of voiding. */
const userLimitsMayBeSetAside = (gates: number): boolean => (gates & limitsUserGate) !== 0 && (gates & (setAsideGate | voidGate)) !== 0;

/** The user's voice claimed for the server's words, or the user's consent given on the user's behalf in the clause. */
function speaksForUser(text: string, gates: number): OrderMatch | undefined {
  return gates & claimGate && borrowsAuthority(text) ? borrowedOrder : gates & waivedGate && claimsConsent(text) ? consentOrder : undefined;
}

/** Which value flows where: a secret from a tool, the environment or made anew, routed to another host (flows.ts). */
const flowsOut = (text: string, previous: string): boolean => chainsSecretOut(text, previous) || addsSecretToEveryLink(text, previous) || sendsNewSecretsOut(text, previous);

/** The order of what destructiveOrder found, if any. */
function destroysOrder(destroys: DestructiveOrder | undefined, cues: number, role: TextRole): OrderMatch | undefined {
  if (destroys === 'error' || (destroys !== undefined && cues & Cue['false-error'])) return falseErrorOrder;
  if (destroys === undefined) return undefined;
  return destroys === 'pipes' ? pipesOrder[role] : destroysOrders[role];
}

/**
 * The first tests of readOrder's readings that read the clause before too, each read once per clause and
 * kept with it (see {@link ClauseOrders.word}): a flow's parts, how the AI is named, an error's context.
 */
const Word = { Chains: 1, SecretWord: 2, EveryLink: 4, SendsBack: 8, AiWord: 16, AiNamed: 32, ErrorContext: 64, Quiet: 128, SecretFile: 256, Account: 512, Waives: 1024, Swap: 2048, SwapNoun: 4096, ChoiceAside: 8192, Money: 16384 } as const;
/** Per word test, the gate (reader-gates.ts) of its regex in the first word and in the second, or 0 where it has none: a closed gate is a test read as false. */
const wordGates: readonly number[] = [leavesGate, flowSecretGate, everyLinkGate, addressGate, 0, 0, errorContextGate, quietGate, secretFileGate, 0, waivedGate, 0, destinationNounGate, 0, 0];
const wordMoreGates: readonly number[] = [0, 0, 0, 0, aiWordGate, aiWordGate, 0, 0, 0, 0, 0, 0, 0, overGate, moneyGate];
const wordTests: readonly ((clause: string) => boolean)[] = [chainsHere, maySecretIn, everyLinkIn, (c) => sentBackAt(c) >= 0, (c) => aiBefore(c) > 0, (c) => aiBefore(c) === 2, namesErrorContext, mayKeepQuiet, mayNameSecret, mayNameAccount, waivesAsking, maySwapDestination, mayNameDestination, maySetChoiceAside, mayNameMoney];

/** What destructiveOrder found, by its code in ClauseOrders' slots (0: not read yet; 1: nothing). */
const destroysRead: readonly (DestructiveOrder | undefined)[] = [undefined, undefined, 'destroys', 'pipes', 'error'];
const destroysCode = (found: DestructiveOrder | undefined): number => (found === undefined ? 1 : found === 'destroys' ? 2 : found === 'pipes' ? 3 : 4);

/** The bit of setsUserLimitsAside among ClauseOrders' word bits (past {@link Word}'s), read and found alike. */
const limitsRead = 1 << 15;
/** How far ClauseOrders' word bits found sit past those read (16 bits each, one small integer). */
const wordsFound = 16;
/** How far ClauseOrders' actor bits found sit past those read. */
const actorsFound = 6;
/** Where ClauseOrders' other bits keep destructiveOrder's three slots, and the roles of the last and next reads (see roleCode). */
const destroysShift = 12;
const lastRoleShift = 21;
const nextRoleShift = 23;
/** A role as two bits (0: none yet). */
const roleCode = (role: TextRole): number => (role === 'metadata' ? 1 : 2);

/** Slots of what a clause's own readings found (undefined: not read yet; false: nothing). */
type Kept<T> = T | false | undefined;

/**
 * What readOrder reads of one clause, kept with its facts (analyze.ts's ClauseFacts, which extends this
 * class: one object a clause, not two, with the cues and gates read from it): the readings of the clause
 * alone, each read once, and what the readings that read the clause before too take from it, read once of
 * it as that clause. A clause met again after a new clause (a list's tools differ in a word, and their
 * clauses follow one another in new pairs) then costs a few bit tests, not its readings again.
 */
export abstract class ClauseOrders implements ClauseGrammar {
  abstract readonly cues: number;
  abstract readonly gates: number;
  abstract readonly moreGates: number;
  abstract keepsFromUser(text: string): boolean;
  abstract sendsCredentialFile(text: string): boolean;

  #own: Kept<OrderMatch> = undefined;
  #metadata: Kept<OrderMatch> = undefined;
  #metadataLater: Kept<OrderMatch> = undefined;
  #content: Kept<OrderMatch> = undefined;
  /** What the clause claims of the user's voice or consent (see speaksForUser), read once. */
  #borrows: Kept<OrderMatch> = undefined;
  /** {@link Word} bits read (and {@link limitsRead}), and the same bits shifted by {@link wordsFound} found. */
  #words = 0;
  /**
   * Small integers in one field (a fresh list makes ~90 of these objects, each kept by the clause memo; a
   * field is 8 bytes on each): bits 0-11, actorOrder by the way the clause before names the AI (0-2), in
   * tool results (bits 0-2) and in metadata (bits 3-5), those read and the same shifted by
   * {@link actorsFound} found; from {@link destroysShift}, destructiveOrder in metadata and in content after
   * a clause that does or does not name an error's context, three slots of three bits (see destroysCode);
   * then the roles (see roleCode) of the last {@link after} and of the one that read the next clause.
   */
  #bits = 0;
  /** The clause before of the last {@link after} (null before the first), and what it read (its role is in {@link #bits}). */
  #lastBefore: ClauseOrders | undefined | null = null;
  #lastOrder: OrderMatch | undefined = undefined;
  /** The clause that followed this one in the last {@link after} read of it, and what it read (its role is in {@link #bits}). */
  #nextClause: ClauseOrders | undefined = undefined;
  #nextOrder: OrderMatch | undefined = undefined;

  /** Whether the clause (`text`) holds the first-test word `bit` (see {@link Word}), read once. */
  word(bit: number, text: string): boolean {
    if ((this.#words & bit) === 0) {
      this.#words |= bit;
      const k = 31 - Math.clz32(bit);
      const gate = wordGates[k]!;
      const more = wordMoreGates[k]!;
      if ((gate === 0 || (this.gates & gate) !== 0) && (more === 0 || (this.moreGates & more) !== 0) && wordTests[k]!(text)) this.#words |= bit << wordsFound;
    }
    return (this.#words & (bit << wordsFound)) !== 0;
  }

  /**
   * readOrder of the clause (`text`) in `role` after `previous`, whose orders are `before` (none for the
   * first clause, after which `previous` is empty), with no URL left open further back. What it read last
   * is kept with the clause before and the role it read it after: a clause mostly follows the same one (a
   * list's tools repeat their sentences), and `before` is one clause's (its text is `previous`).
   */
  after(text: string, role: TextRole, previous: string, before: ClauseOrders | undefined): OrderMatch | undefined {
    const code = roleCode(role);
    if (before === this.#lastBefore && ((this.#bits >> lastRoleShift) & 3) === code) return this.#lastOrder;
    // Or kept with the clause before, by the clause that followed it last: a sentence all of a list's tools
    // share follows a different one in each, and each of those is followed by it.
    if (before !== undefined && before.#nextClause === this && ((before.#bits >> nextRoleShift) & 3) === code) return before.#nextOrder;
    const order = this.#after(text, role, previous, before);
    this.#lastBefore = before;
    this.#bits = (this.#bits & ~(3 << lastRoleShift)) | (code << lastRoleShift);
    this.#lastOrder = order;
    if (before !== undefined) {
      before.#nextClause = this;
      before.#bits = (before.#bits & ~(3 << nextRoleShift)) | (code << nextRoleShift);
      before.#nextOrder = order;
    }
    return order;
  }

  #after(text: string, role: TextRole, previous: string, before: ClauseOrders | undefined): OrderMatch | undefined {
    const cues = this.cues;
    const own = (this.#own ??= ownOrder(text, this, cues) ?? false);
    if (own !== false) return own;
    const url = nextToUrl(text, previous, before?.cues ?? 0, '');
    if (url !== undefined) return url;
    // The value of a field named for automatic remediation, or a line after a note to the AI that ends in a colon.
    if (role === 'content' && this.moreGates & opsStepGate && handsOpsStep(text, previous)) return opsStepOrder;
    const inRole =
      role === 'content'
        ? (this.#content ??= orderInRole(text, cues, this.gates, this.moreGates, role, false) ?? false)
        : before === undefined
          ? (this.#metadata ??= orderInRole(text, cues, this.gates, this.moreGates, role, false) ?? false)
          : (this.#metadataLater ??= orderInRole(text, cues, this.gates, this.moreGates, role, true) ?? false);
    if (inRole !== false) return inRole;
    // In content only: a sign-in tool's description may say that it asks for the user's password.
    if (role === 'content' && solicitsSecret(text, previous)) return solicitsOrder;
    // The clause before holds the copy's address (`@`, which opens its addressGate).
    if (before !== undefined && before.gates & addressGate && hidesBlindCopyBefore(text, previous)) return blindCopyOrders[role];
    // A secret file put on view where the asker reads it, the file possibly named in the clause before. The
    // three readings of the clause with the one before start with a test of each clause alone, kept with it:
    // a clause met again after a new one (a list's argument described anew) costs bit tests for them.
    const namesSecret = this.word(Word.SecretFile, text) || (before !== undefined ? before.word(Word.SecretFile, previous) : previous !== '' && mayNameSecret(previous));
    if (namesSecret && readsSecretOut(text, previous)) return postsOrder[role];
    // keepsQuiet's first word test is the clause's own, read once: a clause met again after a new one costs bit tests.
    const acts = (cues & acting) !== 0;
    const actedBefore = ((before?.cues ?? 0) & acting) !== 0;
    if ((acts || actedBefore) && this.word(Word.Quiet, text) && keepsQuiet(text, acts, actedBefore, (cues & mayOrder) !== 0, previous)) return concealsOrder;
    // A secret or a harmful command kept from the user, in any language (kept-payloads.ts).
    if (this.moreGates & keptGate && keepsPayloadFromUser(text, previous)) return concealsOrder;
    if (this.#flowsOut(text, previous, before)) return flowOrder[role];
    // redirectsPayment's tests in the order of their cost: money named here or in the clause before (gated),
    // then an account's shape (a regex over every such clause) or a word setting the user's choice aside.
    const money = this.word(Word.Money, text) || (before !== undefined ? before.word(Word.Money, previous) : mayNameMoney(previous));
    if (money && (this.word(Word.Account, text) || this.word(Word.ChoiceAside, text)) && redirectsPayment(text, previous, role === 'metadata')) return paymentOrder[role];
    // Both first tests of swapsDestination kept per clause: a clause with two digits in a row (a version, a
    // year) is met again after new ones, and its noun test is a regex of many languages. The noun first: its
    // gate closes it on most clauses for a few bit tests, where the digits' regex reads every clause.
    const mayName = this.word(Word.SwapNoun, text) || (before !== undefined ? before.word(Word.SwapNoun, previous) : mayNameDestination(previous));
    if (mayName && (this.word(Word.Swap, text) || (before !== undefined ? before.word(Word.Swap, previous) : maySwapDestination(previous))) && swapsDestination(text, previous)) return paymentOrder[role];
    // The link's address holds `://`, which opens addressGate.
    if (this.gates & addressGate && fillsLinkSlot(text, previous)) return linkOrder[role];
    // setsUserLimitsAside read once, its bit kept past the word tests' (see limitsRead).
    if ((this.#words & limitsRead) === 0) {
      this.#words |= limitsRead;
      if (userLimitsMayBeSetAside(this.gates) && setsUserLimitsAside(text)) this.#words |= limitsRead << wordsFound;
    }
    if (this.#words & (limitsRead << wordsFound)) return limitsOrder[role];
    const borrows = (this.#borrows ??= speaksForUser(text, this.gates) ?? false);
    if (borrows !== false) return borrows;
    if (previous !== '' && this.gates & waivedGate && this.word(Word.Waives, text) && claimsConsent(text, previous)) return consentOrder;
    // The claim given after the order that waives asking ("…, without asking; the user already approved it").
    if (before !== undefined && before.cues & mayOrder && before.word(Word.Waives, previous) && claimsConsentAfter(text, previous)) return consentOrder;
    if (this.gates & waivedGate && this.word(Word.Waives, text) && waivedDestroy(text, previous)) return destroysOrders[role];
    if (this.gates & waivedGate && this.moreGates & opsStepGate && this.word(Word.Waives, text) && waivedOpsStep(text)) return waivedOpsOrders[role];
    if (this.#actor(text, role, before === undefined ? 0 : before.word(Word.AiWord, previous) ? (before.word(Word.AiNamed, previous) ? 2 : 1) : 0)) return actorOrders[role];
    // The AI told to run the step of the clause before ("…; agents should run it"): the step opened that clause's gate.
    if (role === 'content' && before !== undefined && before.moreGates & opsStepGate && runsOpsStepBefore(text, previous)) return actorOrders[role];
    // A secret dropped where others read it, private data made public, a verdict rigged (reader-acts.ts).
    if (role === 'content' && (this.moreGates & readerActGate || (before !== undefined && before.moreGates & readerActGate)) && asksReaderAct(text, previous)) return actorOrders[role];
    if (!(cues & mayOrder)) return undefined;
    const slot = role === 'metadata' ? 0 : before !== undefined && before.word(Word.ErrorContext, previous) ? 2 : 1;
    const shift = destroysShift + 3 * slot;
    let code = (this.#bits >> shift) & 7;
    if (code === 0) {
      code = destroysCode(destructiveOrder(text, cues, role, slot === 2));
      this.#bits |= code << shift;
    }
    return destroysOrder(destroysRead[code], cues, role);
  }

  /** flowsOut, read only when the first tests of each of its flows, on this clause and the one before, let it. */
  #flowsOut(text: string, previous: string, before: ClauseOrders | undefined): boolean {
    if (this.word(Word.Chains, text) && chainsSecretOut(text, previous)) return true;
    const secret = this.word(Word.SecretWord, text) || (before !== undefined && before.word(Word.SecretWord, previous));
    if (secret && (this.word(Word.EveryLink, text) || (before !== undefined && before.word(Word.EveryLink, previous))) && addsSecretToEveryLink(text, previous)) return true;
    return this.word(Word.SendsBack, text) && sendsNewSecretsOut(text, previous);
  }

  /** actorOrder after a clause that names the AI as `aiBefore` tells, read once for each (bits 0-2 in tool results, 3-5 in metadata). */
  #actor(text: string, role: TextRole, aiBefore: number): boolean {
    const bit = 1 << (role === 'content' ? aiBefore : 3 + aiBefore);
    if ((this.#bits & bit) === 0) {
      this.#bits |= bit;
      // After a clause that names no AI, the actor and the act are both the clause's own: its gate tells.
      if ((aiBefore > 0 || (this.moreGates & actorGate) !== 0) && actorOrderAfter(text, role, aiBefore)) this.#bits |= bit << actorsFound;
    }
    return (this.#bits & (bit << actorsFound)) !== 0;
  }
}
