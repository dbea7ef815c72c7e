"""Every page type's ``api_fields`` in Wagtail's own pages API (v2, and v3)."""

import datetime
import json

import pytest
from django.test import override_settings
from wagtail.models import Locale

from tests.builders import (
    days_ahead,
    make_article,
    make_article_index,
    make_document,
    make_event,
    make_media_index,
    make_organisation,
    make_person,
    make_recording,
    make_signup_event,
    make_startkit,
    make_startkit_index,
    make_theme,
    make_week,
    translate_page,
)
from wagtail_ledelsesugen.models import FeaturedItem, Signup, SignupStatus

LISTING = "/api/v2/pages/"


def api_get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


def detail(client, page):
    return api_get(client, f"{LISTING}{page.pk}/")


def listing(client, model, fields="*"):
    data = api_get(client, LISTING, type=f"wagtail_ledelsesugen.{model}", fields=fields)
    return data["items"]


def own_fields(item):
    """The fields of an API item that the page type adds to Wagtail's own."""
    return set(item) - {"id", "meta", "title"}


@pytest.fixture
def people(db):
    kl = make_organisation("KL", sector="other", website="https://www.kl.dk/")
    return {
        "kl": kl,
        "mette": make_person("Mette Hansen", job_title="Direktør", organisation=kl),
        "jonas": make_person("Jonas Berg", job_title="Forsker"),
    }


@pytest.fixture
def event(programme, people):
    event = make_signup_event(
        programme,
        title="Morgenmøde om ledertrivsel",
        subtitle="Hvordan passer ledere på sig selv?",
        start=days_ahead(20, 8),
        end=days_ahead(20, 9, 30),
        format="morning_meeting",
        mode="hybrid",
        online_url="https://example.org/join",
        venue_name="Rådhuset",
        street_address="Rådhuspladsen 2",
        postcode="5000",
        city="Odense C",
        region="syddanmark",
        themes=[make_theme("Ledertrivsel")],
        audience=["municipality", "top_leaders"],
        price="Gratis",
        capacity=40,
        intro="En time om trivsel.",
        body=[("paragraph", "<p>Kaffe fra kl. 7.45.</p>")],
        organisers=[people["kl"]],
        speakers=[people["mette"]],
        signup_deadline=days_ahead(19),
        notify_emails="sekretariat@kl.dk",
        consent_text="Jeg giver samtykke.",
    )
    speaker = event.speakers.get()
    speaker.role = "Moderator"
    speaker.save()
    Signup.objects.create(
        signup_list=event.get_signup_list(),
        page=event,
        status=SignupStatus.CONFIRMED,
        name="Lone Berg",
        email="lone@kommune.dk",
        organisation="Vejle Kommune",
        answers={"allergier": "nødder"},
        consent_text="Jeg giver samtykke.",
    )
    return event


EVENT_FIELDS = {
    "subtitle",
    "start",
    "end",
    "format",
    "mode",
    "venue_name",
    "street_address",
    "postcode",
    "city",
    "region",
    "online_url",
    "themes",
    "audience",
    "price",
    "capacity",
    "intro",
    "body",
    "organisers",
    "speakers",
    "signup_form_enabled",
    "waitlist_enabled",
    "signup_opens",
    "signup_deadline",
    "require_login",
    "external_signup_url",
}


def test_event_in_the_listing(client, event):
    (item,) = listing(client, "EventPage")
    assert own_fields(item) == EVENT_FIELDS
    assert item["id"] == event.pk
    assert item["meta"]["type"] == "wagtail_ledelsesugen.EventPage"
    assert datetime.datetime.fromisoformat(item["start"]) == event.start
    assert datetime.datetime.fromisoformat(item["end"]) == event.end
    assert (item["format"], item["mode"], item["region"]) == (
        "morning_meeting",
        "hybrid",
        "syddanmark",
    )
    assert item["themes"] == [
        {"id": event.themes.get().pk, "slug": "ledertrivsel", "name": "Ledertrivsel"}
    ]
    assert item["audience"] == ["municipality", "top_leaders"]


