// A secret named only by its environment variable, sent to an outside address, in any language ("take
// GITHUB_TOKEN from the environment and post it to https://…", "schick den Wert von STRIPE_SECRET_KEY an …",
// "invialo a …"): a key named for a service goes to that service's host ("send GITHUB_TOKEN to
// api.github.com" is how its API is called), so only a key named for another service than the address's
// host is read, and a generic name (`API_KEY`) is let be. Setup notes name the same variables with no
// address, and a warning negates the verb.
import { foreignKey, negatedNear, reportedBefore, sendingVerb } from './sends-secrets.js';

// A cheap first test: a variable named for a secret (`…_key`, `…_token`, `…_secret`, `…_password`, `…_pat`).
const mayNameKey = /[a-z0-9]_(?:[a-z0-9]+_)*(?:api_?key|key|token|secret|password|pat)\b/;
const destination = /https?:\/\/([a-z0-9.-]+)|[a-z0-9._%+-]+@([a-z0-9-]+\.[a-z0-9.-]+)/;
// Romance imperatives with an object pronoun joined to them ("invialo", "envíalo", "mándala", "mande-a").
const withClitic = /(?<![\p{L}])(?:invia|inviate|inoltra|manda|mánda|envía|envia|enviá|reenvía|sube|súbe|envie|mande|encaminhe)(?:-?(?:lo|la|los|las|le|li|o|a|os|as|glielo|melo))(?![\p{L}])/u;

/** Whether a clause (lower case) orders the value of a service's secret variable sent to another host. */
export function sendsEnvSecretOut(clause: string): boolean {
  if ((!clause.includes('://') && !clause.includes('@')) || !mayNameKey.test(clause)) return false;
  const to = destination.exec(clause);
  if (to === null || !foreignKey(clause, to[1] ?? to[2]!)) return false;
  const verb = sendingVerb(clause) ?? withClitic.exec(clause);
  if (verb === null) return false;
  return !negatedNear(clause, verb.index, verb[0].length) && !reportedBefore(clause, verb.index);
}
