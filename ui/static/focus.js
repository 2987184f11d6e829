// Where the person's attention goes after a move (ui/focus.py): the top of the step with the
// focus on its title, or one question, in view, focused and highlighted.
// ARGS.selectors: the question's possible boxes, first found wins ([]: the title);
// ARGS.move: this move's number. The page records each move in window.__focusMoves (tests
// read it: an event, not a guess).
const selectors = ARGS.selectors, move = ARGS.move;
const FIELD = "input, textarea, button, [tabindex]";
let tries = 0;
const topOf = (el) => {
  for (let node = el; node; node = node.parentElement) {
    if (node.scrollTop) node.scrollTop = 0;
  }
  window.scrollTo(0, 0);
};
const go = () => {
  const title = document.querySelector(DOM.MAIN + " h1") || document.querySelector("h1");
  let target = null;
  for (const s of selectors) { target = target || document.querySelector(s); }
  // A field drawn by this very run can have its box before its input: wait for both.
  if (!title || (selectors.length && !(target && target.querySelector(FIELD)))) {
    if (tries++ < 120) return requestAnimationFrame(go);
  }
  document.querySelectorAll(".answer-highlight")
    .forEach((n) => n.classList.remove("answer-highlight"));
  if (target) {
    target.classList.add("answer-highlight");
    // A card taller than half the screen (a new job on a phone) starts at the top, below
    // Streamlit's header; a single question is centred.
    const tall = target.getBoundingClientRect().height > window.innerHeight / 2;
    target.style.scrollMarginTop = "4.5rem";
    target.scrollIntoView({block: tall ? "start" : "center"});
    const field = target.querySelector(FIELD);
    if (field) field.focus({preventScroll: true});
  } else if (title) {
    title.setAttribute("tabindex", "-1");
    topOf(title);
    title.focus({preventScroll: true});
  }
  (window.__focusMoves = window.__focusMoves || [])
    .push({move, target: target ? selectors[0] : "title"});
};
requestAnimationFrame(go);