def test_v2_filters_events_by_exact_values(client, event, programme):
    make_event(programme, region="midtjylland")
    items = api_get(
        client, LISTING, type="wagtail_ledelsesugen.EventPage", region="syddanmark"
    )["items"]
    assert [item["id"] for item in items] == [event.pk]


def test_event_detail(client, event, people):
    data = detail(client, event)
    assert own_fields(data) == EVENT_FIELDS
    assert data["subtitle"] == "Hvordan passer ledere på sig selv?"
    assert (data["venue_name"], data["street_address"]) == (
        "Rådhuset",
        "Rådhuspladsen 2",
    )
    assert (data["postcode"], data["city"]) == ("5000", "Odense C")
    assert data["online_url"] == "https://example.org/join"
    assert (data["price"], data["capacity"]) == ("Gratis", 40)
    assert data["intro"] == "En time om trivsel."
    assert data["body"][0]["type"] == "paragraph"
    assert data["organisers"] == [
        {
            "id": people["kl"].pk,
            "slug": "kl",
            "name": "KL",
            "website": "https://www.kl.dk/",
        }
    ]
    assert data["speakers"] == [
        {
            "id": people["mette"].pk,
            "slug": "mette-hansen",
            "name": "Mette Hansen",
            "job_title": "Direktør",
            "organisation": "KL",
            "role": "Moderator",
        }
    ]
    assert data["signup_form_enabled"] is True
    assert data["signup_opens"] is None
    assert datetime.datetime.fromisoformat(data["signup_deadline"]) == (
        event.signup_deadline
    )
    assert data["external_signup_url"] == ""


def test_no_signup_or_personal_data_in_any_view(client, event):
    responses = [
        client.get(f"{LISTING}{event.pk}/"),
        client.get(LISTING, {"type": "wagtail_ledelsesugen.EventPage", "fields": "*"}),
    ]
    for response in responses:
        text = response.content.decode()
        for secret in ("sekretariat@kl.dk", "lone@kommune.dk", "Lone Berg", "nødder"):
            assert secret not in text
        assert Signup.objects.get().token not in text
        assert "samtykke" not in text


@pytest.mark.parametrize(
    "field", ["notify_emails", "consent_text", "signup_questions", "signups"]
)
def test_private_fields_cannot_be_asked_for(client, event, field):
    response = client.get(
        LISTING, {"type": "wagtail_ledelsesugen.EventPage", "fields": field}
    )
    assert response.status_code == 400
    assert field in response.json()["message"]


def test_a_speaker_without_organisation_or_role(client, programme, people):
    event = make_event(programme, speakers=[people["jonas"]])
    (speaker,) = detail(client, event)["speakers"]
    assert (speaker["organisation"], speaker["role"]) == (None, "")


def test_programme(client, programme):
    programme.intro = "Alle arrangementer i ugen."
    programme.save()
    data = detail(client, programme)
    assert own_fields(data) == {"intro"}
    assert data["intro"] == "Alle arrangementer i ugen."


def test_leadership_week(client, programme):
    week = make_week(title="Ledelsesugen 2026", year=2026, week=44, intro="Uge 44.")
    draft = make_event(programme, title="Kladde", publish=False)
    week.featured_items = [
        FeaturedItem(featured_page=programme, heading="Se programmet"),
        FeaturedItem(featured_page=draft, heading="Hemmeligt"),
    ]
    week.save()
    data = detail(client, week)
    assert own_fields(data) == {
        "year",
        "week",
        "first_day",
        "last_day",
        "intro",
        "featured_items",
    }
    assert (data["year"], data["week"], data["intro"]) == (2026, 44, "Uge 44.")
    assert (data["first_day"], data["last_day"]) == ("2026-10-26", "2026-10-30")
    assert data["featured_items"] == [
        {
            "page": {"id": programme.pk, "title": "Program"},
            "heading": "Se programmet",
            "text": "",
        }
    ]


