// A package installed under a name one typing slip away from a well-known one (`hugginface-hub`,
// `transfromers`, `reqeusts`): typosquatters register exactly those names, and the installer runs the
// squatter's build and install code. Read for Python's installers (pip, uv, pipx, poetry); a name the index
// really knows as its own project (`dataset` beside `datasets`, `psycopg` beside `psycopg2`) is in the known
// list and passes. Names under 6 letters are left out: one slip there is often another real project.

/** Well-known projects and the real projects one slip from them, normalised (lower case, `_` and `.` as `-`). */
const known: ReadonlySet<string> = new Set([
  'numpy', 'pandas', 'scipy', 'scikit-learn', 'scikit-image', 'matplotlib', 'seaborn', 'plotly', 'statsmodels', 'sympy',
  'torch', 'torchvision', 'torchaudio', 'torchtext', 'pytorch-lightning', 'lightning', 'tensorflow', 'tensorboard', 'tensorboardx', 'keras', 'jax', 'jaxlib', 'flax',
  'transformers', 'huggingface-hub', 'datasets', 'dataset', 'tokenizers', 'accelerate', 'diffusers', 'safetensors', 'peft', 'trl', 'bitsandbytes',
  'sentencepiece', 'sentence-transformers', 'evaluate', 'deepspeed', 'einops', 'timm', 'tiktoken', 'triton', 'vllm', 'xformers', 'onnx', 'onnxruntime',
  'xgboost', 'lightgbm', 'catboost', 'optuna', 'wandb', 'mlflow', 'tensorboard-plugin-wit', 'ray', 'dask', 'polars', 'pyarrow',
  'opencv-python', 'opencv-python-headless', 'pillow', 'imageio', 'nltk', 'spacy', 'gensim', 'faiss-cpu', 'faiss-gpu', 'chromadb', 'pinecone-client',
  'openai', 'anthropic', 'cohere', 'langchain', 'langchain-core', 'langchain-community', 'llama-index',
  'jupyter', 'jupyterlab', 'notebook', 'ipython', 'ipykernel', 'ipywidgets', 'nbconvert', 'nbformat', 'papermill',
  'requests', 'urllib3', 'httpx', 'aiohttp', 'certifi', 'charset-normalizer', 'idna', 'setuptools', 'wheel', 'packaging', 'six', 'attrs',
  'pyyaml', 'pyaml', 'jinja2', 'jinja', 'markupsafe', 'click', 'typer', 'rich', 'tqdm', 'colorama', 'python-dateutil', 'python-dotenv', 'pytz',
  'boto3', 'botocore', 'awscli', 'google-cloud-storage', 'azure-storage-blob', 'cryptography', 'paramiko', 'pyjwt',
  'flask', 'django', 'fastapi', 'uvicorn', 'starlette', 'pydantic', 'sqlalchemy', 'psycopg2', 'psycopg2-binary', 'psycopg', 'pymysql', 'redis',
  'selenium', 'scrapy', 'beautifulsoup4', 'lxml', 'protobuf', 'grpcio', 'pytest', 'black', 'ruff', 'mypy', 'regex',
]);
const minLength = 6;

/** `name` as the index compares project names. */
const normalised = (name: string): string => name.toLowerCase().replace(/[._]+/g, '-');

/** Whether `a` and `b` differ by exactly one slip: a letter added, dropped, changed, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: number, y: number): boolean => a.slice(i + x) === b.slice(i + y);
  if (a.length === b.length) return tail(1, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && tail(2, 2));
  return a.length > b.length ? tail(1, 0) : tail(0, 1);
}

/** Installers' options that take a value (their value is no package). */
const valued = new Set(['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-t', '--target',
  '--prefix', '-f', '--find-links', '--root', '--src', '--platform', '--python-version', '--implementation', '--abi', '--no-binary', '--only-binary',
  '--trusted-host', '--proxy', '--cache-dir', '--log', '--progress-bar', '--upgrade-strategy', '-C', '--config-settings', '--report', '--python', '-p', '--group', '-G', '--source']);

/** The well-known project a package operand imitates, or undefined. */
function imitated(operand: string): string | undefined {
  const m = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(operand);
  // A path, a URL, an archive or a requirement with a marker is not a name to judge here.
  if (m === null || /[/:\\]/.test(operand) || /\.(?:whl|zip|tar\.gz|tgz)$/i.test(operand)) return undefined;
  const name = normalised(m[0]);
  if (name.length < minLength || name.length > 64 || known.has(name)) return undefined;
  for (const real of known) if (real.length >= minLength && oneSlip(name, real)) return real;
  return undefined;
}

/** The first package `program args` installs under a name one slip from a well-known project, and that project. */
export function lookAlikeInstall(program: string, args: readonly string[]): readonly [string, string] | undefined {
  let at: number;
  if (program === 'pip' || program === 'pip3' || program === 'pipx') at = args.indexOf('install');
  else if (program === 'uv') at = args[0] === 'pip' ? (args[1] === 'install' ? 1 : -1) : args.indexOf('add');
  else if (program === 'poetry') at = args.indexOf('add');
  else return undefined;
  if (at < 0) return undefined;
  for (let i = at + 1; i < args.length && i < at + 256; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      if (!a.includes('=') && valued.has(a)) i++;
      continue;
    }
    const real = imitated(a);
    if (real !== undefined) return [a, real];
  }
  return undefined;
}
