import { createRoot } from 'react-dom/client';

// The baseline the popup is compared with: React mounting one heading and one control.
createRoot(document.getElementById('root')!).render(
  <main>
    <h1>Empty</h1>
    <button type="button">OK</button>
  </main>,
);
