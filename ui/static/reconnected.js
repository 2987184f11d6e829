// A session lives in one server process: after the connection drops and comes back, the page
// still shows the old answers while the server holds a new, empty session. Say so, plainly
// (in window.__lostWords, words.js). The page menu (a side panel on a phone) closes once a
// page is chosen.
if (window.__reconnectWatch) return;
window.__reconnectWatch = true;
const app = document.querySelector(DOM.APP);
let wasConnected = app && app.getAttribute(DOM.CONNECTION_STATE) === "CONNECTED";
let lost = false;
new MutationObserver(() => {
  const state = app.getAttribute(DOM.CONNECTION_STATE);
  if (state === "CONNECTED") {
    if (lost && !document.getElementById("session-lost")) {
      const box = document.createElement("div");
      box.id = "session-lost";
      box.setAttribute("role", "alert");
      box.className = "session-lost";
      const text = document.createElement("p");
      text.textContent = window.__lostWords.text;
      const button = document.createElement("button");
      button.textContent = window.__lostWords.button;
      button.addEventListener("click", () => window.location.reload());
      box.append(text, button);
      document.body.prepend(box);
    }
    wasConnected = true;
  } else if (wasConnected) {
    lost = true;
  }
}).observe(app, {attributes: true, attributeFilter: [DOM.CONNECTION_STATE]});
document.addEventListener("click", (event) => {
  if (window.innerWidth > 640 || !event.target.closest(DOM.SIDEBAR_NAV + " a")) return;
  setTimeout(() => {
    const close = document.querySelector(DOM.SIDEBAR_CLOSE)
      || document.querySelector(DOM.SIDEBAR + " " + DOM.SIDEBAR_HEADER_BUTTON);
    if (close) close.click();
  }, 0);
}, true);
