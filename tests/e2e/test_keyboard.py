"""Only the keyboard: filter the programme, open an event, sign up.

At every stop of the Tab key the focused element must show a visible focus
indicator (an outline or a box shadow).
"""

import pytest
from playwright.sync_api import expect

from .test_public_pages import PAGE_TYPES
from .test_signup_journey import TITLES

MAX_TAB_STOPS = 80
FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  return {
    tag: el.tagName.toLowerCase(),
    type: el.type || "",
    name: el.name || "",
    href: el.href || "",
    form: el.closest("form") ? el.closest("form").className : "",
    visible: outline || style.boxShadow !== "none",
  };
}"""


class Keyboard:
    """Moves through a page with Tab and checks each stop's focus indicator."""

    def __init__(self, page):
        self.page = page

    def tab(self):
        self.page.keyboard.press("Tab")
        focused = self.page.evaluate(FOCUS_STYLE)
        assert focused["visible"], f"No visible focus on {focused}"
        return focused

    def tab_to(self, wanted, description):
        for _stop in range(MAX_TAB_STOPS):
            focused = self.tab()
            if wanted(focused):
                return focused
        pytest.fail(f"Tab never reached {description}")


@pytest.mark.parametrize("language", ["da", "en"])
def test_filter_open_and_sign_up_with_the_keyboard(visit, live_site, language):
    visitor = visit("desktop", language)
    page = visitor.page
    keys = Keyboard(page)
    event_url, _event_id = live_site.event_with_signup(language, "open")
    visitor.open(event_url)
    title = page.locator("h1").inner_text()

    visitor.open(live_site.page_url(PAGE_TYPES["programme"], language))
    keys.tab_to(lambda el: el["name"] == "q", "the search field")
    page.keyboard.type(title)
    keys.tab_to(lambda el: el["name"] == "theme", "the theme filter")
    keys.tab_to(lambda el: el["type"] == "submit", "the filter button")
    page.keyboard.press("Enter")
    expect(page.locator("input[name=q]")).to_have_value(title)

    keys.tab_to(lambda el: el["href"] == event_url, "the event's link")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(title)

    answers = {"name": "Keyboard Kirsten", "email": f"keys-{language}@example.dk"}
    while True:
        focused = keys.tab_to(lambda el: "lu-form" in el["form"], "the signup form")
        if focused["type"] == "submit":
            break
        if focused["name"] in answers:
            page.keyboard.type(answers.pop(focused["name"]))
        elif focused["type"] in ("radio", "checkbox"):
            page.keyboard.press("Space")
        elif focused["tag"] == "select":
            page.keyboard.press("ArrowDown")
    assert not answers, f"Tab skipped {answers}"
    page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text(TITLES[language]["received"])
