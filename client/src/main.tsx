import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPage } from './app/App';
import { bindQueryInvalidation } from './app/liveQueries';
import { startI18n } from './i18n/i18n';
import { queryClient } from './net/queryClient';
import { useAppStore } from './store/appStore';
import { bindRealtime } from './store/realtimeBindings';
import './app/styles.css';

// One live connection for the app: chat, presence, occupancy and stats all ride on it.
bindRealtime(useAppStore);
bindQueryInvalidation(queryClient);

preloadPage(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// Rendered once the visitor's language is loaded: a Chinese first paint never flashes English.
void startI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
