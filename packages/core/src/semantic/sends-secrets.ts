// An order to send a credential file out, in any language: a clause that names a file nobody sends anywhere
// (a private SSH key, cloud credentials, a .env file, the password database), an outside address (a URL or
// an e-mail address) and a verb of sending or uploading in one of the languages below - not negated. The
// signature rules read English (and a few other) word orders of this move; the grammar differs from
// language to language but the two things it names do not. A public key (`id_rsa.pub`) is no secret, and a
// warning ("lade niemals ~/.aws/credentials nach … hoch") negates the verb.

/** Files whose content is a credential (read on the lower-case clause). */
const credentialFile = /(?:~|\$home|%userprofile%|\/home\/[^/\s]+|\/root)?\/?\.ssh\/(?:id_[a-z0-9]+|identity)(?!\.pub|[a-z0-9_])|\.aws\/credentials|\.config\/gcloud|\.azure\/|\.kube\/config|\.docker\/config\.json|\.netrc|\.npmrc|\.pypirc|\.git-credentials|(?:^|[\s"'`(/])\.env(?:\.[a-z]+)?(?![\w.-])|\/etc\/shadow|keychain|login\.keychain|\.gnupg\//;

const destination = /https?:\/\/|ftp:\/\/|wss?:\/\/|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z0-9.-]+/;

// Verbs of sending, uploading, posting, forwarding, as words or word starts (`(?<!\p{L})`: any script).
const sending = new RegExp(
  [
    'send|upload|forward|transmit|transfer|exfiltrate',
    'sende|sendet|senden|schick|schicke|schickt|schicken|lade|laden|übermittle|übermitteln|übertrage|übertragen|leite|leiten',
    'envoie|envoyez|envoyer|transmets|transmettez|transmettre|téléverse|téléversez|téléverser|transfère|transférez|transférer',
    'envía|envia|envíe|envie|enviar|sube|suba|subir|manda|mande|mandar|reenvía|reenvie|transfiere|transfiera|carga|cargue',
    'invia|inviare|inoltra|inoltrare|carica|caricare|trasferisci|trasmetti',
    'enviar|envie|mande|carregue|carregar|encaminhe|encaminhar|transfira',
    'stuur|verstuur|versturen|sturen|upload|uploaden|doorsturen',
    'wyślij|wyslij|prześlij|przeslij|załaduj|wrzuć',
    'отправь|отправьте|отправить|перешли|перешлите|загрузи|загрузите|выгрузи|выгрузите|надішли|надішліть|завантаж',
    'gönder|gonder|yükle|yukle|ilet',
    'kirim|unggah',
  ].join('|')
    .split('|')
    .map((w) => `(?<![\\p{L}\\p{N}_])${w}(?![\\p{L}])`)
    .concat(['发送', '上传', '转发', '发到', '传到', '送信', 'アップロード', '送って', '送る', '보내', '업로드', '전송'])
    .join('|'),
  'u',
);

// A negation of the verb makes it a warning ("never upload …", "lade niemals … hoch", "n'envoie jamais").
const negated = new RegExp(
  ['never|not|don\'t|do not|must not|should not', 'nie|niemals|nicht|kein', 'ne|n\'|jamais|pas', 'no|nunca|jamás', 'non|mai', 'não|nao', 'niet|nooit', 'не|никогда|ніколи', 'asla']
    .join('|')
    .split('|')
    .map((w) => `(?<![\\p{L}])${w}(?![\\p{L}])`)
    .concat(['不要', '别', '切勿', '決して', '절대'])
    .join('|'),
  'u',
);

// What an attack makes a model do, reported: a verb of causing or allowing, or a modal, before the verb.
const reported = /\b(?:make|makes|made|making|let|lets|letting|allow|allows|allowed|allowing|cause|causes|caused|trick|tricks|tricked|get|gets|got|lead|leads|led|force|forces|forced|can|could|may|might|would)\b(?:\s+[\w'-]+){0,4}?\s+(?:to\s+)?$/;

/** Whether a clause (lower case) orders a credential file sent to an outside address, in any of the languages above. */
export function sendsCredentialFile(clause: string): boolean {
  // An address has `://` or `@`: two plain searches stop almost every clause before a regex runs.
  if ((!clause.includes('://') && !clause.includes('@')) || !credentialFile.test(clause) || !destination.test(clause)) return false;
  const verb = sending.exec(clause);
  if (verb === null) return false;
  // The negation of that verb: just before it, or just after it where the verb comes first ("lade niemals").
  if (negated.test(clause.slice(Math.max(0, verb.index - 40), verb.index + verb[0].length + 16))) return false;
  // A write-up reporting what an attack makes a model do ("allows an attacker to make the agent send …").
  return !reported.test(clause.slice(Math.max(0, verb.index - 48), verb.index));
}
