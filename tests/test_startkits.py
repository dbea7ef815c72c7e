"""Startkits: the startkit page, its dialogue cards and JSON-LD, the index and demo."""

import itertools
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import wagtail_ledelsesugen
from tests.builders import make_organisation, make_theme, root_page
from wagtail_ledelsesugen.choices import CardColour, StartkitActivity
from wagtail_ledelsesugen.demo import startkits as demo_startkits
from wagtail_ledelsesugen.demo.builder import DemoBuilder, Tally
from wagtail_ledelsesugen.models import (
    StartkitExample,
    StartkitIndexPage,
    StartkitMaterial,
    StartkitPage,
)
from wagtail_ledelsesugen.models.startkits import format_minutes

STYLESHEET = (
    Path(wagtail_ledelsesugen.__file__).parent
    / "static/wagtail_ledelsesugen/css/startkits.css"
)
MAIN_ACTIVITIES = set(StartkitActivity.values) - {StartkitActivity.OTHER}
_counter = itertools.count(1)


# Builders ---------------------------------------------------------------------


def make_document(title="Invitation", name="invitation.pdf", content=b"%PDF-1.4\n"):
    """A document stored without a size, as documents made in code often are."""
    return get_document_model().objects.create(
        title=title, file=ContentFile(content, name=name)
    )


def make_index(parent=None, **kwargs):
    kwargs.setdefault("title", "Startkits")
    kwargs.setdefault("slug", f"startkits-{next(_counter)}")
    index = StartkitIndexPage(**kwargs)
    (parent or root_page()).add_child(instance=index)
    return index


def step(title, minutes=None, text="<p>Gør det.</p>", materials=()):
    """One step as raw StreamField data."""
    return {
        "type": "step",
        "value": {
            "title": title,
            "minutes": minutes,
            "text": text,
            "materials": [document.pk for document in materials],
        },
    }


def deck(title="Dialogkort", cards=(), instructions=""):
    """A deck as raw StreamField data; ``cards`` are (question, category, colour)."""
    return {
        "type": "deck",
        "value": {
            "title": title,
            "instructions": instructions,
            "cards": [
                {"question": question, "category": category, "colour": colour}
                for question, category, colour in cards
            ],
        },
    }


def make_startkit(index, themes=(), materials=(), examples=(), publish=True, **kwargs):
    """A startkit under ``index``; materials are (document, title) pairs."""
    number = next(_counter)
    kwargs.setdefault("title", f"Startkit {number}")
    kwargs.setdefault("slug", f"startkit-{number}")
    kwargs.setdefault("activity", StartkitActivity.SALON)
    kwargs.setdefault("duration_minutes", 60)
    kwargs.setdefault("intro", "Fordi ledere har brug for sparring.")
    kwargs.setdefault("description", "<p>En time for 5-7 ledere.</p>")
    page = StartkitPage(themes=list(themes), **kwargs)
    page.materials = [
        StartkitMaterial(document=document, title=title)
        for document, title in materials
    ]
    page.examples = [
        StartkitExample(organisation=org, description=description, url=url)
        for org, description, url in examples
    ]
    page.live = publish
    index.add_child(instance=page)
    return page


# Helpers ----------------------------------------------------------------------


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(element):
    """An element's text on one line, with non-breaking spaces as plain ones."""
    return element.get_text(" ", strip=True).replace("\xa0", " ")


def card_titles(response):
    return [h.get_text(strip=True) for h in soup_of(response).select(".lu-card__title")]


def error_messages(response):
    soup = soup_of(response)
    return [li.get_text(strip=True) for li in soup.select(".lu-error-summary li")]


def structured_data(response):
    script = soup_of(response).select_one('script[type="application/ld+json"]')
    return json.loads(script.string)


def heading_levels(soup):
    return [int(h.name[1]) for h in soup.select("main h1, main h2, main h3, main h4")]


def assert_headings_in_order(soup):
    levels = heading_levels(soup)
    assert levels[0] == 1
    assert levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# The startkit page --------------------------------------------------------------


@pytest.fixture
def index(db):
    return make_index(title="Startkits", slug="startkits")


