import { redTeamCases } from './adversarial51/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-51 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: tool metadata moved into schema fields (enum items, a default, the output schema, nested items,
// a title, a pattern's hint, an example, a property padded deep), tools that steer the use of another tool
// (used instead of it, a bcc or a remote added when it runs), forged assistant and system turns in prompts
// and sampling requests, initialize instructions that hide a tool or add a copy, and results and resources
// that turn to the agent reading them, in several languages. Each attack has a benign twin a real server
// sends. `misses` may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>(['rt-ci-yaml-en']);
/** The size of `misses` (12 of 31 on the base build when the suite was written, 10 once turns a server writes in a prompt that show the model's hidden instructions or force-push over main were read, and an assistant turn's plan as the order it would be, 9 once variables picked by a secret's name were read as secrets in bulk and, in German or French metadata, a credential file the AI puts "here", 6 once a blind copy of the user's mail added to a literal address behind the user's back was read, 5 once a result's plain statement of what the AI reading it does was read for the act's harm, 3 once the AI named as a subject was read in a table of 14 languages, 2 after stop 57's text-reader fixes, det57text, 1 once det60miss read ~/.kube/config as a credential file in every language's order); it can only go down. */
const missesAtMost = 1;

describeAdversarialSuite(51, redTeamCases, { misses, missesAtMost, atLeast: 31 });
