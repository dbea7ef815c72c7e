"""Content translated with wagtail-localize's own machinery, read back in both
languages on the HTML pages and in the API.

Each item is translated as an editor does it with "Translate this page": a
``TranslationSource`` of the Danish object, a ``Translation`` into English,
the English wording stored as ``StringTranslation`` rows (what the editor
types in the translation editor) and ``save_target``. Parents are translated
before their children, and snippets before the pages that use them.
"""

from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from tests.builders import (
    make_article,
    make_article_index,
    make_media_index,
    make_organisation,
    make_person,
    make_programme,
    make_recording,
    make_signup_event,
    make_startkit,
    make_startkit_index,
    make_theme,
)
from wagtail_ledelsesugen.models import Signup

pytestmark = pytest.mark.django_db

API = "/api/ledelsesugen"

# Danish wording and its English, as an editor would type it.
ENGLISH = {
    "Ledertrivsel": "Leader wellbeing",
    "ledertrivsel": "leader-wellbeing",
    "Aarhus Kommune": "Aarhus Municipality",
    "Direktør": "Director",
    "Program": "Programme",
    "Tillid i ledelse": "Trust in leadership",
    "Om tillid mellem ledere.": "On trust between leaders.",
    "Hvilken sektor kommer du fra?": "Which sector are you from?",
    "Kommune\nRegion\nStat": "Municipality\nRegion\nState",
    "Startkits": "Starter kits",
    "Hold en ledelsessalon": "Hold a leadership salon",
    "Fordi ledere har brug for sparring.": "Because leaders need sparring.",
    "Artikler": "Articles",
    "Giv lederne mere ledelsesrum": "Give leaders more room to lead",
    "Ledere skal have tid til at lede.": "Leaders need time to lead.",
    "Video og lyd": "Video and audio",
    "Tillid i praksis": "Trust in practice",
    "Et oplæg om tillid.": "A talk about trust.",
}


def segment_text(text):
    """``text`` as the translation editor stores a segment of a text field."""
    return StringValue.from_plaintext(text).data


SEGMENTS = {segment_text(da): segment_text(en) for da, en in ENGLISH.items()}


def add_english(source, locale):
    """Type the English of every segment of ``source`` that ``ENGLISH`` knows."""
    segments = StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    )
    for segment in segments:
        if segment.string.data in SEGMENTS:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": SEGMENTS[segment.string.data],
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )


def translate(obj, locale):
    """The English version of ``obj``, made and published by wagtail-localize.

    A page is saved as a draft and its latest revision then published, as
    the demo does: ``save_target(publish=True)`` publishes on commit, from
    the page as it was in memory (with a stale child count), and a test's
    transaction never commits.
    """
    obj = type(obj).objects.get(pk=obj.pk)  # as stored, as the admin reads it
    source, _created = TranslationSource.update_or_create_from_instance(obj)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    add_english(source, locale)
    if not isinstance(obj, Page):
        translation.save_target(publish=True)
        return obj.get_translation(locale)
    translation.save_target(publish=False)
    translation.get_target_instance().get_latest_revision().publish()
    return type(obj).objects.get(pk=obj.get_translation(locale).pk)


def translate_with_parents(page, locale):
    """Translate the ancestors that have no English version yet, then ``page``."""
    for ancestor in page.get_ancestors()[1:]:
        if not ancestor.has_translation(locale):
            translate(ancestor.specific, locale)
    return translate(page, locale)


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def tags(soup):
    return [tag.get_text(strip=True) for tag in soup.select(".lu-tag")]


def api_get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


# Each kind of content: how to build it in Danish, its API path and intro field.


def build_event(theme, person, organisation):
    question = ("Hvilken sektor kommer du fra?", "radio")
    return make_signup_event(
        make_programme(title="Program"),
        title="Tillid i ledelse",
        intro="Om tillid mellem ledere.",
        themes=[theme],
        speakers=[person],
        organisers=[organisation],
        capacity=5,
        questions=[(*question, {"choices": "Kommune\nRegion\nStat"})],
    )


