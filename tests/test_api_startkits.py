"""The startkits API: fields, filters, ordering, pagination, scope and query counts."""

import pytest

from tests.api_helpers import (
    API,
    OTHER_HOST,
    assert_problem,
    english,
    get_items,
    get_list,
    ids,
    other_site_root,
    restrict,
    translate_snippet,
)
from tests.builders import (
    make_document,
    make_organisation,
    make_startkit,
    make_startkit_index,
    make_theme,
    translate_page,
)

pytestmark = pytest.mark.django_db


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


def deck(title, cards):
    """A deck of dialogue cards as raw StreamField data; cards are questions."""
    return {
        "type": "deck",
        "value": {
            "title": title,
            "instructions": "Træk et kort.",
            "cards": [
                {"question": question, "category": "", "colour": "green"}
                for question in cards
            ],
        },
    }


@pytest.fixture
def index():
    return make_startkit_index(title="Startkits", slug="startkits")


@pytest.fixture
def salon(index):
    invitation = make_document("Invitation", "invitation.pdf", b"x" * 2048)
    guide = make_document("Værtens guide", "guide.docx", b"y" * 100)
    return make_startkit(
        index,
        title="Hold en ledelsessalon",
        activity="salon",
        duration_minutes=90,
        preparation_minutes=45,
        group_size_min=5,
        group_size_max=7,
        audience=["municipality", "middle_leaders"],
        themes=[make_theme("Ledertrivsel")],
        intro="Ledere savner sparring med ligestillede.",
        description='<p>En salon samler <b>5-7 ledere</b>. <a href="/om/">Om</a></p>',
        developed_by=make_organisation("MEDST", website="https://medst.dk"),
        steps=[
            step("Find en vært", 20, "<p>Vælg en vært.</p>", materials=[guide]),
            step("Hold salonen", None, "<p>Tal og lyt.</p>"),
        ],
        dialogue_cards=[deck("Dialogkort", ["Hvad gør dig glad?"])],
        materials=[(invitation, "Invitation til salonen"), (guide, "")],
        examples=[
            (
                make_organisation("Aalborg Kommune"),
                "Saloner i hjemmeplejen",
                "https://example.org/aalborg",
            )
        ],
    )


def download_url(document):
    return f"http://localhost/documents/{document.pk}/{document.filename}"


class TestFields:
    def test_a_startkit_has_every_field_of_the_list(self, client, salon):
        [item] = get_items(client, "startkits/")

        assert item["id"] == salon.pk
        assert item["title"] == "Hold en ledelsessalon"
        assert item["slug"] == salon.slug
        assert item["url"] == salon.get_full_url()
        assert item["url"].endswith(f"/startkits/{salon.slug}/")
        assert (item["locale"], item["translations"]) == ("da", [])
        assert item["activity"] == {"value": "salon", "label": "Ledelsessalon"}
        assert item["duration_minutes"] == 90
        assert item["length"] == {"value": "medium", "label": "1-3 timer"}
        assert item["preparation_minutes"] == 45
        assert (item["group_size_min"], item["group_size_max"]) == (5, 7)
        assert item["audience"] == [
            {"value": "municipality", "label": "Kommuner"},
            {"value": "middle_leaders", "label": "Mellemledere"},
        ]
        [theme] = salon.themes.all()
        assert item["themes"] == [
            {"id": theme.pk, "slug": "ledertrivsel", "name": "Ledertrivsel"}
        ]
        assert item["intro"] == "Ledere savner sparring med ligestillede."
        assert item["developed_by"] == {
            "id": salon.developed_by_id,
            "slug": "medst",
            "name": "MEDST",
            "website": "https://medst.dk",
        }
        invitation, guide = [m.document for m in salon.materials.all()]
        assert item["materials"] == [
            {
                "title": "Invitation til salonen",
                "url": download_url(invitation),
                "extension": "PDF",
                "size": 2048,
            },
            {
                "title": "Værtens guide",
                "url": download_url(guide),
                "extension": "DOCX",
                "size": 100,
            },
        ]
        [example] = item["examples"]
        assert example["organisation"]["name"] == "Aalborg Kommune"
        assert example["description"] == "Saloner i hjemmeplejen"
        assert example["url"] == "https://example.org/aalborg"
        for detail_only in ("description", "steps", "dialogue_cards"):
            assert detail_only not in item

    def test_a_bare_startkit(self, client, index):
        make_startkit(index, duration_minutes=240)
        [item] = get_items(client, "startkits/")
        assert item["length"]["value"] == "long"
        assert item["preparation_minutes"] is None
        assert (item["group_size_min"], item["group_size_max"]) == (None, None)
        assert item["developed_by"] is None
        assert (item["materials"], item["examples"], item["audience"]) == ([], [], [])

    def test_detail_has_description_steps_and_dialogue_cards(self, client, salon):
        response = client.get(f"{API}/startkits/{salon.pk}/")

        assert response.status_code == 200
        data = response.json()
        assert data["id"] == salon.pk
        assert "<b>5-7 ledere</b>" in data["description"]
        assert 'href="http://' in data["description"]
        guide = salon.materials.all()[1].document
        assert data["steps"] == [
            {
                "number": 1,
                "title": "Find en vært",
                "minutes": 20,
                "text": "<p>Vælg en vært.</p>",
                "materials": [
                    {
                        "title": "Værtens guide",
                        "url": download_url(guide),
                        "extension": "DOCX",
                        "size": 100,
                    }
                ],
            },
            {
                "number": 2,
                "title": "Hold salonen",
                "minutes": None,
                "text": "<p>Tal og lyt.</p>",
                "materials": [],
            },
        ]
        [cards] = data["dialogue_cards"]
        assert cards["type"] == "deck"
        assert cards["value"]["title"] == "Dialogkort"
        assert cards["value"]["cards"] == [
            {"question": "Hvad gør dig glad?", "category": "", "colour": "green"}
        ]

    def test_detail_of_an_unknown_startkit_is_404(self, client, index):
        assert_problem(client.get(f"{API}/startkits/999999/"), 404, "not_found")
        response = client.get(f"{API}/startkits/abc/")
        assert_problem(response, 400, "invalid", "startkit_id")


