// How the browser suite and the SFU benchmark start Chromium (a plain module, so a bench script can import it too).

/** Debian's Chromium, unless CHROMIUM_PATH names another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Software WebGL on a machine without a GPU, and no background traffic of the browser's own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Chromium's fake camera (a moving test pattern) and an auto-accepted permission prompt. */
export const fakeCameraArgs = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

/** Launch options for pages that go on camera. */
export const fakeCameraLaunch = { executablePath: chromiumPath, args: [...chromiumArgs, ...fakeCameraArgs] };