def build_startkit(theme, person, organisation):
    return make_startkit(
        make_startkit_index(title="Startkits"),
        title="Hold en ledelsessalon",
        intro="Fordi ledere har brug for sparring.",
        themes=[theme],
    )


def build_article(theme, person, organisation):
    return make_article(
        make_article_index(title="Artikler"),
        title="Giv lederne mere ledelsesrum",
        lead="Ledere skal have tid til at lede.",
        themes=[theme],
        authors=[person],
    )


def build_recording(theme, person, organisation):
    return make_recording(
        make_media_index(title="Video og lyd"),
        title="Tillid i praksis",
        intro="Et oplæg om tillid.",
        themes=[theme],
        speakers=[person],
    )


@dataclass
class Kind:
    build: object
    api: str
    intro_field: str
    title: str
    intro: str


KINDS = {
    "event": Kind(
        build_event,
        "events",
        "intro",
        "Trust in leadership",
        "On trust between leaders.",
    ),
    "startkit": Kind(
        build_startkit,
        "startkits",
        "intro",
        "Hold a leadership salon",
        "Because leaders need sparring.",
    ),
    "article": Kind(
        build_article,
        "articles",
        "lead",
        "Give leaders more room to lead",
        "Leaders need time to lead.",
    ),
    "recording": Kind(
        build_recording,
        "videos",
        "intro",
        "Trust in practice",
        "A talk about trust.",
    ),
}


@pytest.fixture
def english_locale():
    return Locale.objects.create(language_code="en")


def build_and_translate(build, locale):
    """An item ``build`` makes in Danish and its translation, snippets first.

    Returns the Danish item and its translation as stored.
    """
    organisation = make_organisation("Aarhus Kommune")
    person = make_person(
        "Mette Hansen", job_title="Direktør", organisation=organisation
    )
    theme = make_theme("Ledertrivsel")
    danish = build(theme, person, organisation)
    for snippet in (organisation, person, theme):
        translate(snippet, locale)
    translated = translate_with_parents(danish, locale)
    return type(danish).objects.get(pk=danish.pk), translated


@pytest.fixture(params=KINDS)
def journey(request, english_locale):
    """The kind of content, a Danish item of it and the item's translation."""
    kind = KINDS[request.param]
    return kind, *build_and_translate(kind.build, english_locale)


def test_the_english_page_reads_english(client, journey):
    kind, danish, english_page = journey
    assert english_page.locale.language_code == "en"
    # No i18n_patterns in the test project: the request's language picks the tree.
    assert english_page.url == danish.url
    soup = soup_of(client.get(english_page.url, HTTP_ACCEPT_LANGUAGE="en"))
    assert soup.html["lang"] == "en"
    assert soup.h1.get_text(strip=True) == kind.title
    assert kind.intro in soup.get_text(" ", strip=True)


def test_the_danish_page_stays_danish(client, journey):
    kind, danish, english_page = journey
    soup = soup_of(client.get(danish.url, HTTP_ACCEPT_LANGUAGE="da"))
    assert soup.html["lang"] == "da"
    assert soup.h1.get_text(strip=True) == danish.title
    assert getattr(danish, kind.intro_field) in soup.get_text(" ", strip=True)
    assert tags(soup) == ["Ledertrivsel"]


def test_the_english_index_lists_the_english_item(client, journey):
    kind, danish, english_page = journey
    index = english_page.get_parent()
    assert index.locale.language_code == "en"
    text = soup_of(client.get(index.url, HTTP_ACCEPT_LANGUAGE="en")).get_text()
    assert kind.title in text
    assert danish.title not in text


def test_the_english_page_shows_the_english_themes(client, journey):
    kind, danish, english_page = journey
    soup = soup_of(client.get(english_page.url, HTTP_ACCEPT_LANGUAGE="en"))
    assert tags(soup) == ["Leader wellbeing"]


