import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';

/** The extension's keyboard shortcuts as the browser has them now (the user may have changed them). */
export function ShortcutsTable() {
  const [commands, setCommands] = useState<Browser.commands.Command[]>();
  useEffect(() => {
    void browser.commands.getAll().then(setCommands);
  }, []);
  return (
    <table className="shortcuts">
      <tbody>
        {commands?.map((command) => (
          <tr key={command.name}>
            <td>{command.description || 'Open DevRecall search'}</td>
            <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <em>not set</em>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
