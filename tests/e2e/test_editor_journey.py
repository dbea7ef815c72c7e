"""An editor in the Wagtail admin: create an event, publish it, export its signups.

The admin is Wagtail's own, so axe and the HTML checker are not run on it
(see docs/development.md); the public pages the editor makes are checked.
"""

import csv
import re
from datetime import date

from playwright.sync_api import expect

from .test_signup_journey import TITLES, fill_signup_form

TITLE = "Ledelse i en tid med kunstig intelligens"
QUESTIONS = [
    ("Hvilken kommune kommer du fra?", "singleline", ""),
    ("Deltager du i frokosten?", "radio", "Ja\nNej"),
]
PARTICIPANT = ("Editha Eksport", "editha@example.dk")


def log_in(page, site):
    page.goto(site.url + "/admin/login/")
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill("ledelsesugen")
    page.locator("form [type=submit]").click()
    expect(page).to_have_url(site.url + "/admin/")


def choose_first_organisation(page):
    chooser = page.locator("#id_organiser_links-0-organisation-chooser")
    chooser.locator("[data-chooser-action-choose]").click()
    page.locator(".modal [data-chooser-modal-choice]").first.click()
    expect(chooser.locator("[data-chooser-title]")).not_to_be_empty()


def add_questions(page):
    for number, (label, field_type, choices) in enumerate(QUESTIONS):
        page.locator("#id_signup_questions-ADD").click()
        prefix = f"#id_signup_questions-{number}"
        page.locator(f"{prefix}-label").fill(label)
        page.locator(f"{prefix}-field_type").select_option(field_type)
        page.locator(f"{prefix}-required").check()
        if choices:
            page.locator(f"{prefix}-choices").fill(choices)


def test_create_publish_receive_a_signup_and_export_it(visit, live_site):
    editor = visit("desktop", "da").page
    # A day in the coming Leadership Week, and its programme, from the demo.
    upcoming = live_site.get_json(
        f"/api/ledelsesugen/events/?locale=da&limit=1&date_from={date.today()}"
    )["items"][0]
    day = upcoming["start"][:10]
    programme = live_site.get_json(f"/api/v2/pages/{upcoming['id']}/")["meta"]["parent"]

    log_in(editor, live_site)
    editor.goto(
        f"{live_site.url}/admin/pages/add/wagtail_ledelsesugen/eventpage/"
        f"{programme['id']}/"
    )
    editor.locator("#id_title").fill(TITLE)
    editor.locator("#id_start").fill(f"{day} 13:00")
    editor.locator("#id_end").fill(f"{day} 15:30")
    editor.locator("#id_format").select_option(index=1)
    editor.locator("#id_mode").select_option("physical")
    editor.locator("#id_venue_name").fill("Aarhus Rådhus")
    editor.locator("#id_city").fill("Aarhus")
    choose_first_organisation(editor)
    editor.locator("#tab-label-tilmelding").click()
    editor.locator("#id_signup_form_enabled").check()
    editor.locator("#id_capacity").fill("12")
    add_questions(editor)
    editor.locator("footer [data-w-dropdown-target=toggle]").click()
    editor.locator("footer [name=action-publish]").click()

    expect(editor.locator(".messages")).to_contain_text(TITLE)
    (event,) = live_site.get_json(
        "/api/ledelsesugen/events/", locale="da", search=TITLE
    )["items"]
    assert event["title"] == TITLE
    assert event["signup"]["capacity"] == 12

    visitor = visit("desktop", "da")
    visitor.open(programme["meta"]["html_url"])
    visitor.page.get_by_role("link", name=TITLE).click()
    fill_signup_form(visitor.page, *PARTICIPANT)
    visitor.page.get_by_label(QUESTIONS[0][0]).fill("Aarhus")
    visitor.page.locator("form.lu-form [type=submit]").click()
    expect(visitor.page.locator("h1")).to_have_text(TITLES["da"]["received"])

    editor.goto(f"{live_site.url}/admin/ledelsesugen/pages/{event['id']}/signups/")
    expect(editor.locator("main")).to_contain_text(PARTICIPANT[0])
    editor.locator("header").get_by_role("button", name="Handlinger").click()
    with editor.expect_download() as download:
        editor.locator("a[href$='export=csv']").click()
    with open(download.value.path(), newline="", encoding="utf-8-sig") as export:
        rows = list(csv.reader(export))
    header, *signups = rows
    assert [question for question, _type, _choices in QUESTIONS] == [
        heading for heading in header if re.search(r"\?$", heading)
    ]
    (row,) = signups
    assert PARTICIPANT[0] in row and PARTICIPANT[1] in row
    assert "Aarhus" in row and "Ja" in row
