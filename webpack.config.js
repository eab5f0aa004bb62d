/**
 * Build of the task pane and the browser demo (one bundle, two pages).
 *   npm run build       → dist/: taskpane.html, demo.html, bundles, assets/, manifest.xml
 *   npm run dev-server  → https://localhost:3000 with office-addin-dev-certs (for sideloading)
 * The manifest's https://localhost:3000 is replaced by ADDIN_URL when that variable is set
 * (e.g. ADDIN_URL=https://budget.example.cn/addin npm run build).
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
 * Content-Security-Policy of the built pages (production only: the dev server's eval-source-map
 * needs eval). The pane runs our own bundle and, in Office, Microsoft's office.js — nothing else.
 * Styles: Fluent UI (Griffel) inserts <style> elements at run time, hence 'unsafe-inline' for styles only.
 */
const OFFICE_ORIGIN = 'https://appsforoffice.microsoft.com';
function csp({ office }) {
  const scripts = office ? `'self' ${OFFICE_ORIGIN}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    office ? `connect-src 'self' ${OFFICE_ORIGIN}` : "connect-src 'self'",
    office ? "frame-src 'self' https://*.officeapps.live.com https://*.office.com https://*.microsoft.com" : "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
const cspMeta = (mode, office) =>
  mode === 'production' ? { csp: { 'http-equiv': 'Content-Security-Policy', content: csp({ office }) } } : {};

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const serving = process.env.WEBPACK_SERVE === 'true';
  const url = addinUrl();

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
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], meta: cspMeta(mode, true) }),
      new HtmlWebpackPlugin({ filename: 'demo.html', template: './src/demo/demo.html', chunks: ['taskpane'], meta: cspMeta(mode, false) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
  };

  if (serving) {
    // Only when serving: office-addin-dev-certs creates (once) and trusts a localhost CA.
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    };
  }
  return config;
};

module.exports.DEV_URL = DEV_URL;
