/**
 * Two builds from one config:
 *  - "addin": what ships to users (dist/): the task pane app, the command functions, the
 *    dialog pages, icons. Office.js itself comes from Microsoft's CDN.
 *  - "workbench": the development host and its emulated Office.js (build/workbench/). Never shipped.
 * Production mode everywhere: the bench and the tests measure what users get.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');
const pkg = require('./package.json');

const BUILD_ID = process.env.BUILD_ID || new Date().toISOString().replace(/[-:T]/g, '').slice(0, 12);

const tsRule = {
  test: /\.[jt]sx?$/,
  exclude: /node_modules/,
  loader: 'esbuild-loader',
  options: { target: 'es2020', jsx: 'automatic' },
};

const common = (mode) => ({
  mode,
  devtool: mode === 'production' ? 'source-map' : 'eval-cheap-module-source-map',
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: { rules: [tsRule, { test: /\.css$/, type: 'asset/source' }] },
  performance: { hints: false },
  stats: 'errors-warnings',
  plugins: [
    new DefinePlugin({
      __APP_VERSION__: JSON.stringify(pkg.version),
      __BUILD_ID__: JSON.stringify(BUILD_ID),
    }),
  ],
});

const addin = (mode) => ({
  ...common(mode),
  name: 'addin',
  entry: {
    taskpane: './src/addin/taskpane/index.tsx',
    commands: './src/addin/commands/commands.ts',
  },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: mode === 'production' ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
    chunkFilename: mode === 'production' ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
    publicPath: '/',
    clean: true,
  },
  optimization: {
    splitChunks: { chunks: 'async' },
  },
  plugins: [
    ...common(mode).plugins,
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/addin/taskpane/taskpane.html',
      chunks: ['taskpane'],
      scriptLoading: 'defer',
    }),
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './src/addin/commands/commands.html',
      chunks: ['commands'],
      scriptLoading: 'defer',
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/icons/*.png', to: 'assets/icons/[name][ext]', noErrorOnMissing: true },
        { from: 'src/addin/static', to: '.', noErrorOnMissing: true },
      ],
    }),
  ],
});

const workbench = (mode) => ({
  ...common(mode),
  name: 'workbench',
  entry: {
    workbench: './src/workbench/index.tsx',
    'office-emulator': './src/workbench/office-emulator/index.ts',
  },
  output: {
    path: path.resolve(__dirname, 'build/workbench'),
    filename: '[name].js',
    chunkFilename: 'chunks/[name].[contenthash:8].js',
    publicPath: '/workbench/',
    clean: true,
  },
  plugins: [
    ...common(mode).plugins,
    new HtmlWebpackPlugin({
      filename: 'index.html',
      template: './src/workbench/index.html',
      chunks: ['workbench'],
      scriptLoading: 'defer',
    }),
  ],
});

/** Benchmark only: a minimal React + Fluent page built exactly like the task pane. */
const benchBaseline = (mode) => ({
  ...common(mode),
  name: 'bench-baseline',
  entry: { baseline: './bench/baseline/index.tsx' },
  output: {
    path: path.resolve(__dirname, 'build/bench-baseline'),
    filename: 'js/[name].[contenthash:8].js',
    publicPath: '/bench-baseline/',
    clean: true,
  },
  plugins: [
    ...common(mode).plugins,
    new HtmlWebpackPlugin({ filename: 'index.html', template: './bench/baseline/index.html', scriptLoading: 'defer' }),
  ],
});

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const only = env.only;
  if (only === 'bench-baseline') return [benchBaseline(mode)];
  const all = [addin(mode), workbench(mode)];
  return only ? all.filter((c) => c.name === only) : all;
};
