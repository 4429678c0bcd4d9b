// Placeholder shell; replaced by the secure Electron shell (issue 5).
import { app } from 'electron';
app.whenReady().then(() => app.quit());
