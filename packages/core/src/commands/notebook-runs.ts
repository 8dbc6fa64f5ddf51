// Notebook runners execute every code cell of the notebook they are given, as a script runner runs a script:
// `jupyter nbconvert --execute`, `jupyter execute`, `jupytext --execute`, `ipython x.ipynb`, `papermill in out`
// (papermill also reads its input from a URL itself). The same programs are Python modules (`python -m
// jupyter lab`, `python -m nbconvert`), which the line reads as the program they name. A notebook run so is
// judged as a script run is (downloaded above: fetched code run); a render without --execute runs nothing.

/** The program a Jupyter module names when run with `python -m`, or undefined for other modules. */
const modulePrograms: Readonly<Record<string, string>> = {
  jupyter: 'jupyter',
  jupyterlab: 'jupyter-lab',
  notebook: 'jupyter-notebook',
  jupyter_server: 'jupyter-server',
  nbclassic: 'jupyter-notebook',
  nbconvert: 'jupyter-nbconvert',
  papermill: 'papermill',
  jupytext: 'jupytext',
};

/** `python -m module args` read as the program and arguments it stands for, or undefined. */
export function jupyterModuleRun(moduleArgs: readonly string[]): readonly [string, readonly string[]] | undefined {
  const program = Object.hasOwn(modulePrograms, moduleArgs[0] ?? '') ? modulePrograms[moduleArgs[0]!] : undefined;
  return program === undefined ? undefined : [program, moduleArgs.slice(1)];
}

/** What a notebook runner executes: the notebook files it is given, and a URL papermill fetches itself. */
export interface NotebookRun {
  readonly files: readonly string[];
  readonly url?: string;
}

const notebook = (a: string): boolean => !a.startsWith('-') && a.toLowerCase().endsWith('.ipynb');
const executes = (args: readonly string[]): boolean => args.some((a) => a === '--execute' || /^--executepreprocessor\.enabled=(?:true|1)$/i.test(a));

/** papermill's options that take values (`-p name value` takes two). */
const papermillValues: Readonly<Record<string, number>> = {
  '-p': 2, '--parameters': 2, '-r': 2, '--parameters_raw': 2, '-f': 1, '--parameters_file': 1, '-y': 1, '--parameters_yaml': 1,
  '-b': 1, '--parameters_base64': 1, '-k': 1, '--kernel': 1, '-l': 1, '--language': 1, '--cwd': 1, '--engine': 1,
  '--log-level': 1, '--start-timeout': 1, '--start_timeout': 1, '--execution-timeout': 1, '--execution_timeout': 1,
};

/** papermill INPUT OUTPUT: its first operand, the notebook it runs (fetched itself when a web address). */
function papermillInput(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-')) return a;
    if (!a.includes('=')) i += papermillValues[a] ?? 0;
  }
  return undefined;
}

/** The notebooks `program args` executes, or undefined when it runs none. */
export function executedNotebooks(program: string, args: readonly string[]): NotebookRun | undefined {
  const sub = program === 'jupyter' ? args[0] : undefined;
  const rest = sub === undefined ? args : args.slice(1);
  const runs =
    ((sub === 'nbconvert' || program === 'jupyter-nbconvert') && executes(rest)) ||
    sub === 'execute' || program === 'jupyter-execute' ||
    ((sub === 'jupytext' || program === 'jupytext') && executes(rest)) ||
    program === 'ipython' || program === 'papermill';
  if (!runs) return undefined;
  const files = rest.filter(notebook);
  const input = program === 'papermill' ? papermillInput(rest) : undefined;
  const url = input !== undefined && /^https?:\/\//i.test(input) ? input : undefined;
  return files.length === 0 && url === undefined ? undefined : { files, ...(url === undefined ? {} : { url }) };
}
