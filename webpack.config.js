/**
 * Build of the task pane and the browser demo (one bundle, two pages).
 *   npm run build       → dist/: taskpane.html, demo.html, bundles, assets/, manifest.xml
 *   npm run dev-server  → https://localhost:3000 (certificates: DEV_CERTS, see devCertificates below)
 *   npm run package     → release/ for an HTTPS web server (scripts/package.ts, docs/deploy.md)
 * Build-time environment:
 *   ADDIN_URL  the https:// URL the add-in is served from; replaces https://localhost:3000 in the manifest
 *   OFFICE_JS  where taskpane.html loads office.js from: cdn (Microsoft's CDN, default), china (the
 *              21Vianet CDN of Office 365 operated in China) or local (a copy of @microsoft/office-js
 *              served with the pane from office-js/, for networks without internet). The CSP follows.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000';
const DEV_PORT = 3000;

/** The URL the add-in is served from, without a trailing slash. */
function addinUrl() {
  const url = (process.env.ADDIN_URL || DEV_URL).replace(/\/+$/, '');
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over https only), got: ${url}`);
  return url;
}

/**
 * Where office.js comes from. `local` copies the pinned npm package @microsoft/office-js (package.json,
 * exact version): Microsoft no longer supports that package and recommends the CDN, whose office.js is
 * updated continually; a copy is frozen at its release and may lack APIs newer than it (1.1.110 has no
 * worksheet.notes), so the pane feature-detects them (src/taskpane/office-library.ts).
 */
const OFFICE_JS_CHOICES = {
  cdn: { url: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', origin: 'https://appsforoffice.microsoft.com', frames: ['https://*.officeapps.live.com', 'https://*.office.com', 'https://*.microsoft.com'] },
  china: { url: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js', origin: 'https://appsforoffice.cdn.partner.office365.cn', frames: ['https://*.partner.office365.cn'] },
  local: { url: 'office-js/office.js', origin: null, frames: [] },
};
/** The folder of the local copy inside the build output, and what of the package it leaves out. */
const OFFICE_JS_DIR = 'office-js';
const officeJsPackageDist = () => path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const OFFICE_JS_IGNORE = [
  '**/*.debug.js', // unminified twins
  '**/office.d.ts',
  '**/office-vsdoc.js',
  // other Office applications' host scripts and strings
  '**/word*', '**/powerpoint*', '**/onenote*', '**/outlook*', '**/access*', '**/project*', '**/visio*',
];

/** The office.js choice of this build, from OFFICE_JS. */
function officeJs() {
  const source = (process.env.OFFICE_JS || 'cdn').trim().toLowerCase();
  const choice = OFFICE_JS_CHOICES[source];
  if (!choice) throw new Error(`OFFICE_JS must be one of ${Object.keys(OFFICE_JS_CHOICES).join(', ')}; got: ${process.env.OFFICE_JS}`);
  return { source, ...choice };
}

/**
 * Content-Security-Policy of the built pages (production only: the dev server's eval-source-map
 * needs eval). The pane runs our own bundle and, in Office, Microsoft's office.js — nothing else.
 * Styles: Fluent UI (Griffel) inserts <style> elements at run time, hence 'unsafe-inline' for styles only.
 */
function csp({ office }) {
  const origin = office && office.origin ? ` ${office.origin}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${origin}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${origin}`,
    office ? ["frame-src 'self'", ...office.frames].join(' ') : "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
const cspMeta = (mode, office) =>
  mode === 'production' ? { csp: { 'http-equiv': 'Content-Security-Policy', content: csp({ office }) } } : {};

/**
 * The dev server's certificate. DEV_CERTS=office (default on Windows and macOS): office-addin-dev-certs
 * creates a localhost CA once and installs it into the system's trust store — which on Linux runs
 * `sudo`. DEV_CERTS=self-signed (default on Linux): webpack-dev-server's own self-signed certificate,
 * nothing installed; a browser asks once to accept it (enough for Excel on the web in that browser).
 */
async function devCertificates() {
  const choice = (process.env.DEV_CERTS || (process.platform === 'linux' ? 'self-signed' : 'office')).trim().toLowerCase();
  if (choice === 'self-signed') {
    console.warn(
      'dev-server: using a self-signed certificate (DEV_CERTS=self-signed; nothing is installed). Open https://localhost:3000/taskpane.html once and accept it. ' +
        'To install a trusted localhost CA instead: DEV_CERTS=office npm run dev-server (needs sudo on Linux).',
    );
    return { type: 'https' };
  }
  if (choice !== 'office') throw new Error(`DEV_CERTS must be office or self-signed; got: ${process.env.DEV_CERTS}`);
  const devCerts = require('office-addin-dev-certs');
  try {
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (e) {
    throw new Error(
      `office-addin-dev-certs could not create or install the localhost certificate (${e && e.message ? e.message : e}). ` +
        'On Linux that step runs sudo; without sudo use DEV_CERTS=self-signed npm run dev-server.',
    );
  }
}

module.exports = async (_env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const serving = process.env.WEBPACK_SERVE === 'true';
  const url = addinUrl();
  const office = officeJs();

  const config = {
    mode,
    devtool: mode === 'production' ? 'source-map' : 'eval-source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
      // Browsers with globalThis: webpack's runtime then uses it instead of a `new Function("return this")`
      // shim, so the bundle runs under a Content-Security-Policy without 'unsafe-eval'.
      environment: { globalThis: true },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules out of TypeScript, so webpack can tree-shake Fluent UI and split import() chunks
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // taskpane.html writes its CSP <meta> itself, first in <head>: a policy applies only to what follows it,
      // and office.js is the first script of the page.
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], cspContent: mode === 'production' ? csp({ office }) : '', officeJs: office }),
      new HtmlWebpackPlugin({ filename: 'demo.html', template: './src/demo/demo.html', chunks: ['taskpane'], meta: cspMeta(mode, false) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
          ...(office.source === 'local'
            ? [{ from: officeJsPackageDist(), to: OFFICE_JS_DIR, globOptions: { ignore: OFFICE_JS_IGNORE } }]
            : []),
        ],
      }),
    ],
  };

  if (serving) {
    config.devServer = {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: await devCertificates(),
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    };
  }
  return config;
};

module.exports.DEV_URL = DEV_URL;
module.exports.OFFICE_JS_CHOICES = OFFICE_JS_CHOICES;
module.exports.OFFICE_JS_DIR = OFFICE_JS_DIR;
module.exports.csp = csp;