def test_the_api_reads_english_and_links_the_danish(client, journey):
    kind, danish, english_page = journey
    item = api_get(client, f"{API}/{kind.api}/{english_page.pk}/")
    assert item["title"] == kind.title
    assert item[kind.intro_field] == kind.intro
    assert item["locale"] == "en"
    assert item["translations"] == [{"locale": "da", "id": danish.pk}]
    assert [theme["name"] for theme in item["themes"]] == ["Leader wellbeing"]

    source = api_get(client, f"{API}/{kind.api}/{danish.pk}/")
    assert source["locale"] == "da"
    assert source["translations"] == [{"locale": "en", "id": english_page.pk}]
    assert [theme["name"] for theme in source["themes"]] == ["Ledertrivsel"]

    in_english = api_get(client, f"{API}/{kind.api}/?locale=en")["items"]
    assert [(i["id"], i["title"]) for i in in_english] == [
        (english_page.pk, kind.title)
    ]
    in_danish = api_get(client, f"{API}/{kind.api}/?locale=da")["items"]
    assert [i["id"] for i in in_danish] == [danish.pk]


@pytest.fixture
def event_journey(english_locale):
    return build_and_translate(build_event, english_locale)


def test_the_question_keeps_its_answer_key_and_translates_its_label(
    client, event_journey
):
    danish, english_event = event_journey
    [danish_question] = danish.signup_questions.all()
    [english_question] = english_event.signup_questions.all()
    assert english_question.clean_name == danish_question.clean_name
    assert english_question.label == "Which sector are you from?"

    def question(event):
        form = api_get(client, f"{API}/events/{event.pk}/")["signup"]["fields"]
        [field] = [f for f in form if f["name"] == "hvilken_sektor_kommer_du_fra"]
        return field["label"], [choice["value"] for choice in field["choices"]]

    assert question(danish) == (
        "Hvilken sektor kommer du fra?",
        ["Kommune", "Region", "Stat"],
    )
    assert question(english_event) == (
        "Which sector are you from?",
        ["Municipality", "Region", "State"],
    )
    soup = soup_of(client.get(english_event.url, HTTP_ACCEPT_LANGUAGE="en"))
    legends = [legend.get_text(" ", strip=True) for legend in soup.select("legend")]
    assert "Which sector are you from? (required)" in legends


def test_the_speaker_and_organiser_read_english(client, event_journey):
    danish, english_event = event_journey
    item = api_get(client, f"{API}/events/{english_event.pk}/")
    assert [(s["job_title"], s["organisation"]) for s in item["speakers"]] == [
        ("Director", "Aarhus Municipality")
    ]
    assert [org["name"] for org in item["organisers"]] == ["Aarhus Municipality"]
    soup = soup_of(client.get(english_event.url, HTTP_ACCEPT_LANGUAGE="en"))
    affiliation = soup.select_one(".lu-person__affiliation").get_text(strip=True)
    assert affiliation == "Director, Aarhus Municipality"


def test_both_languages_fill_one_set_of_seats(client, event_journey):
    danish, english_event = event_journey
    people = [(english_event, "Municipality")] * 2 + [(danish, "Kommune")] * 3
    for number, (event, sector) in enumerate(people):
        response = client.post(
            f"{API}/events/{event.pk}/signups/",
            {
                "name": f"Leder {number}",
                "email": f"leder{number}@example.org",
                "consent": True,
                "answers": {"hvilken_sektor_kommer_du_fra": sector},
            },
            content_type="application/json",
        )
        assert response.json()["status"] == "received", response.content
    stored = Signup.objects.order_by("pk")
    assert {s.status for s in stored} == {"confirmed"}
    assert [(s.locale.language_code, s.answers) for s in stored] == [
        ("en", {"hvilken_sektor_kommer_du_fra": "Municipality"}),
    ] * 2 + [("da", {"hvilken_sektor_kommer_du_fra": "Kommune"})] * 3
    for event in (danish, english_event):
        signup = api_get(client, f"{API}/events/{event.pk}/")["signup"]
        assert (signup["capacity"], signup["seats_left"]) == (5, 0)
        assert signup["status"] == "waitlist"
