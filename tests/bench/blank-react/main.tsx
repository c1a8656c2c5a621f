import { createRoot } from 'react-dom/client';

// The bench's floor: the least a React 19 page built like the renderer can load and run. The one
// element is a field, so "interactive" means the same thing here as in the app's start form.
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(<input id="blank-field" aria-label="Field" data-ready="true" />);
