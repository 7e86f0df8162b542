import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const KEY = 'pavilion.controlsHidden';

/** The "how to move" card; remembers being dismissed. Its text also describes the canvas to screen readers. */
export function ControlsHelp() {
  const { t } = useTranslation(['hall']);
  const [hidden, setHidden] = useState(() => {
    try {
      return localStorage.getItem(KEY) === '1';
    } catch {
      return false;
    }
  });
  const toggle = (value: boolean) => {
    setHidden(value);
    try {
      localStorage.setItem(KEY, value ? '1' : '0');
    } catch {
      // Not remembered; harmless.
    }
  };
  return (
    <div className={hidden ? 'controls-help controls-help--hidden' : 'controls-help'}>
      <div id="hall-controls-help" className={hidden ? 'visually-hidden' : undefined}>
        <p className="controls-help__title">{t('hall:controls.title')}</p>
        <ul>
          <li>{t('hall:controls.keys')}</li>
          <li>{t('hall:controls.look')}</li>
          <li>{t('hall:controls.click')}</li>
          <li className="controls-help__touch">{t('hall:controls.touch')}</li>
        </ul>
      </div>
      <button type="button" className="button button--ghost button--small" onClick={() => toggle(!hidden)} aria-expanded={!hidden}>
        {hidden ? t('hall:controls.show') : t('hall:controls.hide')}
      </button>
    </div>
  );
}
