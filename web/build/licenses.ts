// The licences of every package bundled into dist/ (pages and their web workers), in
// one file served beside the code: dist/assets/third-party-licenses.txt. The build
// fails when a bundled package has neither a licence text of its own nor one listed
// in `missingTexts`, or when its licence is not in `allowed`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import license, { type Dependency } from 'rollup-plugin-license';
import type { Plugin } from 'vite';

const here = import.meta.dirname;
const fromWeb = (path: string) => resolve(here, '..', path);

// Licences whose terms the service can meet by shipping this file.
const allowed = new Set(['MIT', 'ISC', '0BSD', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0']);

// Packages published without a licence file: the text of the repository they come from.
const missingTexts: Record<string, string> = {
  '@graphiql/plugin-doc-explorer': 'node_modules/graphiql/LICENSE', // graphql/graphiql
  '@graphiql/plugin-history': 'node_modules/graphiql/LICENSE', // graphql/graphiql
  'react-compiler-runtime': 'node_modules/react/LICENSE', // facebook/react
  'react-remove-scroll-bar': 'licenses/react-remove-scroll-bar.txt', // theKashey/react-remove-scroll-bar
};

// Notices for what npm does not describe (fonts embedded in stylesheets).
const notices = ['licenses/fonts.txt'];

export const licenseFile = 'assets/third-party-licenses.txt';

/**
 * thirdPartyLicenses returns a plugin for each bundle (`collect()`: the pages' build and
 * every worker build) and the one that writes the file at the end of the pages' build.
 */
export function thirdPartyLicenses(): { collect: () => Plugin; write: Plugin } {
  const found = new Map<string, Dependency>();
  const collect = (): Plugin =>
    license({
      thirdParty: (dependencies) => {
        for (const d of dependencies) found.set(`${d.name}@${d.version}`, d);
      },
    }) as Plugin;
  const write: Plugin = {
    name: 'drehscheibe:third-party-licenses',
    apply: 'build',
    generateBundle: {
      order: 'post', // after collect() of this bundle; the workers were built before
      handler() {
        const entries = [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const problems: string[] = [];
        const parts = entries.map(([id, d]) => {
          if (!d.license || !allowed.has(d.license)) problems.push(`${id}: licence ${d.license ?? 'missing'}`);
          const text = d.licenseText ?? (d.name && missingTexts[d.name] ? readFileSync(fromWeb(missingTexts[d.name]), 'utf8') : null);
          if (!text) problems.push(`${id}: no licence text (add it to missingTexts in build/licenses.ts)`);
          const head = [`Name: ${d.name}`, `Version: ${d.version}`, `License: ${d.license}`];
          const repo = typeof d.repository === 'string' ? d.repository : d.repository?.url;
          if (repo) head.push(`Repository: ${repo}`);
          const notice = d.noticeText ? `\n\nNotice:\n\n${d.noticeText.trim()}` : '';
          return `${head.join('\n')}\n\n${(text ?? '').trim()}${notice}`;
        });
        if (problems.length > 0) this.error(`third-party licences:\n  ${problems.join('\n  ')}`);
        const source = notices.map((n) => readFileSync(fromWeb(n), 'utf8').trim());
        this.emitFile({
          type: 'asset',
          fileName: licenseFile,
          source: `Third-party software in the Drehscheibe web pages (${entries.length} packages)\n\n---\n\n${[...parts, ...source].join('\n\n---\n\n')}\n`,
        });
      },
    },
  };
  return { collect, write };
}
