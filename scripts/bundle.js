#!/usr/bin/env node
// `npm run build`, second step: bundles the CLI into one CommonJS file, dist/bundle/insat.cjs, that
// bin/insat runs through V8's code cache (start-up without ESM module loading or recompiling).
// Command bodies stay lazy: they are reached through `await import()` only, so esbuild wraps them
// in functions that run when the command does. Packages that are heavy to load (pdfkit, zod,
// csv-parse/-stringify) stay outside and are required by the command that needs them. The
// metafile (dist/bundle/meta.json) lets a test prove that none of them is loaded at start-up.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const OUT = join(ROOT, 'dist', 'bundle');
// iconv-lite and chardet: only the editor prompt needs them, and they are half of the bundle otherwise.
export const EXTERNAL = ['pdfkit', 'zod', 'csv-parse', 'csv-stringify', 'iconv-lite', 'chardet'];

// `import.meta.url` does not exist in CommonJS: each module gets the URL its twin has in
// dist/ (the bundle sits in dist/bundle/, so `..` from its directory is dist/).
const moduleUrls = {
  name: 'module-urls',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      // An import of a computed name (`./${what}.js`) names the .ts sources esbuild sees.
      const globbed = text.replace(/import\(`(\.\/[^`]*)\.js`\)/g, 'import(`$1.ts`)');
      if (!globbed.includes('import.meta.url') && globbed === text) return undefined;
      const twin = relative(SRC, args.path).replace(/\.ts$/, '.js').split('\\').join('/');
      return {
        contents: globbed.replaceAll('import.meta.url', `__insatModuleUrl(${JSON.stringify(twin)})`),
        loader: 'ts',
      };
    });
  },
};

// Modules that a package requires when it loads but insat never uses, or uses late: each gets a stand-in
// that requires the module the first time something of it is used.
// - commander requires node:child_process for executable subcommands (insat has none): with node:net
//   and the streams behind it that is ~16 M instructions at every start.
// - proper-lockfile requires graceful-fs as its default file system; insat always passes its own
//   (store/lock.ts), and graceful-fs's patching of fs loads Node's stream modules (~6 ms of a write).
const LAZY = [
  { importer: /[\\/]commander[\\/]/, module: /^(node:)?child_process$/, name: 'node:child_process' },
  { importer: /[\\/]proper-lockfile[\\/]/, module: /^graceful-fs$/, name: 'graceful-fs' },
];
const lazyRequires = {
  name: 'lazy-requires',
  setup(b) {
    for (const { importer, module, name } of LAZY)
      b.onResolve({ filter: module }, (args) => {
        // the stand-in's own require stays a require, resolved when it runs
        if (args.namespace === 'lazy-require') return { path: name, external: true };
        return importer.test(args.importer) ? { path: name, namespace: 'lazy-require' } : undefined;
      });
    b.onLoad({ filter: /.*/, namespace: 'lazy-require' }, (args) => ({
      contents: `let m; const real = () => (m ??= require(${JSON.stringify(args.path)})); module.exports = new Proxy({}, { get: (_, k) => real()[k], has: (_, k) => k in real() });`,
      loader: 'js',
    }));
  },
};

// signal-exit 3 (proper-lockfile's) requires node:assert for one check when a handler is added — which
// proper-lockfile does when it loads — and node:assert, loading, asks process.stderr about colours,
// which creates the stream and loads Node's stream modules (~3 ms of every write). It gets the one
// function it calls.
const signalExitAssert = {
  name: 'signal-exit-assert',
  setup(b) {
    b.onResolve({ filter: /^(node:)?assert$/ }, (args) =>
      /[\\/]signal-exit[\\/]/.test(args.importer) ? { path: 'assert', namespace: 'signal-exit-assert' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'signal-exit-assert' }, () => ({
      contents: 'exports.equal = (actual, expected, message) => { if (actual != expected) throw new Error(message); };',
      loader: 'js',
    }));
  },
};

// A catalogue (src/i18n/<lang>/index.ts) is one object of ~40 sections, ~130 KB of words; a command
// reads a few of them. In the bundle each section module is evaluated when the catalogue's property
// is first read (a getter that requires it and then stays a plain property), so a start neither runs
// nor caches the words of the other commands (~4 ms of `hours book`). tsc's dist/ and the tests keep
// the plain object: the build refuses an index that holds anything but its imports and one object of
// exactly them (comments and types aside), since the bundle's index is made from those alone.
const lazySections = {
  name: 'lazy-sections',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]i18n[\\/][a-z]{2}[\\/]index\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const sections = [...text.matchAll(/^import \{ (\w+) \} from '(\.\/[\w-]+)\.js';$/gm)].map((m) => ({
        name: m[1],
        file: `${m[2]}.ts`,
      }));
      const object = /^export const (\w+)(?:: \w+)? = \{\n((?: {2}\w+,\n)+)\};$/m.exec(text);
      const listed = object?.[2].match(/\w+/g) ?? [];
      const imported = sections.map((s) => s.name);
      const rest = text
        .replace(/^import \{ \w+ \} from '\.\/[\w-]+\.js';$/gm, '')
        .replace(/^(import|export) type .*;$/gm, '')
        .replace(object?.[0] ?? '', '')
        .replace(/^\/\/.*$/gm, '')
        .trim();
      if (!object || rest !== '' || listed.length !== imported.length || listed.some((n) => !imported.includes(n)))
        throw new Error(
          `${relative(ROOT, args.path)}: the catalogue must be one object of exactly its imported sections`,
        );
      const getters = sections.map(
        ({ name, file }) =>
          `get ${name}() { const value = require(${JSON.stringify(file)}).${name}; Object.defineProperty(this, ${JSON.stringify(name)}, { value, enumerable: true }); return value; }`,
      );
      return { contents: `export const ${object[1]} = {\n${getters.join(',\n')}\n};\n`, loader: 'js' };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: [join(SRC, 'cli', 'main.ts')],
  outfile: join(OUT, 'insat.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: EXTERNAL,
  // A dynamic import() would need a loader callback inside vm.Script: require() instead.
  supported: { 'dynamic-import': false },
  banner: {
    js: "const __insatModuleUrl = (p) => require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', p)).href;",
  },
  // Less to read and deserialize at every start; INSAT_DEBUG=1 maps stack traces back (bin/insat).
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  // lazySections first: a catalogue's index is its alone (moduleUrls would take any file of src/)
  plugins: [lazySections, moduleUrls, lazyRequires, signalExitAssert],
  logLevel: 'warning',
});
writeFileSync(join(OUT, 'meta.json'), JSON.stringify(result.metafile));

// bin/insat reads the bundle as Latin-1, which is a plain copy into a one-byte string, where UTF-8
// decoding of a file with any non-ASCII character makes a two-byte string at twice the time (~6 vs
// ~3 ms). esbuild escapes non-ASCII in strings but leaves it in regular expressions (`[a-zäöü]`):
// those get \u escapes, which mean the same character in a string, a regular expression, a template
// and an identifier (the bundle has no String.raw, whose text would change: checked here too).
const bundlePath = join(OUT, 'insat.cjs');
const bundled = readFileSync(bundlePath, 'utf8');
if (/String\.raw|\.raw\b/.test(bundled)) {
  console.error('error: the bundle uses raw template strings, which \\u escapes would change — see scripts/bundle.js');
  process.exit(1);
}
writeFileSync(
  bundlePath,
  bundled.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
);

// The code cache of a first run, so that the first real start is as fast as the later ones.
const warm = spawnSync(process.execPath, [join(ROOT, 'bin', 'insat'), '--help'], {
  stdio: 'ignore',
  env: { ...process.env, INSAT_DEBUG: '' },
});
if (warm.status !== 0) {
  console.error(
    'error: the bundled insat does not start (bin/insat --help failed) — see the output of bin/insat --help',
  );
  process.exit(1);
}
