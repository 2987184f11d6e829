// Streamlit's English words in its widgets, in French (window.__streamlitWords, words.js).
// Only what changed is looked at, in the observer's own callback (before the frame is painted).
// Walking the whole page one frame after every change cost ≈ 1 ms of script per Next (measured
// in Chromium), ≈ 0.2 ms this way, and no frame painted with Streamlit's English words.
if (window.__wordsObserver) return;
const ATTRS = ["aria-label", "title", "placeholder"];
const fixAttr = (el, attr, words) => {
  const value = el.getAttribute(attr);
  if (!value) return;
  if (value in words) { el.setAttribute(attr, words[value]); return; }
  for (const [english, french] of Object.entries(words.__prefixes || {})) {
    if (value.startsWith(english)) el.setAttribute(attr, french + value.slice(english.length));
  }
};
const fixText = (node, words) => {
  const text = node.nodeValue.trim();
  if (!text) return;
  if (text in words) { node.nodeValue = node.nodeValue.replace(text, words[text]); return; }
  const size = words.__sizes && /^(\d+(?:\.\d+)?)\s?(B|KB|MB|GB)$/.exec(text);
  if (size) {
    node.nodeValue = node.nodeValue.replace(text,
      size[1].replace(".", ",") + "\u00a0" + words.__sizes[size[2]]);
    return;
  }
  const limit = words.__limit && /^(?:Limit )?(\S+) per file(?: • (.+))?$/.exec(text);
  if (limit) node.nodeValue = words.__limit.replace("{size}", limit[1].replace("MB", "\u00a0Mo"))
    + (limit[2] ? " • " + limit[2] : "");
};
const fixTree = (root, words) => {
  if (root.nodeType === Node.TEXT_NODE) { fixText(root, words); return; }
  if (root.nodeType !== Node.ELEMENT_NODE) return;
  for (const attr of ATTRS) fixAttr(root, attr, words);
  for (const el of root.querySelectorAll("[aria-label], [title], [placeholder]")) {
    for (const attr of ATTRS) fixAttr(el, attr, words);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) fixText(node, words);
};
const active = () => {
  const words = window.__streamlitWords || {};
  return Object.keys(words).length ? words : null;
};
window.__translateAll = () => { const words = active(); if (words) fixTree(document.body, words); };
window.__wordsObserver = new MutationObserver((records) => {
  const words = active();
  if (!words) return;
  for (const record of records) {
    if (record.type === "childList") {
      for (const node of record.addedNodes) if (node.isConnected) fixTree(node, words);
    } else if (record.type === "characterData") {
      fixText(record.target, words);
    } else if (record.type === "attributes") {
      fixAttr(record.target, record.attributeName, words);
    }
  }
});
window.__wordsObserver.observe(document.body, {subtree: true, childList: true, attributes: true,
  attributeFilter: ATTRS, characterData: true});
window.__translateAll();
