// The window's security settings as plain data, so tests can check them without Electron.

/** Same policy as the meta tag in src/renderer/index.html: local code only, no eval, no remote origins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Vue binds `style` attributes; styles cannot run code, scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
} as const;

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1360, height: 860 };

/** BrowserWindow constructor options (structurally typed so this file never imports electron). `iconPath` is the
 * window and taskbar icon where the system takes it from the window (Linux, Windows). */
export function mainWindowOptions(preloadPath: string, bounds: WindowBounds, iconPath?: string) {
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Policy Lens',
    backgroundColor: '#f6f7f9',
    icon: iconPath,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
}

/** Only web pages leave the app, and only to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