@pytest.fixture
def salon(index):
    invitation = make_document("Invitation", "invitation.pdf", b"x" * 2048)
    guide = make_document("Værtens guide", "guide.docx", b"y" * 100)
    slides = make_document("Slides", "slides.pptx", b"z" * 5000)
    return make_startkit(
        index,
        title="Hold en ledelsessalon",
        activity=StartkitActivity.SALON,
        duration_minutes=60,
        preparation_minutes=45,
        group_size_min=5,
        group_size_max=7,
        audience=["municipality", "middle_leaders"],
        themes=[make_theme("Ledertrivsel"), make_theme("Ledelsesrum")],
        intro="Ledere savner sparring med ligestillede.",
        description="<p>En salon samler <b>5-7 ledere</b> på samme niveau.</p>",
        developed_by=make_organisation(
            "Medarbejder- og Kompetencestyrelsen", website="https://medst.dk"
        ),
        steps=[
            step("Find en vært", 20, "<p>Vælg en vært.</p>", materials=[guide]),
            step("Send spørgsmålet ud", 10, "<p>Send det en uge før.</p>"),
            step("Hold salonen", 45, "<p>Tal om &amp; lyt til dilemmaerne.</p>"),
            step("Skriv til deltagerne", None, "<p>Tak dem.</p>", [slides]),
        ],
        materials=[(invitation, "Invitation til salonen"), (guide, "")],
        examples=[
            (
                make_organisation("Aalborg Kommune"),
                "Saloner i hjemmeplejen",
                "https://example.org/aalborg",
            ),
            (make_organisation("Køge Kommune"), "", ""),
        ],
    )


def test_startkit_page_shows_the_activity_in_brief(client, salon):
    soup = soup_of(client.get(salon.url))
    assert soup.h1.get_text() == "Hold en ledelsessalon"
    facts = {
        div.dt.get_text(strip=True): div.dd.get_text(" ", strip=True)
        for div in soup.select(".lu-startkit__facts .lu-facts > div")
    }
    assert facts == {
        "Activity": "Leadership salon",
        "Duration": "1 hour",
        "Group size": "5–7 people",
        "Preparation": "45 minutes",
        "Audience": "Municipalities, Middle leaders",
        "Developed by": "Medarbejder- og Kompetencestyrelsen",
    }
    developer = soup.select_one(".lu-startkit__facts dd a")
    assert developer["href"] == "https://medst.dk"
    themes = [li.get_text() for li in soup.select(".lu-startkit__facts .lu-tag")]
    assert themes == ["Ledelsesrum", "Ledertrivsel"]


def test_startkit_page_answers_why_what_and_how(client, salon):
    soup = soup_of(client.get(salon.url))
    main = soup.select_one(".lu-startkit__main")
    assert [h2.get_text() for h2 in main.find_all("h2")] == [
        "Why do it",
        "What it is",
        "How to do it",
        "Organisations that did it",
    ]
    assert "savner sparring" in soup.select_one(".lu-startkit__why").get_text()
    what = soup.select_one(".lu-startkit__what")
    assert what.select_one("b").get_text() == "5-7 ledere"


def test_steps_are_a_numbered_plan_with_the_total_time(client, salon):
    soup = soup_of(client.get(salon.url))
    steps = soup.select("ol.lu-steps > li.lu-step")
    assert [li["id"] for li in steps] == [f"lu-step-{n}" for n in range(1, 5)]
    assert [li.h3.get_text() for li in steps] == [
        "Find en vært",
        "Send spørgsmålet ud",
        "Hold salonen",
        "Skriv til deltagerne",
    ]
    times = [li.select_one(".lu-step__time") for li in steps]
    assert [t and t.get_text(" ", strip=True) for t in times] == [
        "Suggested time: 20 minutes",
        "Suggested time: 10 minutes",
        "Suggested time: 45 minutes",
        None,
    ]
    assert times[0].time["datetime"] == "PT20M"
    assert steps[2].select_one(".lu-rich-text").get_text() == (
        "Tal om & lyt til dilemmaerne."
    )
    assert salon.total_step_minutes == 75
    total = soup.select_one(".lu-steps__total")
    assert total.get_text(" ", strip=True) == "Total time: 1 hour and 15 minutes"
    assert total.time["datetime"] == "PT75M"


def test_materials_show_file_type_and_size(client, salon):
    soup = soup_of(client.get(salon.url))
    links = soup.select(".lu-startkit__facts .lu-downloads a.lu-download")
    assert [text_of(a) for a in links] == [
        "Invitation til salonen (PDF, 2.0 KB)",
        "Værtens guide (DOCX, 100 bytes)",
    ]
    assert re.fullmatch(r"/documents/\d+/invitation\w*\.pdf", links[0]["href"])


def test_each_step_lists_its_own_materials(client, salon):
    soup = soup_of(client.get(salon.url))
    steps = soup.select("ol.lu-steps > li")
    first = steps[0].select(".lu-downloads a")
    assert [text_of(a) for a in first] == ["Værtens guide (DOCX, 100 bytes)"]
    assert steps[1].select(".lu-downloads") == []
    last = steps[3].select_one(".lu-downloads")
    assert last["aria-labelledby"] == "lu-step-4-materials"
    assert text_of(last.a) == "Slides (PPTX, 4.9 KB)"


