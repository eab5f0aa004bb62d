/**
 * The WPS 表格 加载项 build (npm run build:wps → scripts/package-wps.ts, docs/wps.md): the same pane
 * bundle as webpack.config.js, for WPS Office's embedded Chromium, plus the 加载项 entry page.
 *   index.html     WPS's entry page for the add-in (hidden); runs the ribbon script (src/wps-addin/ribbon-entry.ts)
 *   ribbon.xml     the 预算表校验 tab (src/wps-addin/ribbon.xml)
 *   taskpane.html  the pane (data-entry="wps", no office.js), opened by the ribbon with Application.CreateTaskPane
 *   demo.html      the browser demo (linked from the pane when it is opened outside WPS)
 *   assets/        icons (the ribbon button uses assets/icon-64.png)
 *
 * Target: WPS ships an older Chromium than current Chrome, and which one depends on the WPS build
 * (docs/wps.md says what is known). The bundle is held to ES2017 syntax (Chrome 58 and later):
 * TypeScript lowers our code, esbuild (scripts/wps-target-loader.js) lowers node_modules, webpack's
 * own runtime follows `target: ['web', 'es2017']`; src/wps-addin/polyfills.ts supplies the few
 * newer built-ins our code calls. test/wps-addin/package-wps.test.ts parses every emitted script
 * with acorn at ecmaVersion 2017. Unlike the Office build, webpack's runtime keeps its global-object
 * shim (`globalThis`, else `new Function("return this")`), since Chromium before 71 has no globalThis;
 * the WPS pages carry no CSP that would forbid it (see the plugins below).
 * Environment: WPS_BUILD_DIR (output folder, default dist-wps/).
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** esbuild's target list for the WPS build, and the ECMAScript year the test parses with. */
const WPS_ES_YEAR = 2017;
const WPS_TARGET = [`es${WPS_ES_YEAR}`, 'chrome58'];

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  return {
    mode,
    devtool: false,
    target: ['web', `es${WPS_ES_YEAR}`],
    entry: {
      taskpane: ['./src/wps-addin/polyfills.ts', './src/taskpane/index.tsx'],
      'wps-ribbon': ['./src/wps-addin/polyfills.ts', './src/wps-addin/ribbon-entry.ts'],
    },
    output: {
      path: path.resolve(__dirname, process.env.WPS_BUILD_DIR || 'dist-wps'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', target: `es${WPS_ES_YEAR}`, sourceMap: false } } },
        },
        {
          test: /\.m?js$/,
          include: /node_modules/,
          // .mjs of some packages are strict ES modules: let webpack resolve their imports without extensions
          resolve: { fullySpecified: false },
          use: { loader: path.resolve(__dirname, 'scripts/wps-target-loader.js'), options: { target: WPS_TARGET } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // No Content-Security-Policy <meta> here, unlike the Office build: offline 加载项 are loaded from the
      // jsaddons folder, and 'self' does not reliably match file: URLs across Chromium versions (docs/wps.md).
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/wps-addin/taskpane.html', chunks: ['taskpane'], cspContent: '' }),
      new HtmlWebpackPlugin({ filename: 'demo.html', template: './src/demo/demo.html', chunks: ['taskpane'] }),
      // the ribbon's functions must exist when WPS calls OnAddinLoad: a blocking script in <head>
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/wps-addin/index.html', chunks: ['wps-ribbon'], inject: 'head', scriptLoading: 'blocking' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/wps-addin/ribbon.xml', to: 'ribbon.xml' },
        ],
      }),
    ],
  };
};

module.exports.WPS_ES_YEAR = WPS_ES_YEAR;
module.exports.WPS_TARGET = WPS_TARGET;
