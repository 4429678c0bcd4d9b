// Hardening applied to the session and every web contents: CSP header, no permissions,
// no navigation, no new windows (http(s) links go to the system browser).
import { app, shell, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY, isExternalWebUrl } from './window-options';

export function hardenSession(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Applies to every web contents the app ever creates, including ones we did not expect. */
export function hardenAllWebContents(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalWebUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      // A dev-server reload is the one navigation allowed, and only in dev.
      if (devServerUrl && url.startsWith(devServerUrl)) return;
      event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