def test_a_stored_file_size_is_used_without_asking_the_storage(
    client, index, monkeypatch
):
    document = make_document("Plan", "plan.pdf", b"abc")
    document.file_size = 3 * 1024 * 1024
    document.save()
    kit = make_startkit(index, materials=[(document, "")])

    def no_storage(self, name):
        raise AssertionError("the storage was asked for the size")

    monkeypatch.setattr(InMemoryStorage, "size", no_storage)
    link = soup_of(client.get(kit.url)).select_one(".lu-downloads a")
    assert text_of(link) == "Plan (PDF, 3.0 MB)"


def test_a_missing_file_leaves_out_the_size(client, index):
    document = make_document("Væk", "vaek.pdf")
    document.file.storage.delete(document.file.name)
    kit = make_startkit(index, materials=[(document, "")])
    link = soup_of(client.get(kit.url)).select_one(".lu-downloads a")
    assert link.get_text(" ", strip=True) == "Væk (PDF)"


def test_organisations_that_did_it_link_to_what_they_did(client, salon):
    soup = soup_of(client.get(salon.url))
    examples = soup.select(".lu-example")
    assert [li.get_text(" ", strip=True) for li in examples] == [
        "Aalborg Kommune : Saloner i hjemmeplejen",
        "Køge Kommune",
    ]
    assert examples[0].a["href"] == "https://example.org/aalborg"
    assert examples[1].a is None


def test_startkit_page_headings_are_in_order(client, salon):
    salon.dialogue_cards = [deck(cards=[("Hvad?", "Tillid", "green")])]
    salon.save()
    assert_headings_in_order(soup_of(client.get(salon.url)))


def test_startkit_page_links_its_stylesheets_in_order(client, salon):
    links = [link["href"] for link in soup_of(client.get(salon.url)).select("link")]
    assert links == [
        "/static/wagtail_ledelsesugen/css/ledelsesugen.css",
        "/static/wagtail_ledelsesugen/css/startkits.css",
    ]


def test_stylesheets_can_be_turned_off(client, salon, settings):
    settings.WAGTAIL_LEDELSESUGEN = {"INCLUDE_CSS": False}
    assert soup_of(client.get(salon.url)).select("link") == []


def test_a_bare_startkit_renders(client, index):
    kit = make_startkit(index, title="Kun det nødvendige")
    soup = soup_of(client.get(kit.url))
    assert soup.select(".lu-steps, .lu-downloads, .lu-deck, .lu-example") == []
    assert "Group size" not in soup.get_text()
    assert_headings_in_order(soup)


def test_startkit_page_in_danish(client, salon, danish):
    assert soup_of(client.get(salon.url)).h1.get_text() == "Hold en ledelsessalon"


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (None, ""),
        (1, "1 minute"),
        (45, "45 minutes"),
        (60, "1 hour"),
        (61, "1 hour and 1 minute"),
        (150, "2 hours and 30 minutes"),
        (240, "4 hours"),
    ],
)
def test_minutes_in_words(minutes, text):
    assert format_minutes(minutes) == text


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [
        (None, None, ""),
        (3, 6, "3–6 people"),
        (4, 4, "4 people"),
        (1, 1, "1 person"),
        (3, None, "At least 3 people"),
        (None, 6, "Up to 6 people"),
        (None, 1, "Up to 1 person"),
    ],
)
def test_group_size_in_words(low, high, text):
    page = StartkitPage(group_size_min=low, group_size_max=high)
    assert page.group_size_text == text


# Group size and page type rules ------------------------------------------------


def test_largest_group_smaller_than_smallest_is_refused(index):
    kit = make_startkit(index)
    kit.group_size_min, kit.group_size_max = 7, 5
    with pytest.raises(ValidationError) as error:
        kit.full_clean()
    assert error.value.message_dict["group_size_max"] == [
        "The largest group cannot be smaller than the smallest."
    ]


@pytest.mark.parametrize(("low", "high"), [(5, 7), (6, 6), (3, None), (None, 3)])
def test_sensible_group_sizes_pass(index, low, high):
    kit = make_startkit(index, group_size_min=low, group_size_max=high)
    kit.full_clean()


