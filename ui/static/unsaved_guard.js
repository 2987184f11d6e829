// Leaving or reloading the page with answers not downloaded asks first (the browser's own
// dialog). ARGS.fingerprint: a fingerprint of the answers, never the answers themselves.
window.__answersFingerprint = ARGS.fingerprint;
if (window.__unsavedGuard) return;
window.__unsavedGuard = true;
document.addEventListener("click", (event) => {
  if (event.target.closest("." + DOM.KEY_CLASS + "download_answers")) {
    window.__savedFingerprint = window.__answersFingerprint;
  }
}, true);
window.addEventListener("beforeunload", (event) => {
  const fp = window.__answersFingerprint;
  if (fp && fp !== window.__savedFingerprint) { event.preventDefault(); event.returnValue = ""; }
});
