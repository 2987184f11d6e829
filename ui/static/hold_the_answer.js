// The advisor view (screens/advisor.py): the field a person answers stays where it is on the
// screen while the page redraws: what an answer opens or closes elsewhere (another step's
// questions) would otherwise push it away. The place is taken when a field is pressed or
// typed in, and held until the person scrolls; meanwhile the questions column does not get
// shorter (the page could not scroll to hold it).
if (window.__holdAnswer) return;
window.__holdAnswer = true;
const QUESTIONS = "." + DOM.KEY_CLASS + "advisor_questions";
const QUESTION = DOM.KEY_CLASS + "q-";  // the class of a question's box starts so
let held = null;
const main = () => document.querySelector(DOM.MAIN);
const release = () => {
  held = null;
  const list = document.querySelector(QUESTIONS);
  if (list) list.style.minHeight = "";
};
const take = (event) => {
  const box = event.target.closest && event.target.closest(
    QUESTIONS + " [class*='" + QUESTION + "']");
  if (!box) { release(); return; }
  const name = [...box.classList].find((c) => c.startsWith(QUESTION));
  held = {name, top: box.getBoundingClientRect().top};
  // Questions closed below the answer must not shorten the page under it either.
  const list = document.querySelector(QUESTIONS);
  list.style.minHeight = list.getBoundingClientRect().height + "px";
};
const hold = () => {
  if (!held || !main()) return;
  const box = document.querySelector(QUESTIONS + " ." + held.name);
  if (!box) return;
  const moved = box.getBoundingClientRect().top - held.top;
  if (Math.abs(moved) >= 1) main().scrollTop += moved;
};
document.addEventListener("pointerdown", take, true);
document.addEventListener("keydown", take, true);
for (const kind of ["wheel", "touchmove"]) {
  document.addEventListener(kind, release, {capture: true, passive: true});
}
new MutationObserver(hold).observe(document.body, {subtree: true, childList: true,
  attributes: true, characterData: true});