def test_startkit_and_its_index(client, people):
    index = make_startkit_index(intro="Aktiviteter til jeres egen organisation.")
    invitation = make_document("Invitation", "invitation.pdf", b"x" * 100)
    startkit = make_startkit(
        index,
        title="Ledelsessalon",
        activity="salon",
        duration_minutes=90,
        preparation_minutes=30,
        group_size_min=5,
        group_size_max=12,
        audience=["middle_leaders"],
        themes=[make_theme("Ledelse på tværs")],
        description="<p>En salon for <b>ledere</b>.</p>",
        developed_by=people["kl"],
        materials=[(invitation, "Invitation til salonen")],
        examples=[(people["kl"], "Holdt salon i 2025", "https://www.kl.dk/salon")],
    )
    assert detail(client, index)["intro"] == "Aktiviteter til jeres egen organisation."
    (item,) = listing(client, "StartkitPage")
    assert item["id"] == startkit.pk
    assert (item["activity"], item["duration_minutes"]) == ("salon", 90)
    assert (item["group_size_min"], item["group_size_max"]) == (5, 12)
    assert item["preparation_minutes"] == 30
    assert item["audience"] == ["middle_leaders"]
    assert item["themes"][0]["slug"] == "ledelse-på-tværs"
    assert item["intro"] == "Fordi ledere har brug for sparring."
    assert "<b>ledere</b>" in item["description"]
    assert (item["steps"], item["dialogue_cards"]) == ([], [])
    assert item["developed_by"]["name"] == "KL"
    assert item["materials"] == [
        {
            "title": "Invitation til salonen",
            "url": invitation.url,
            "file_type": "PDF",
            "size": 100,
        }
    ]
    assert item["examples"] == [
        {
            "organisation": {
                "id": people["kl"].pk,
                "slug": "kl",
                "name": "KL",
                "website": "https://www.kl.dk/",
            },
            "description": "Holdt salon i 2025",
            "url": "https://www.kl.dk/salon",
        }
    ]


def test_article_and_its_index(client, people):
    index = make_article_index(intro="Debat om offentlig ledelse.")
    article = make_article(
        index,
        title="Skolelederen der deler ledelsen ud",
        kind="interview",
        authors=[people["jonas"], people["mette"]],
        portrayed=[people["mette"]],
        themes=[make_theme("Ledertrivsel")],
        lead="Et interview.",
        publication_date=datetime.date(2026, 9, 1),
        hero_alt_text="",
    )
    assert detail(client, index)["intro"] == "Debat om offentlig ledelse."
    (item,) = listing(client, "ArticlePage")
    assert item["id"] == article.pk
    assert own_fields(item) == {
        "kind",
        "authors",
        "portrayed",
        "publication_date",
        "lead",
        "hero_image",
        "hero_alt_text",
        "themes",
        "body",
    }
    assert (item["kind"], item["publication_date"]) == ("interview", "2026-09-01")
    assert item["lead"] == "Et interview."
    assert item["hero_image"] is None
    assert [a["name"] for a in item["authors"]] == ["Jonas Berg", "Mette Hansen"]
    assert item["portrayed"] == [
        {
            "id": people["mette"].pk,
            "slug": "mette-hansen",
            "name": "Mette Hansen",
            "job_title": "Direktør",
            "organisation": "KL",
        }
    ]
    assert item["themes"][0]["name"] == "Ledertrivsel"
    assert item["body"][0]["type"] == "paragraph"


