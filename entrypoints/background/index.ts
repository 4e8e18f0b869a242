import { startRouter } from './router';

export default defineBackground(() => {
  // Each feature registers its handlers and listeners here, one line per feature.
  startRouter();
});