class StartkitPageRulesTests(WagtailPageTestCase):
    def test_startkits_live_only_in_a_startkit_index(self):
        self.assertAllowedParentPageTypes(StartkitPage, {StartkitIndexPage})
        self.assertCanNotCreateAt(Page, StartkitPage)

    def test_the_index_holds_only_startkits(self):
        self.assertAllowedSubpageTypes(StartkitIndexPage, {StartkitPage})
        self.assertCanCreateAt(Page, StartkitIndexPage)

    def test_startkits_have_no_children(self):
        self.assertAllowedSubpageTypes(StartkitPage, set())

    def test_both_page_types_render(self):
        index = make_index()
        kit = make_startkit(
            index,
            steps=[step("Første trin", 10)],
            dialogue_cards=[deck(cards=[("Hvorfor?", "", "blue")])],
        )
        for page in (index, kit):
            self.assertPageIsRenderable(page)


def startkit_form(document, organisation, theme, **overrides):
    """The admin form of a startkit with one step, material, example and card."""
    data = {
        "title": "Hold en ledelsessalon",
        "slug": "hold-en-ledelsessalon",
        "activity": "salon",
        "duration_minutes": "60",
        "preparation_minutes": "30",
        "group_size_min": "5",
        "group_size_max": "7",
        "intro": "Ledere savner sparring.",
        "description": rich_text("<p>En time for 5-7 ledere.</p>"),
        "steps": streamfield(
            [
                (
                    "step",
                    {
                        "title": "Find en vært",
                        "minutes": "20",
                        "text": rich_text("<p>Vælg en vært.</p>"),
                        "materials": streamfield([("item", document.pk)]),
                    },
                )
            ]
        ),
        "materials": inline_formset([{"document": document.pk, "title": ""}]),
        "dialogue_cards": streamfield(
            [
                (
                    "deck",
                    {
                        "title": "Kort",
                        "instructions": "",
                        "cards": streamfield(
                            [
                                (
                                    "item",
                                    {
                                        "question": "Hvem sparrer du med?",
                                        "category": "Trivsel",
                                        "colour": "yellow",
                                    },
                                )
                            ]
                        ),
                    },
                )
            ]
        ),
        "developed_by": str(organisation.pk),
        "examples": inline_formset(
            [{"organisation": organisation.pk, "description": "Saloner", "url": ""}]
        ),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    # Multiple values under one name: nested_form_data would number them.
    return {
        **nested_form_data(data),
        "audience": ["middle_leaders"],
        "themes": [str(theme.pk)],
    }


def test_preview_of_an_unsaved_startkit(admin_client, index):
    document = make_document("Værtens guide", "guide.pdf", b"x" * 1500)
    data = startkit_form(
        document, make_organisation("Aalborg Kommune"), make_theme("Ledertrivsel")
    )
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("wagtail_ledelsesugen", "startkitpage", index.pk),
    )
    assert admin_client.post(url, data).json() == {
        "is_valid": True,
        "is_available": True,
    }
    soup = soup_of(admin_client.get(url))
    assert soup.h1.get_text() == "Hold en ledelsessalon"
    # The admin renders previews in the editor's language: here Danish, "1,5 KB".
    downloads = [text_of(a) for a in soup.select(".lu-downloads a")]
    assert len(downloads) == 2
    assert all(re.fullmatch(r"Værtens guide \(PDF, 1[.,]5 KB\)", d) for d in downloads)
    assert text_of(soup.select_one(".lu-example")) == "Aalborg Kommune : Saloner"
    assert soup.select_one(".lu-card--yellow .lu-card__question").get_text() == (
        "Hvem sparrer du med?"
    )
    assert [tag.get_text() for tag in soup.select(".lu-tag")] == ["Ledertrivsel"]


