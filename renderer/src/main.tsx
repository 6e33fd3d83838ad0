import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './app/AppRoot';
import './app/app.css';
import { startI18n } from './i18n/i18n';
import { languageFromSystem } from './i18n/language';

startI18n(languageFromSystem(navigator.languages));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppRoot />
    </StrictMode>,
  );
}
