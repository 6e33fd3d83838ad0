// Builds the app and runs it in the system's Chromium or Chrome through the loopback browser
// host. Flags pass through: --data-dir DIR, --port N (or XINQING_DATA_DIR, XINQING_PORT).
import { buildApp } from './build-app.mjs';
import { runBrowserHost } from './run-browser-host.mjs';

buildApp();
runBrowserHost(process.argv.slice(2));
