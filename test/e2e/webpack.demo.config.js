/**
 * Fallback build for the end-to-end test, used only while the project's webpack.config.js is
 * missing: the `taskpane` bundle from src/taskpane/index.tsx with taskpane.html and demo.html.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const root = path.resolve(__dirname, '../..');

module.exports = (env = {}) => ({
  mode: 'production',
  context: root,
  entry: { taskpane: './src/taskpane/index.tsx' },
  output: { path: env.out ? path.resolve(env.out) : path.join(root, 'dist'), filename: '[name].[contenthash:8].js', clean: true },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: false } } },
      },
    ],
  },
  devtool: false,
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      officeJs: { source: 'cdn', url: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' },
    }),
    new HtmlWebpackPlugin({ filename: 'demo.html', template: './src/demo/demo.html', chunks: ['taskpane'] }),
  ],
});
