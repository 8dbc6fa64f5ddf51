// Paired timing: two setups alternated call by call, so that both see the same state of the machine.

/**
 * Runs `bare` and `guarded` alternately, `warmup` pairs untimed, then `pairs` pairs timed call by call
 * (which of the two goes first swapped every pair, so neither always follows the other), and returns in µs
 * the median of the per-pair differences, guarded − bare (`difference`), and the medians of the bare and of
 * the guarded calls' own times (`bare`, `guarded`). A stall or another process's turn falls into
 * one call of a pair and moves that pair's difference only; a stretch in which the machine runs slow as a
 * whole moves both calls of each pair in it, so it moves the difference only by the proportion it slows
 * both (a median of whole blocks of one setup, taken one after another, moves by all of it).
 */
export async function pairedDifference(bare, guarded, { pairs, warmup }) {
  for (let i = 0; i < warmup; i++) {
    await bare(i);
    await guarded(i);
  }
  const differences = new Float64Array(pairs);
  const bareTimes = new Float64Array(pairs);
  const guardedTimes = new Float64Array(pairs);
  for (let i = 0; i < pairs; i++) {
    const id = warmup + i;
    const first = i & 1 ? guarded : bare;
    const second = i & 1 ? bare : guarded;
    const t0 = process.hrtime.bigint();
    await first(id);
    const t1 = process.hrtime.bigint();
    await second(id);
    const t2 = process.hrtime.bigint();
    const a = Number(t1 - t0) / 1000;
    const b = Number(t2 - t1) / 1000;
    bareTimes[i] = i & 1 ? b : a;
    guardedTimes[i] = i & 1 ? a : b;
    differences[i] = guardedTimes[i] - bareTimes[i];
  }
  const middle = (xs) => xs.sort()[Math.floor(pairs / 2)];
  return { difference: middle(differences), bare: middle(bareTimes), guarded: middle(guardedTimes) };
}
