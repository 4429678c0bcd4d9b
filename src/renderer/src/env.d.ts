/// <reference types="vite/client" />
import type { DesktopBridge, PolicyLensApi } from '../../shared/api';

declare global {
  interface Window {
    api: PolicyLensApi;
    /** Only inside the Electron window. */
    desktop?: DesktopBridge;
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
