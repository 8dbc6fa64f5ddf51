import { execFileSync } from 'node:child_process';

/** Tests run the TypeScript sources; the bundled rules module is generated from rules/*.yaml first. */
export default function setup(): void {
  execFileSync(process.execPath, ['packages/core/scripts/bundle-rules.mjs'], { stdio: 'inherit' });
}
