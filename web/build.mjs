// Builds the UI into ../ui/dist, which the Go package ui embeds:
// dist/index.html names content-hashed assets under dist/assets/, each with a
// .gz beside it. Run `npm run build` after changing anything in src/.
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const committed = join(here, '..', 'ui', 'dist');
// --check builds into a temporary directory and fails when the committed
// dist/ differs: the sources were changed without rebuilding.
const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'attache-dist-')) : committed;
const assets = join(out, 'assets');

function listing(dir) {
  const files = {};
  const walk = (d, pre) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), pre + e.name + '/');
      else files[pre + e.name] = readFileSync(join(d, e.name)).toString('base64');
    }
  };
  walk(dir, '');
  return files;
}

async function build() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(assets, { recursive: true });
  const res = await esbuild.build({
    absWorkingDir: here, // output hashes depend on it: build the same from any directory
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
  // uPlot's MIT licence travels with the bundle that contains it.
  writeFileSync(join(assets, 'LICENSES.txt'), 'uPlot (https://github.com/leeoniya/uPlot)\n\n' +
    readFileSync(join(here, 'node_modules', 'uplot', 'LICENSE'), 'utf8'));
  console.log('built', js, css, 'into', out);
}

await build();
if (check) {
  const a = listing(out), b = listing(committed);
  rmSync(out, { recursive: true, force: true });
  const diff = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]);
  if (diff.length) {
    console.error('ui/dist is stale (run npm run build in web/ and commit): ' + diff.join(', '));
    process.exit(1);
  }
  console.log('ui/dist is up to date');
}
