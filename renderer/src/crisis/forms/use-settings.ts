import { useEffect, useState } from 'react';
import type { Settings } from '../../../../shared/schemas/settings';
import { api } from '../../api/api';

/** The school's name and the counselor's, which every printed form carries. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let current = true;
    void api.call('settings.get', {}).then((result) => {
      if (current && result.ok) setSettings(result.value);
    });
    return () => {
      current = false;
    };
  }, []);
  return settings;
}
