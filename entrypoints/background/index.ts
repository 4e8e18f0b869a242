export default defineBackground(() => {
  // Features register their listeners here (context menu, capture, message router).
});