def test_editor_cannot_save_a_largest_group_below_the_smallest(admin_client, index):
    data = startkit_form(
        make_document(), make_organisation(), make_theme(), group_size_max="3"
    )
    url = reverse(
        "wagtailadmin_pages:add",
        args=("wagtail_ledelsesugen", "startkitpage", index.pk),
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "The largest group cannot be smaller than the smallest." in (
        response.content.decode()
    )
    assert not StartkitPage.objects.exists()


# Dialogue cards ------------------------------------------------------------------


TWELVE_CARDS = [
    (f"Spørgsmål {n}?", f"Tema {n % 6}", colour)
    for n, colour in zip(range(1, 13), itertools.cycle(CardColour.values), strict=False)
]


@pytest.fixture
def cards(index):
    return make_startkit(
        index,
        title="Dialogkort om ledelsesrum",
        activity=StartkitActivity.DIALOGUE_CARDS,
        dialogue_cards=[
            deck(
                "Dialogkort om ledelsesrum",
                TWELVE_CARDS,
                instructions="Træk et kort.\nLæs det højt.",
            )
        ],
    )


def test_dialogue_deck_is_shown_as_cards(client, cards):
    soup = soup_of(client.get(cards.url))
    deck_section = soup.select_one("section.lu-deck")
    title = deck_section.select_one("h2.lu-deck__title")
    assert title.get_text() == "Dialogkort om ledelsesrum"
    assert (
        deck_section["aria-labelledby"]
        == title["id"]
        == "lu-deck-dialogkort-om-ledelsesrum"
    )
    assert "Træk et kort." in deck_section.select_one(".lu-deck__instructions").text
    items = deck_section.select("ul.lu-deck__cards > li.lu-card")
    assert len(items) == 12
    first = items[0]
    assert first["class"] == ["lu-card", "lu-card--dialogue", "lu-card--blue"]
    assert first.select_one(".lu-card__question").get_text() == "Spørgsmål 1?"
    assert first.select_one(".lu-card__category").get_text() == "Tema 1"
    footer = first.select_one(".lu-card__footer")
    assert footer["aria-hidden"] == "true"
    assert footer.get_text() == "Dialogkort om ledelsesrum · 1/12"
    colours = [item["class"][-1] for item in items]
    assert set(colours) == {f"lu-card--{colour}" for colour in CardColour.values}


def test_print_hint_needs_no_javascript(client, cards):
    soup = soup_of(client.get(cards.url))
    hint = soup.select_one(".lu-deck .lu-deck__print-hint").get_text()
    assert "use your browser's print function" in hint
    assert "eight to an A4 page" in hint
    assert soup.select("script:not([type='application/ld+json'])") == []
    assert not soup.select("[onclick]")


def test_a_card_without_category_has_no_empty_label(client, index):
    kit = make_startkit(index, dialogue_cards=[deck(cards=[("Hvad nu?", "", "red")])])
    card = soup_of(client.get(kit.url)).select_one(".lu-card--dialogue")
    assert card.select(".lu-card__category") == []
    assert "lu-card--red" in card["class"]


def print_rules():
    """The text inside the stylesheet's ``@media print { ... }`` block."""
    css = STYLESHEET.read_text()
    start = css.index("@media print")
    depth = 0
    for end in range(css.index("{", start), len(css)):
        depth += {"{": 1, "}": -1}.get(css[end], 0)
        if depth == 0:
            return css[start:end]
    raise AssertionError("the @media print block is not closed")


def test_stylesheet_prints_only_the_cards_eight_to_an_a4_page():
    rules = print_rules()
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", rules)
    assert re.search(r"\.lu-deck__cards\s*\{[^}]*repeat\(2, 1fr\)", rules)
    assert re.search(r"grid-auto-rows:\s*68mm", rules)
    card_rule = re.search(r"\.lu-card--dialogue\s*\{([^}]*)\}", rules).group(1)
    assert "break-inside: avoid" in card_rule
    assert "dashed" in card_rule
    assert ":not(:has(.lu-deck__cards))" in rules
    assert re.search(r"\.lu-deck__print-hint[^{]*\{[^}]*display:\s*none", rules)


def relative_luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    lighter, darker = sorted([relative_luminance(a), relative_luminance(b)])[::-1]
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("colour", CardColour.values)
def test_every_card_colour_has_aa_contrast(colour):
    css = STYLESHEET.read_text()
    rule = re.search(
        rf"\.lu-card--{colour}\s*\{{\s*--lu-card-colour:\s*(#[0-9a-f]{{6}});"
        rf"\s*--lu-card-ink:\s*(#[0-9a-f]{{6}});",
        css,
    )
    assert rule, f"no colours for lu-card--{colour}"
    assert contrast(*rule.groups()) >= 4.5


# JSON-LD ------------------------------------------------------------------------


def test_howto_structured_data(client, salon):
    data = structured_data(client.get(salon.url))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "HowTo"
    assert data["name"] == "Hold en ledelsessalon"
    assert data["description"] == "Ledere savner sparring med ligestillede."
    assert data["url"] == "http://localhost" + salon.url
    assert data["inLanguage"] == "da"
    assert data["totalTime"] == "PT75M"
    assert data["prepTime"] == "PT45M"
    assert data["performTime"] == "PT60M"
    assert [s["@type"] for s in data["step"]] == ["HowToStep"] * 4
    assert data["step"][2] == {
        "@type": "HowToStep",
        "position": 3,
        "name": "Hold salonen",
        "text": "Tal om & lyt til dilemmaerne.",
        "url": "http://localhost" + salon.url + "#lu-step-3",
    }


def test_howto_without_step_minutes_counts_preparation_and_duration(client, index):
    kit = make_startkit(
        index, duration_minutes=90, preparation_minutes=30, steps=[step("Gør det")]
    )
    data = structured_data(client.get(kit.url))
    assert data["totalTime"] == "PT120M"
    assert "prepTime" in data


def test_howto_leaves_out_what_is_missing(client, index):
    kit = make_startkit(index, duration_minutes=20)
    data = structured_data(client.get(kit.url))
    assert data["totalTime"] == "PT20M"
    assert "prepTime" not in data
    assert "step" not in data


def test_howto_cannot_break_out_of_its_script(client, index):
    kit = make_startkit(index, title="</script><script>alert(1)</script>")
    response = client.get(kit.url)
    assert b"<script>alert(1)" not in response.content
    assert structured_data(response)["name"] == "</script><script>alert(1)</script>"


# The index ------------------------------------------------------------------------


@pytest.fixture
def varied(index):
    """Four startkits that differ in every filterable way."""
    trivsel = make_theme("Ledertrivsel")
    ai = make_theme("AI og digitalisering")
    return {
        "salon": make_startkit(
            index,
            title="Hold en ledelsessalon",
            activity=StartkitActivity.SALON,
            duration_minutes=60,
            group_size_min=5,
            group_size_max=7,
            themes=[trivsel],
            steps=[step("Find en vært", 10, "<p>En erfaren facilitator.</p>")],
        ),
        "workshop": make_startkit(
            index,
            title="Workshop om kunstig intelligens",
            activity=StartkitActivity.WORKSHOP,
            duration_minutes=180,
            themes=[ai],
        ),
        "morning": make_startkit(
            index,
            title="Morgenmøde om trivsel",
            activity=StartkitActivity.MORNING_MEETING,
            duration_minutes=61,
            themes=[ai, trivsel],
        ),
        "relay": make_startkit(
            index,
            title="Artikelstafet",
            activity=StartkitActivity.ARTICLE_SERIES,
            duration_minutes=181,
        ),
    }


def test_index_lists_live_startkits_by_title(client, index, varied):
    make_startkit(index, title="Kladde", publish=False)
    response = client.get(index.url)
    assert card_titles(response) == [
        "Artikelstafet",
        "Hold en ledelsessalon",
        "Morgenmøde om trivsel",
        "Workshop om kunstig intelligens",
    ]
    assert "4 startkits" in soup_of(response).select_one(".lu-result-count").text


def test_index_lists_only_its_own_startkits(client, index, varied):
    other = make_index(title="Andre startkits")
    make_startkit(other, title="Et andet sted")
    assert "Et andet sted" not in card_titles(client.get(index.url))
    assert card_titles(client.get(other.url)) == ["Et andet sted"]


def test_startkit_card_shows_what_to_choose_by(client, index, varied):
    soup = soup_of(client.get(index.url))
    card = next(
        card
        for card in soup.select(".lu-startkit-card")
        if card.h3.get_text(strip=True) == "Hold en ledelsessalon"
    )
    assert card.h3.a["href"] == varied["salon"].url
    facts = {
        div.dt.get_text(strip=True): div.dd.get_text(strip=True)
        for div in card.select(".lu-facts > div")
    }
    assert facts == {
        "Activity": "Leadership salon",
        "Duration": "1 hour",
        "Group size": "5–7 people",
    }
    assert [tag.get_text() for tag in card.select(".lu-tag")] == ["Ledertrivsel"]


def test_index_headings_are_in_order(client, index, varied):
    assert_headings_in_order(soup_of(client.get(index.url + "?activity=nope")))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("activity=salon", {"salon"}),
        ("activity=article_series", {"relay"}),
        ("activity=leadership_foundation", set()),
        ("theme=ledertrivsel", {"salon", "morning"}),
        ("theme=ai-og-digitalisering", {"workshop", "morning"}),
        ("length=short", {"salon"}),
        ("length=medium", {"morning", "workshop"}),
        ("length=long", {"relay"}),
        ("q=kunstig", {"workshop"}),
        ("q=facilitator", {"salon"}),
    ],
)
def test_each_filter_alone(client, index, varied, query, expected):
    response = client.get(f"{index.url}?{query}")
    assert set(card_titles(response)) == {varied[key].title for key in expected}
    assert error_messages(response) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=ledertrivsel&length=medium", {"morning"}),
        ("theme=ai-og-digitalisering&activity=workshop", {"workshop"}),
        ("activity=salon&length=long", set()),
        ("q=trivsel&theme=ledertrivsel", {"morning"}),
        ("q=om&length=medium&theme=ai-og-digitalisering", {"morning", "workshop"}),
        (
            "activity=morning_meeting&theme=ledertrivsel&length=medium&q=morgenmøde",
            {"morning"},
        ),
    ],
)
def test_filters_combine(client, index, varied, query, expected):
    response = client.get(f"{index.url}?{query}")
    assert set(card_titles(response)) == {varied[key].title for key in expected}


