"""Text a person types is shown as text in the browser: markup and Markdown stay inert on the
review, the results and the advisor view."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_driver import Person
from playwright.sync_api import Page, expect

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ai-foreign-worker.json"
TITLE = (
    "<img src=x onerror=window.__pwned=1> [link](http://evil.example) <script>1</script>"
    " R&amp;D &lt;b&gt;"  # entities shown as written, not decoded
)
PLACE = "<b>Laval</b> ![x](http://evil.example/x.png)"


@pytest.mark.browser_context_args(locale="en-CA")
def test_markup_typed_in_free_text_fields_renders_inert_everywhere(page: Page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    person = Person(page, "en")
    person.open()
    person.act(
        lambda: page.locator(".st-key-upload_answers input[type=file]").set_input_files(
            str(EXAMPLE)
        ),
        "uploading the example",
    )
    expect(page.locator("h1").first).to_have_text("The job held or accepted")
    person.answer("job.title", TITLE)
    person.answer("job.annual_salary", 80000)  # the place now matters (art. 7, 4°, b)
    person.answer("job.employer_municipality", PLACE)
    for _ in range(4):
        if person.step() == "review":
            break
        person.click("next")
    # (A zero-width space keeps a typed address from becoming a link; it is not seen.)
    pages = {"review": person.page.inner_text("main").replace("\u200b", "")}
    person.see_results()
    pages["results"] = person.page.inner_text("main").replace("\u200b", "")
    for selector in ("img[src='x']", "a[href^='http://evil']", "img[src^='http://evil']"):
        expect(page.locator(selector)).to_have_count(0)  # on the results
    person.act(lambda: page.get_by_role("link", name="Advisor view").click(), "advisor view")
    expect(page.locator("h1").first).to_have_text("Advisor view")
    # The advisor view shows the same answers in its fields, as typed.
    expect(page.locator(".st-key-q-job-title input")).to_have_value(TITLE)
    assert TITLE in pages["review"]
    assert PLACE in pages["review"]
    # Nothing typed became an element, a link or a script that ran.
    for selector in ("img[src='x']", "a[href^='http://evil']", "img[src^='http://evil']"):
        expect(page.locator(selector)).to_have_count(0)
    assert page.evaluate("window.__pwned === undefined")
    assert dialogs == []
