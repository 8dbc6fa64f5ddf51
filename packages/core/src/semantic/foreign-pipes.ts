// A download piped into a shell that a text, in another language, has the AI run: the AI named as the
// subject of a verb of running ("gli assistenti AI eseguono `wget -qO- … | sh`", "AI सहायक अपग्रेड के समय
// `curl … | sh` चलाए"), or addressed with one ("агенте: перед npm ci додай крок `curl … | sh`"). destroys.ts
// and metadata-pipes.ts read it in English; a changelog, a CI file or a README in Italian or Hindi makes the
// same move. Read as its parts: the pipe, the AI named (named-ai-present.ts's nouns, any case of them), a
// verb of running or adding a step in the language, and no negation. An install line in a README addresses
// a person ("esegui `curl … | sh`"), and a warning ("gli assistenti non eseguono mai …") negates it.
import { pipesToShell, runsSubstitutedDownload } from './destroys.js';
import { mayNameAi } from './named-ai-present.js';
import { nfkcPattern } from './nfkc-pattern.js';
import { readerGate } from './reader-gates.js';

const mayPipe = /\|\s*(?:sudo\s+)?\w*(?:sh|python3?|node|perl|ruby)\b|[<$]\(\s*(?:curl|wget)/;
/** The gate of foreignAiRunsPipe (reader-gates.ts): its first test. */
export const foreignPipeGate = readerGate(mayPipe);
/** The AI, in any case of its noun (Slavic nouns decline: "асистенте", "asystenta"). */
const ai = nfkcPattern(
  String.raw`(?<![\p{L}])(?:(?:ai|ia|ki|ии|ші)[- ]?)?(?:asistent|assistent|asystent|asistan|ассистент|асистент|помощник|помічник|агент|agente|modell?o|модел)\p{L}{0,4}(?![\p{L}])|مساعد|सहायक|어시스턴트|에이전트|アシスタント|エージェント|助手|智能体`,
  'u',
);
/** A verb of running (present, imperative, third-person "let it") or of adding a step, in the languages read. */
const runs = nfkcPattern(
  String.raw`(?<![\p{L}\p{M}])(?:ejecuta|ejecutan|ejecute|corre|lanza|executa|executam|execute|roda|rodam|esegue|eseguono|esegua|lancia|lanciano|uruchamia|uruchamiają|uruchom|uruchomi|wykonuje|wykonaj|spustí|spouští|spusť|spustí|запускает|запускают|выполняет|выполняют|запусти|выполни|запускає|запускають|виконує|виконують|виконай|додай|добавь|додає|добавляет|çalıştırır|çalıştırsın|çalıştırın|çalıştır|yürütür|ينفذ|ينفّذ|يشغل|يشغّل|نفّذ|نفذ|شغّل|चलाए|चलाता|चलाती|चलाएँ|चलाएं|चलाओ)(?![\p{L}\p{M}])|실행|実行|执行|运行`,
  'u',
);
const negation = nfkcPattern(String.raw`(?<![\p{L}\p{M}])(?:no|non|não|nie|ne|не|ні|nunca|mai|nigdy|nikdy|никогда|ніколи|لا|نہ|नहीं|मत|asla)(?![\p{L}\p{M}])|않|마세요|ないで|しない|不要|别|勿`, 'u');

/** Whether a clause (lower case) has the AI, named in another language, run a download piped into a shell. */
export function foreignAiRunsPipe(clause: string): boolean {
  if (!mayPipe.test(clause) || !mayNameAi.test(clause)) return false;
  if (!(pipesToShell.test(clause) || runsSubstitutedDownload.test(clause))) return false;
  return ai.test(clause) && runs.test(clause) && !negation.test(clause);
}
