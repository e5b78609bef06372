// Copies axe-core (the accessibility checker the browser tests run in every page) from
// the locked npm package into internal/browsertest/axe, where the Go tests embed it:
// the tests never load it from a CDN, and a rebuild in CI shows any drift.
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const from = resolve(import.meta.dirname, '../node_modules/axe-core');
const to = resolve(import.meta.dirname, '../../internal/browsertest/axe');
mkdirSync(to, { recursive: true });
for (const name of ['axe.min.js', 'LICENSE']) {
  copyFileSync(resolve(from, name), resolve(to, name));
}
