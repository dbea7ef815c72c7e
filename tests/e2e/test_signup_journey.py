"""Signing up in the browser: confirmation, e-mail, cancellation, waiting list.

Each step's page passes ``Visitor.check`` (axe, HTML, width, other hosts).
"""

import re

import pytest
from playwright.sync_api import expect

TITLES = {
    "da": {
        "received": "Tjek din e-mail",
        "waitlisted": "venteliste",
        "cancel": "Afmeld din tilmelding",
        "cancelled": "Du er afmeldt",
    },
    "en": {
        "received": "Check your e-mail",
        "waitlisted": "waiting list",
        "cancel": "Cancel your signup",
        "cancelled": "Your signup is cancelled",
    },
}

pytestmark = [
    pytest.mark.parametrize("viewport", ["desktop", "phone"]),
    pytest.mark.parametrize("language", ["da", "en"]),
]


def seats_left(site, event_id):
    return site.get_json(f"/api/ledelsesugen/events/{event_id}/")["signup"][
        "seats_left"
    ]


def fill_signup_form(page, name, email):
    """Answer every field as a person would: text, choices, and consent."""
    form = page.locator("form.lu-form")
    form.get_by_label(re.compile(r"^(Navn|Name)")).fill(name)
    form.get_by_label(re.compile(r"^(E-mail)")).fill(email)
    for fieldset in form.locator("fieldset").all():
        fieldset.locator("input").first.check()
    for select in form.locator("select").all():
        select.select_option(index=1)
    form.locator("input[name=consent]").check()


def email_text(site, address):
    """The plain text of the one e-mail sent to ``address``."""
    (message,) = site.emails_to(address)
    return next(
        part.get_payload(decode=True).decode(part.get_content_charset())
        for part in message.walk()
        if part.get_content_type() == "text/plain"
    )


def cancellation_link(site, address):
    """The cancellation link in the one e-mail sent to ``address``."""
    text = email_text(site, address)
    links = re.findall(r"https?://\S+/cancel/\S+", text)
    assert links, f"No cancellation link in:\n{text}"
    return links[0]


def test_sign_up_get_the_email_and_cancel(visit, live_site, language, viewport):
    visitor = visit(viewport, language)
    page = visitor.page
    url, event_id = live_site.event_with_signup(language, "open")
    seats_before = seats_left(live_site, event_id)
    address = f"journey-{language}-{viewport}@example.dk"

    visitor.open(url)
    fill_signup_form(page, "Karen Journey", address)
    page.locator("form.lu-form [type=submit]").click()

    expect(page.locator("h1")).to_have_text(TITLES[language]["received"])
    visitor.check(f"signup-received-{language}")
    assert seats_left(live_site, event_id) == seats_before - 1

    link = cancellation_link(live_site, address)
    assert link.startswith(live_site.url + "/")
    visitor.open(link)
    expect(page.locator("h1")).to_have_text(TITLES[language]["cancel"])
    visitor.check(f"signup-cancel-{language}")
    page.locator("main form [type=submit]").click()

    expect(page.locator("h1")).to_have_text(TITLES[language]["cancelled"])
    visitor.check(f"signup-cancelled-{language}")
    assert seats_left(live_site, event_id) == seats_before
    visitor.open(url)
    expect(page.locator(".lu-seats")).to_contain_text(str(seats_before))


def test_a_full_event_puts_you_on_the_waiting_list(
    visit, live_site, language, viewport
):
    visitor = visit(viewport, language)
    page = visitor.page
    url, _event_id = live_site.event_with_signup(language, "waitlist")

    visitor.open(url)
    address = f"waiting-{language}-{viewport}@example.dk"
    fill_signup_form(page, "Waiting Walther", address)
    page.locator("form.lu-form [type=submit]").click()

    expect(page.locator("h1")).to_have_text(TITLES[language]["received"])
    visitor.check(f"signup-waitlisted-{language}")
    assert TITLES[language]["waitlisted"] in email_text(live_site, address)


def test_a_failed_signup_focuses_the_error_summary(
    visit, live_site, language, viewport
):
    visitor = visit(viewport, language)
    page = visitor.page
    url, _event_id = live_site.event_with_signup(language, "open")

    visitor.open(url)
    page.locator("form.lu-form [type=submit]").click()

    summary = page.locator(".lu-error-summary")
    expect(summary).to_be_focused()
    links = summary.locator("a")
    expect(links.first).to_be_visible()
    for href in links.evaluate_all("links => links.map(link => link.hash)"):
        field = page.locator(href)
        expect(field).to_have_count(1)
        assert field.evaluate("el => el.closest('form.lu-form') !== null")
    visitor.check(f"signup-errors-{language}")
