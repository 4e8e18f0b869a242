import { startRouter } from './router';
import { startCapture } from './capture';
import { registerFill } from './fill';

export default defineBackground(() => {
  // Each feature registers its handlers and listeners here, one line per feature.
  startRouter();
  startCapture();
  registerFill();
});