class TestFilters:
    def test_activity_length_audience_and_index(self, client, index):
        workshop = make_startkit(index, activity="workshop", duration_minutes=120)
        short = make_startkit(index, duration_minutes=60, audience=["state"])
        long = make_startkit(index, duration_minutes=181)
        other_index = make_startkit_index()
        elsewhere = make_startkit(other_index)
        assert ids(get_items(client, "startkits/", "?activity=workshop")) == [
            workshop.pk
        ]
        assert set(ids(get_items(client, "startkits/", "?length=short"))) == {
            short.pk,
            elsewhere.pk,
        }
        assert ids(get_items(client, "startkits/", "?length=medium")) == [workshop.pk]
        assert ids(get_items(client, "startkits/", "?length=long")) == [long.pk]
        assert ids(get_items(client, "startkits/", "?audience=state")) == [short.pk]
        assert ids(get_items(client, "startkits/", f"?index={other_index.pk}")) == [
            elsewhere.pk
        ]

    def test_theme_by_slug_in_any_language(self, client, index):
        theme = make_theme("Ledertrivsel")
        themed = make_startkit(index, themes=[theme])
        make_startkit(index)
        translate_snippet(theme, english(), name="Wellbeing", slug="wellbeing")
        for slug in ("ledertrivsel", "wellbeing"):
            found = get_items(client, "startkits/", f"?theme={slug}")
            assert ids(found) == [themed.pk]
        assert get_items(client, "startkits/", "?theme=ukendt") == []

    def test_search(self, client, index):
        found = make_startkit(index, title="Walk and talk", intro="Gå en tur.")
        make_startkit(index, title="Morgenmøde", intro="Mød op.")
        assert ids(get_items(client, "startkits/", "?search=walk")) == [found.pk]

    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ("?activity=party", "activity"),
            ("?length=forever", "length"),
            ("?audience=kings", "audience"),
            ("?limit=0", "limit"),
            ("?limit=101", "limit"),
            ("?offset=-1", "offset"),
            ("?order=price", "order"),
            ("?index=999999", "index"),
            ("?locale=xx", "locale"),
            ("?search=" + "x" * 201, "search"),
        ],
    )
    def test_bad_values_are_400_naming_the_field(self, client, index, query, field):
        response = client.get(f"{API}/startkits/{query}")
        problem = assert_problem(response, 400, "invalid", field)
        assert all(problem["errors"][field])


