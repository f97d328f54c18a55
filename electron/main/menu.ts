import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT_CHANNEL, type MenuCommand } from '../../shared/api/bridge';

function send(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_EVENT_CHANNEL, command);
}

/** The native menu; commands that belong to the document are forwarded to the renderer. */
export function installApplicationMenu(isMac: boolean): void {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Draft', accelerator: 'CmdOrCtrl+N', click: () => send('new-draft') },
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import-files') },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send('save') },
        { label: 'Export HTML…', accelerator: 'CmdOrCtrl+E', click: () => send('export-html') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => send('find') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Toggle Dark Mode', accelerator: 'CmdOrCtrl+Shift+D', click: () => send('toggle-dark-mode') },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
