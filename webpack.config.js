/**
 * Build of the add-in's web part (dist/web/): the task pane and the custom functions in ONE shared
 * runtime (taskpane.html loads both bundles), functions.json generated from the functions' JSDoc.
 * office.js comes from Microsoft's CDN <script> (see taskpane/taskpane.html); the workbench-only
 * xlsx reader (exceljs) is a lazily loaded chunk, never part of the initial bundle.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { ProvidePlugin } = require('webpack');

const root = __dirname;
const here = (p) => path.resolve(root, p);
const FUNCTIONS = './functions/functions.ts';
/** The functions engineer's file may not have landed yet: build the pane without it. */
const hasFunctions = fs.existsSync(here(FUNCTIONS));

function copyPatterns() {
  const patterns = [{ from: 'samples/yongdeng-2024.xlsx', to: 'samples/yongdeng-2024.xlsx' }];
  // pdf.js for the workbench's PDF reading (taskpane/workbench/pdf-read.ts): served as files and
  // imported by URL in pdf-worker.js only, never bundled; .js names so any server sends a script type
  const pdfjs = path.dirname(require.resolve('pdfjs-dist/package.json'));
  patterns.push(
    { from: path.join(pdfjs, 'build/pdf.min.mjs'), to: 'pdfjs/pdf.js' },
    { from: path.join(pdfjs, 'build/pdf.worker.min.mjs'), to: 'pdfjs/pdf.worker.js' },
    { from: path.join(pdfjs, 'cmaps'), to: 'pdfjs/cmaps' },
    { from: path.join(pdfjs, 'standard_fonts'), to: 'pdfjs/standard_fonts' },
  );
  // Icons only: scripts that generate them (assets/*.js) are not part of the site.
  if (fs.existsSync(here('assets'))) patterns.push({ from: 'assets', to: 'assets', globOptions: { ignore: ['**/*.js'] } });
  if (fs.existsSync(here('manifest.xml'))) patterns.push({ from: 'manifest.xml', to: 'manifest.xml' });
  return patterns;
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  // the workbench reads .xlsx files in a Web Worker (taskpane/common/open-xlsx.ts); never injected into the page
  // and PDFs in another (taskpane/common/open-pdf.ts)
  const entry = { taskpane: './taskpane/index.tsx', 'xlsx-worker': './taskpane/workbench/xlsx-worker.ts', 'pdf-worker': './taskpane/workbench/pdf-worker.ts' };
  if (hasFunctions) entry.functions = FUNCTIONS;
  const plugins = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './taskpane/taskpane.html',
      // Shared runtime: the functions script runs in the pane's page.
      chunks: hasFunctions ? ['functions', 'taskpane'] : ['taskpane'],
      chunksSortMode: 'manual',
      inject: 'body',
    }),
    new CopyWebpackPlugin({ patterns: copyPatterns() }),
    // office.js's CustomFunctions when present, a no-op outside Excel (the workbench).
    new ProvidePlugin({ CustomFunctions: [here('taskpane/host/custom-functions-shim.ts'), 'default'] }),
  ];
  if (hasFunctions) plugins.push(new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS }));

  return {
    mode,
    context: root,
    entry,
    // Rebuilds (the browser tests build when dist/web is stale) reuse the previous compilation.
    cache: { type: 'filesystem', buildDependencies: { config: [__filename] } },
    devtool: mode === 'production' ? false : 'source-map',
    output: {
      path: here('dist/web'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // exceljs and docx reach for Node built-ins in code paths the browser never takes.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        // The engine and the pane are pure modules: unused re-exports (src/narrative's .docx writer,
        // the .docx reader) may be dropped, keeping `docx`/`jszip` out of the initial bundle.
        { test: /[\\/](src|taskpane)[\\/].*\.tsx?$/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: mode !== 'production' } } },
        },
      ],
    },
    plugins,
    optimization: {
      // The engine (src/, decimal.js, the catalog) once, in engine.js, loaded by the page for both
      // entries: the pane and the custom functions share one runtime, so bundling the engine into
      // each start script would send it twice. exceljs, docx and pdf.js stay lazy chunks.
      splitChunks: {
        // (webpack's default groups still share code between the lazy chunks: Fluent's Dropdown
        // used by the filters, the 说明 and 表格 tabs and the workbench is fetched once.)
        cacheGroups: {
          // only the page's two start scripts: a Web Worker (xlsx-worker, pdf-worker) cannot load a
          // chunk the page loads by a script tag, so each worker stays self-contained
          engine: {
            name: 'engine',
            filename: 'engine.js',
            chunks: (chunk) => chunk.name === 'taskpane' || chunk.name === 'functions',
            // every engine module either start script uses (not only those both use): a module used
            // by both through their own imports (vocabulary/tables.ts by YS.AMOUNT and the 表格 tab)
            // was otherwise bundled into each of them
            test: /[\\/](src|node_modules[\\/]decimal\.js)[\\/]/,
            minChunks: 1,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      static: { directory: here('dist/web') },
      server: 'https',
      port: 3000,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};