class TestOrderAndPages:
    def test_by_title_by_default_and_other_orders(self, client, index):
        b = make_startkit(index, title="B", duration_minutes=30)
        a = make_startkit(index, title="A", duration_minutes=120)
        c = make_startkit(index, title="C", duration_minutes=30)
        assert ids(get_items(client, "startkits/")) == [a.pk, b.pk, c.pk]
        assert ids(get_items(client, "startkits/", "?order=-title")) == [
            c.pk,
            b.pk,
            a.pk,
        ]
        assert ids(get_items(client, "startkits/", "?order=duration")) == [
            b.pk,
            c.pk,
            a.pk,
        ]
        assert ids(get_items(client, "startkits/", "?order=-duration")) == [
            a.pk,
            b.pk,
            c.pk,
        ]

    def test_limit_offset_and_count(self, client, index):
        startkits = [make_startkit(index, title=f"Startkit {n}") for n in range(5)]
        data = get_list(client, "startkits/", "?limit=2&offset=2")
        assert (data["count"], data["limit"], data["offset"]) == (5, 2, 2)
        assert ids(data["items"]) == [startkits[2].pk, startkits[3].pk]
        assert get_list(client, "startkits/", "?offset=5")["items"] == []


class TestScope:
    def test_drafts_are_never_shown(self, client, index):
        draft = make_startkit(index, publish=False)
        assert get_items(client, "startkits/") == []
        assert client.get(f"{API}/startkits/{draft.pk}/").status_code == 404

    def test_pages_behind_a_password_are_never_shown(self, client, index):
        hidden = make_startkit_index(title="Intranet")
        startkit = make_startkit(hidden)
        restrict(hidden)
        assert get_items(client, "startkits/") == []
        assert client.get(f"{API}/startkits/{startkit.pk}/").status_code == 404

    def test_another_sites_startkits_are_not_shown(self, client, index):
        theirs = make_startkit(make_startkit_index(parent=other_site_root()))
        ours = make_startkit(index)
        assert ids(get_items(client, "startkits/")) == [ours.pk]
        assert client.get(f"{API}/startkits/{theirs.pk}/").status_code == 404
        there = get_items(client, "startkits/", HTTP_HOST=OTHER_HOST)
        assert ids(there) == [theirs.pk]


class TestTranslations:
    def test_locale_filter_translations_and_labels(self, client, salon):
        developer = salon.developed_by
        english_developer = translate_snippet(
            developer, english(), name="The Agency", slug="the-agency"
        )
        english_salon = translate_page(salon, english())

        [item] = get_items(client, "startkits/", "?locale=en")
        assert item["id"] == english_salon.pk
        assert item["translations"] == [{"locale": "da", "id": salon.pk}]
        assert item["activity"]["label"] == "Leadership salon"
        assert item["length"]["label"] == "1 to 3 hours"
        assert item["developed_by"]["id"] == english_developer.pk
        assert item["developed_by"]["name"] == "The Agency"
        [danish] = get_items(client, "startkits/", "?locale=da")
        assert danish["translations"] == [{"locale": "en", "id": english_salon.pk}]
        assert danish["developed_by"]["name"] == "MEDST"


def test_etag_and_a_conditional_get(client, salon):
    response = client.get(f"{API}/startkits/")
    assert response.status_code == 200
    again = client.get(f"{API}/startkits/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def add_startkits(index, count):
    themes = [make_theme(f"Tema {n}") for n in range(3)]
    organisations = [make_organisation(f"Org {n}") for n in range(3)]
    documents = [make_document(f"Fil {n}", f"fil-{n}.pdf") for n in range(2)]
    for n in range(count):
        make_startkit(
            index,
            themes=themes[: 1 + n % 3],
            developed_by=organisations[n % 3],
            materials=[(document, "") for document in documents[: 1 + n % 2]],
            examples=[(organisations[(n + 1) % 3], "Et eksempel", "")],
            audience=["state"],
        )


LIST_QUERIES = 11


@pytest.mark.parametrize("count", [3, 30])
def test_list_queries_do_not_grow(client, index, django_assert_max_num_queries, count):
    add_startkits(index, count)
    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(f"{API}/startkits/?limit=100&theme=tema-0")
    assert len(response.json()["items"]) == count
    with django_assert_max_num_queries(LIST_QUERIES + 1):
        client.get(f"{API}/startkits/?limit=100&audience=state&search=startkit")


def test_detail_queries_are_bounded(client, salon, django_assert_max_num_queries):
    with django_assert_max_num_queries(LIST_QUERIES + 1):
        assert client.get(f"{API}/startkits/{salon.pk}/").status_code == 200
