// Builds the UI into ../ui/dist, which the Go package ui embeds:
// dist/index.html names content-hashed assets under dist/assets/, each with a
// .gz beside it. Run `npm run build` after changing anything in src/.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'ui', 'dist');
const assets = join(out, 'assets');

async function build() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(assets, { recursive: true });
  const res = await esbuild.build({
    entryPoints: { app: join(here, 'src', 'main.js') },
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    entryNames: '[name]-[hash]',
    outdir: assets,
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const names = Object.keys(res.metafile.outputs).map((p) => basename(p));
  const js = names.find((n) => n.endsWith('.js'));
  const css = names.find((n) => n.endsWith('.css'));
  if (!js || !css) throw new Error('build: missing js or css output: ' + names.join(', '));
  const html = readFileSync(join(here, 'index.html'), 'utf8')
    .replace('%JS%', '/assets/' + js)
    .replace('%CSS%', '/assets/' + css);
  writeFileSync(join(out, 'index.html'), html);
  for (const n of readdirSync(assets)) {
    if (n.endsWith('.js') || n.endsWith('.css')) {
      writeFileSync(join(assets, n + '.gz'), gzipSync(readFileSync(join(assets, n)), { level: 9 }));
    }
  }
  console.log('built', js, css, 'into', out);
}

await build();