def test_a_startkit_with_two_matching_themes_is_listed_once(client, index, varied):
    response = client.get(f"{index.url}?q=trivsel")
    assert card_titles(response) == ["Morgenmøde om trivsel"]


def test_no_match_says_so(client, index, varied):
    response = client.get(f"{index.url}?activity=salon&length=long")
    notice = soup_of(response).select_one(".lu-results .lu-notice").get_text()
    assert notice == "No startkits match your filters."


def test_an_empty_index_says_so(client, index):
    notice = soup_of(client.get(index.url)).select_one(".lu-results .lu-notice")
    assert notice.get_text() == "There are no startkits yet."


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("activity=karaoke", "“karaoke” is not a kind of activity"),
        ("theme=findes-ikke", "There is no theme “findes-ikke” among these startkits"),
        ("length=evig", "“evig” is not a length"),
        ("q=" + "x" * 201, "Search for at most 200 characters"),
    ],
)
def test_bad_filter_values_are_explained_and_ignored(
    client, index, varied, query, message
):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    assert len(error_messages(response)) == 1
    assert error_messages(response)[0].startswith(message)
    assert len(card_titles(response)) == 4


def test_a_bad_filter_does_not_undo_the_good_ones(client, index, varied):
    response = client.get(f"{index.url}?length=evig&activity=workshop")
    assert card_titles(response) == ["Workshop om kunstig intelligens"]