def test_recording_and_its_index(client, programme, people):
    event = make_event(programme, title="Konference")
    index = make_media_index(intro="Optagelser fra ugen.")
    recording = make_recording(
        index,
        title="Tillid i praksis",
        media_kind="video",
        year=2025,
        duration_minutes=42,
        intro="Et oplæg om tillid.",
        speakers=[people["mette"]],
        themes=[make_theme("Tillid")],
        event=event,
        transcript="Velkommen.",
        chapters=[("chapter", {"start": "0:00", "title": "Velkomst"})],
    )
    unpublished = make_recording(index, event=make_event(programme, publish=False))
    assert detail(client, unpublished)["event"] is None
    assert detail(client, index)["intro"] == "Optagelser fra ugen."
    data = detail(client, recording)
    assert own_fields(data) == {
        "media_kind",
        "year",
        "duration_minutes",
        "intro",
        "embed_url",
        "media_file",
        "captions",
        "speakers",
        "themes",
        "event",
        "chapters",
        "transcript",
    }
    assert (data["media_kind"], data["year"], data["duration_minutes"]) == (
        "video",
        2025,
        42,
    )
    assert data["embed_url"] == recording.embed_url
    assert (data["media_file"], data["captions"]) == (None, None)
    assert data["speakers"][0]["name"] == "Mette Hansen"
    assert data["themes"][0]["name"] == "Tillid"
    assert data["event"] == {"id": event.pk, "title": "Konference"}
    assert data["chapters"][0]["value"]["title"] == "Velkomst"
    assert data["transcript"] == "Velkommen."


def test_translated_event_shows_its_snippets_in_its_locale(client, programme, people):
    theme = make_theme("Ledertrivsel")
    event = make_event(programme, themes=[theme], organisers=[people["kl"]])
    english = Locale.objects.create(language_code="en")
    for snippet, name in ((theme, "Leader wellbeing"), (people["kl"], "LGDK")):
        translation = snippet.copy_for_translation(english)
        translation.name = name
        translation.save()
    translation = translate_page(event, english)
    data = detail(client, translation)
    assert [t["name"] for t in data["themes"]] == ["Leader wellbeing"]
    assert [o["name"] for o in data["organisers"]] == ["LGDK"]
    assert detail(client, event)["themes"][0]["name"] == "Ledertrivsel"


@pytest.mark.parametrize(("count", "each"), [(3, 1), (20, 3)])
def test_listing_query_count_grows_by_page_only(
    client, programme, django_assert_max_num_queries, count, each
):
    themes = [make_theme(f"Tema {n}") for n in range(each)]
    speakers = [
        make_person(f"Person {n}", organisation=make_organisation(f"Org {n}"))
        for n in range(each)
    ]
    for _n in range(count):
        make_event(programme, themes=themes, speakers=speakers)
    url = f"{LISTING}?type=wagtail_ledelsesugen.EventPage&fields=*&limit=20"
    client.get(url)
    # Wagtail's v2 API reads relations page by page: four queries a page,
    # however many themes, organisers and speakers each page has.
    with django_assert_max_num_queries(9 + 4 * count):
        assert len(client.get(url).json()["items"]) == count


@override_settings(ROOT_URLCONF="tests.urls_wagtail_v3")
def test_wagtail_api_v3_reads_the_same_api_fields(client, event, people):
    response = client.get(f"/api/v3/pages/{event.pk}/")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["subtitle"] == "Hvordan passer ledere på sig selv?"
    assert data["themes"] == [
        {"id": event.themes.get().pk, "slug": "ledertrivsel", "name": "Ledertrivsel"}
    ]
    assert data["organisers"][0]["name"] == "KL"
    assert data["speakers"][0]["role"] == "Moderator"
    text = json.dumps(data, ensure_ascii=False)
    assert "sekretariat@kl.dk" not in text
    assert "lone@kommune.dk" not in text


@pytest.mark.django_db
def test_signup_form_page_shows_its_texts_but_not_its_settings(client):
    from tests.builders import root_page
    from wagtail_ledelsesugen.models import SignupFormPage

    page = SignupFormPage(
        title="Nyhedsbrev",
        slug="nyhedsbrev",
        intro="<p>Få nyt om ugen.</p>",
        thank_you_text="<p>Tak.</p>",
        notify_emails="redaktion@example.dk",
        confirmation_text="Du er skrevet op.",
    )
    root_page().add_child(instance=page)
    data = detail(client, page)
    assert data["intro"] == "<p>Få nyt om ugen.</p>"
    assert data["thank_you_text"] == "<p>Tak.</p>"
    assert data["require_login"] is False
    body = json.dumps(data)
    assert "redaktion@example.dk" not in body
    assert "Du er skrevet op" not in body
