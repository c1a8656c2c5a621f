import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './app/api';
import { App } from './app/app';
import { bootstrap } from './app/bootstrap';
import { StoresProvider } from './app/stores';
import './styles/app.css';
import './styles/views.css';
import './styles/accounts.css';
import './styles/keyboard.css';
import './styles/compact.css';
import './styles/settings.css';
import './styles/call.css';
import './styles/follow-ups.css';
import './styles/recap.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

try {
  const stores = bootstrap(getApi());
  root.render(
    <StrictMode>
      <StoresProvider stores={stores}>
        <App />
      </StoresProvider>
    </StrictMode>,
  );
} catch (error) {
  root.render(
    <main className="startup-error">
      <h1>Call Coach could not start</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </main>,
  );
}
