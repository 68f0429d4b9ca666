/** Replaced at build time by webpack's DefinePlugin (webpack.config.js). Read them through build-info.ts. */
declare const __APP_VERSION__: string;
declare const __BUILD_ID__: string;
