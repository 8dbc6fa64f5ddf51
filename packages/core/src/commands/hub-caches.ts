// Model hubs keep what they download from a repository in their caches: the Hugging Face Hub's snapshots
// (~/.cache/huggingface/hub) and the remote code transformers imports (…/modules/transformers_modules), and
// torch.hub's checkouts of GitHub repositories (~/.cache/torch/hub). A script under one of them, run by a shell
// or an interpreter, is code fetched from whoever owns that repository, as a file curl saved would be; loading
// weights or reading a config from there runs nothing and is not read here.

const hubCache = /(?:^|\/)\.cache\/(?:huggingface\/(?:hub|modules)|torch\/hub)\/|\/transformers_modules\//;

/** Whether `path` (as the line wrote it) lies in a model hub's download cache. */
export const inHubCache = (path: string): boolean => path.includes('.cache/') || path.includes('transformers_modules') ? hubCache.test(path) : false;
