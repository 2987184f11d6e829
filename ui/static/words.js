// What a language switch changes: Streamlit's words in the chosen language (none in English)
// and the words of the "server lost" notice (reconnected.js); translate.js applies them.
window.__streamlitWords = ARGS.words;
window.__lostWords = ARGS.lost;
if (window.__translateAll) window.__translateAll();
