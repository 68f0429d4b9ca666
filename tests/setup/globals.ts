// Build-time constants that webpack's DefinePlugin provides to the bundles.
Object.assign(globalThis, { __APP_VERSION__: '0.0.0-test', __BUILD_ID__: 'test' });
