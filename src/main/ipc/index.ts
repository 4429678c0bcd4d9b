// Public API of the ipc stage.
export { createApiHandlers, type ApiHandlers } from './handlers';
export { registerIpcHandlers, type IpcMainLike } from './register';
export { createServices, type Services, type ServiceOptions } from './services';
export { UserError } from './validate';