def test_error_summary_links_to_the_field(client, index, varied):
    soup = soup_of(client.get(f"{index.url}?length=evig"))
    assert soup.select_one(".lu-error-summary a")["href"] == "#id_length"
    assert soup.select_one("#id_length")["aria-invalid"] == "true"


def test_theme_choices_come_from_the_startkits(client, index, varied):
    make_theme("Tema uden startkits")
    soup = soup_of(client.get(index.url))
    themes = [option["value"] for option in soup.select("#id_theme option")]
    assert themes == ["", "ai-og-digitalisering", "ledertrivsel"]
    lengths = [option["value"] for option in soup.select("#id_length option")]
    assert lengths == ["", "short", "medium", "long"]


def test_filter_values_are_kept_in_the_form(client, index, varied):
    soup = soup_of(client.get(f"{index.url}?length=long&q=stafet"))
    assert soup.select_one("#id_length option[selected]")["value"] == "long"
    assert soup.select_one("#id_q")["value"] == "stafet"


def test_search_finds_a_startkit_by_a_word_in_a_step(client, index, varied):
    make_startkit(
        index,
        title="Noget helt andet",
        steps=[step("Trin", 5, "<p>Brug en timeglasfigur.</p>")],
    )
    assert card_titles(client.get(f"{index.url}?q=timeglasfigur")) == [
        "Noget helt andet"
    ]


class TestPagination:
    @pytest.fixture(autouse=True)
    def small_pages(self, settings):
        settings.WAGTAIL_LEDELSESUGEN = {"LISTING_PAGE_SIZE": 2}

    @pytest.fixture
    def five(self, index):
        return [make_startkit(index, title=f"Startkit nr. {n}") for n in range(1, 6)]

    def test_pages_follow_each_other(self, client, index, five):
        first = client.get(index.url)
        assert card_titles(first) == ["Startkit nr. 1", "Startkit nr. 2"]
        assert soup_of(first).select_one("a[rel=next]")["href"] == "?page=2"
        assert card_titles(client.get(index.url + "?page=3")) == ["Startkit nr. 5"]

    def test_pagination_keeps_the_filters(self, client, index, five):
        soup = soup_of(client.get(index.url + "?activity=salon"))
        assert soup.select_one("a[rel=next]")["href"] == "?activity=salon&page=2"

    @pytest.mark.parametrize("page", ["4", "999", "0", "-1", "abc"])
    def test_page_out_of_range_is_a_normal_page_with_a_message(
        self, client, index, five, page
    ):
        response = client.get(f"{index.url}?page={page}&activity=salon")
        assert response.status_code == 200
        assert card_titles(response) == []
        assert f"There is no page “{page}” in this list. It has 3 pages.".encode() in (
            response.content
        )
        link = soup_of(response).select_one(".lu-notice a")
        assert link["href"] == "?activity=salon"


# Query counts --------------------------------------------------------------------


@pytest.fixture
def taxonomy(db):
    return [make_theme(f"Tema {n}") for n in range(3)]


def add_startkits(index, count, themes):
    for n in range(count):
        make_startkit(
            index,
            duration_minutes=30 + 40 * (n % 6),
            group_size_min=3,
            group_size_max=6,
            themes=themes[: 1 + n % 3],
        )


