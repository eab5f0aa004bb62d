/**
 * webpack loader of the WPS build (webpack.wps.config.js): lowers the syntax of dependencies'
 * JavaScript (React, Fluent UI, decimal.js …, which ship ES2020+ such as ?. ?? and class fields) to
 * the WPS target with esbuild's transform (syntax only: no bundling, no minifying, no polyfills).
 * Our own TypeScript is lowered by ts-loader with the same target. The target is passed as the
 * loader's `target` option (esbuild's list, e.g. ['es2017', 'chrome58']).
 */
const esbuild = require('esbuild');

module.exports = function wpsTargetLoader(source, map) {
  const callback = this.async();
  const { target } = this.getOptions();
  esbuild
    .transform(source, { loader: 'js', target, sourcefile: this.resourcePath, sourcemap: false, format: undefined, supported: {} })
    .then((result) => {
      for (const w of result.warnings) this.emitWarning(new Error(`${this.resourcePath}: ${w.text}`));
      callback(null, result.code, map);
    })
    .catch((e) => callback(e));
};
