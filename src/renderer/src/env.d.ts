/// <reference types="vite/client" />
import type { PolicyLensApi } from '../../shared/api';

declare global {
  interface Window {
    api: PolicyLensApi;
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