@pytest.mark.parametrize("count", [4, 30])
def test_index_query_count_is_bounded(
    client, index, taxonomy, django_assert_max_num_queries, count, settings
):
    settings.WAGTAIL_LEDELSESUGEN = {"LISTING_PAGE_SIZE": 200}
    add_startkits(index, count, taxonomy)
    client.get(index.url)  # Wagtail caches the site's root paths.
    with django_assert_max_num_queries(11):
        response = client.get(index.url)
    assert len(card_titles(response)) == count
    with django_assert_max_num_queries(12):
        response = client.get(f"{index.url}?theme=tema-1&length=medium&q=Startkit")
    assert card_titles(response)


@pytest.mark.parametrize("query", ["", "?theme=tema-1&length=medium&q=Startkit"])
def test_index_query_count_does_not_grow_with_startkits(
    client, index, taxonomy, settings, query
):
    settings.WAGTAIL_LEDELSESUGEN = {"LISTING_PAGE_SIZE": 200}
    add_startkits(index, 4, taxonomy)
    client.get(index.url)
    with_four = count_queries(client, index.url + query)
    add_startkits(index, 26, taxonomy)
    assert count_queries(client, index.url + query) == with_four


def rich_startkit(index, size):
    """A startkit with ``size`` of every related thing a page shows."""
    documents = [make_document(f"Bilag {n}", f"bilag-{n}.pdf") for n in range(size)]
    return make_startkit(
        index,
        themes=[make_theme(f"Tema {size}-{n}") for n in range(size)],
        developed_by=make_organisation(f"Udvikler {size}"),
        materials=[(document, "") for document in documents],
        examples=[
            (make_organisation(f"Eksempel {size}-{n}"), "Gjorde det", "")
            for n in range(size)
        ],
        steps=[step(f"Trin {n}", 10, materials=documents) for n in range(size)],
        dialogue_cards=[deck(cards=[("Hvad?", "Tema", "blue")] * size)],
    )


def test_startkit_page_query_count_is_bounded(
    client, index, django_assert_max_num_queries
):
    small = rich_startkit(index, 1)
    large = rich_startkit(index, 10)
    client.get(small.url)
    # Serving a page costs 9 queries; materials, step documents, examples,
    # developed_by, themes and the locale one each, however many there are.
    with django_assert_max_num_queries(15):
        assert client.get(large.url).status_code == 200
    assert count_queries(client, small.url) == count_queries(client, large.url)


# The demo ------------------------------------------------------------------------


def run_demo_build():
    builder = DemoBuilder(Site.objects.get(is_default_site=True), Tally())
    builder.add_snippets()
    demo_startkits.build(builder)
    return builder.tally


@pytest.mark.demo
def test_demo_builds_startkits_for_the_main_activities(client, db):
    run_demo_build()
    index = StartkitIndexPage.objects.get(slug="startkits")
    assert index.get_parent().pk == root_page().pk
    kits = list(StartkitPage.objects.live().child_of(index))
    assert len(kits) >= 6
    activities = [kit.activity for kit in kits]
    assert len(set(activities)) == len(activities)
    assert set(activities) <= MAIN_ACTIVITIES
    for kit in kits:
        assert 3 <= len(kit.steps) <= 6
        assert all(s.value["minutes"] for s in kit.steps)
        assert kit.audience and kit.themes.exists() and kit.developed_by
        assert kit.examples.exists()
        assert client.get(kit.url).status_code == 200
    decks = [d for kit in kits for d in kit.dialogue_cards]
    assert [len(d.value["cards"]) for d in decks] == [12]
    assert card_titles(client.get(index.url))


@pytest.mark.demo
def test_demo_materials_are_real_pdf_documents(client, db):
    run_demo_build()
    kits_with_materials = StartkitPage.objects.filter(materials__isnull=False)
    assert kits_with_materials.distinct().count() >= 5
    for material in StartkitMaterial.objects.select_related("document"):
        document = material.document
        assert document.file_extension == "pdf"
        with document.open_file() as handle:
            content = handle.read()
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
        assert document.file_size == len(content)
        start = int(content.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
        assert content[start:].startswith(b"xref")


@pytest.mark.demo
def test_demo_build_is_idempotent(db):
    run_demo_build()
    counts = (
        Page.objects.count(),
        get_document_model().objects.count(),
        StartkitMaterial.objects.count(),
        StartkitExample.objects.count(),
    )
    tally = run_demo_build()
    assert (
        Page.objects.count(),
        get_document_model().objects.count(),
        StartkitMaterial.objects.count(),
        StartkitExample.objects.count(),
    ) == counts
    assert all(kind["created"] == 0 for kind in tally.counts.values())
    assert tally.counts["startkits"]["present"] >= 6
