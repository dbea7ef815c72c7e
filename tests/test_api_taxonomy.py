"""The taxonomy API: themes, organisations and people, with their translations."""

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
    translate_snippet,
)
from tests.builders import make_image, make_organisation, make_person, make_theme

pytestmark = pytest.mark.django_db


class TestThemes:
    def test_a_theme_has_every_field(self, client):
        theme = make_theme("Ledertrivsel", description="Om lederes arbejdsmiljø.")
        translation = translate_snippet(
            theme, english(), name="Leader wellbeing", slug="leader-wellbeing"
        )

        items = get_items(client, "themes/", "?locale=da")

        assert items == [
            {
                "id": theme.pk,
                "slug": "ledertrivsel",
                "name": "Ledertrivsel",
                "description": "Om lederes arbejdsmiljø.",
                "locale": "da",
                "translations": [{"locale": "en", "id": translation.pk}],
            }
        ]
        detail = client.get(f"{API}/themes/{translation.pk}/").json()
        assert detail["name"] == "Leader wellbeing"
        assert detail["locale"] == "en"
        assert detail["translations"] == [{"locale": "da", "id": theme.pk}]

    def test_by_name_in_every_locale_and_site(self, client):
        b = make_theme("Borgernær ledelse")
        a = make_theme("Arbejdsmiljø")
        en = translate_snippet(a, english(), name="Working environment", slug="we")
        other_site_root()
        assert ids(get_items(client, "themes/")) == [a.pk, b.pk, en.pk]
        there = get_items(client, "themes/", HTTP_HOST=OTHER_HOST)
        assert ids(there) == [a.pk, b.pk, en.pk]
        assert ids(get_items(client, "themes/", "?locale=en")) == [en.pk]

    def test_search_is_part_of_the_name_in_any_case(self, client):
        found = make_theme("Ledertrivsel")
        make_theme("Styring")
        assert ids(get_items(client, "themes/", "?search=TRIVSEL")) == [found.pk]
        assert get_items(client, "themes/", "?search=ukendt") == []

    def test_unknown_theme_is_404(self, client, db):
        assert_problem(client.get(f"{API}/themes/999999/"), 404, "not_found")


class TestOrganisations:
    def test_an_organisation_has_every_field(self, client):
        organisation = make_organisation(
            "Aarhus Kommune", sector="municipality", website="https://aarhus.dk"
        )
        [item] = get_items(client, "organisations/")
        assert item == {
            "id": organisation.pk,
            "slug": "aarhus-kommune",
            "name": "Aarhus Kommune",
            "website": "https://aarhus.dk",
            "sector": {"value": "municipality", "label": "Kommune"},
            "locale": "da",
            "translations": [],
        }
        detail = client.get(f"{API}/organisations/{organisation.pk}/").json()
        assert detail == item

    def test_sector_is_labelled_in_the_organisations_language(self, client):
        organisation = make_organisation("Staten", sector="state")
        translation = translate_snippet(organisation, english(), name="The State")
        [item] = get_items(client, "organisations/", "?locale=en")
        assert item["id"] == translation.pk
        assert item["sector"] == {"value": "state", "label": "State"}
        assert item["translations"] == [{"locale": "da", "id": organisation.pk}]

    def test_unknown_organisation_is_404(self, client, db):
        response = client.get(f"{API}/organisations/999999/")
        assert_problem(response, 404, "not_found")


class TestPeople:
    def test_a_person_has_every_field(self, client):
        photo = make_image("Portræt")
        organisation = make_organisation("Køge Kommune", website="https://koege.dk")
        person = make_person(
            "Anne-Marie Holm",
            job_title="Kommunaldirektør",
            organisation=organisation,
            bio="Direktør siden 2021.",
            photo=photo,
        )

        [item] = get_items(client, "people/")

        rendition = photo.get_rendition("fill-240x240")
        assert item == {
            "id": person.pk,
            "slug": "anne-marie-holm",
            "name": "Anne-Marie Holm",
            "job_title": "Kommunaldirektør",
            "organisation": {
                "id": organisation.pk,
                "slug": organisation.slug,
                "name": "Køge Kommune",
                "website": "https://koege.dk",
            },
            "bio": "Direktør siden 2021.",
            "photo": {
                "id": photo.pk,
                "url": f"http://localhost{rendition.url}",
                "width": 240,
                "height": 240,
                "alt": "Anne-Marie Holm",
            },
            "locale": "da",
            "translations": [],
        }
        assert client.get(f"{API}/people/{person.pk}/").json() == item

    def test_a_person_without_organisation_or_photo(self, client):
        make_person("Camilla Jensen")
        [item] = get_items(client, "people/")
        assert (item["organisation"], item["photo"]) == (None, None)

    def test_the_organisation_is_shown_in_the_persons_language(self, client):
        organisation = make_organisation("Køge Kommune")
        person = make_person("Anne-Marie Holm", organisation=organisation)
        english_organisation = translate_snippet(
            organisation, english(), name="Køge Municipality"
        )
        # The translation still points at the Danish organisation.
        translation = translate_snippet(person, english(), job_title="CEO")
        assert translation.organisation_id == organisation.pk
        [item] = get_items(client, "people/", "?locale=en")
        assert item["organisation"]["id"] == english_organisation.pk
        assert item["organisation"]["name"] == "Køge Municipality"
        assert item["job_title"] == "CEO"

    def test_unknown_person_is_404(self, client, db):
        assert_problem(client.get(f"{API}/people/999999/"), 404, "not_found")


class TestListParameters:
    def test_limit_offset_and_count(self, client):
        people = [make_person(f"Person {n}") for n in range(5)]
        data = get_list(client, "people/", "?limit=2&offset=2")
        assert (data["count"], data["limit"], data["offset"]) == (5, 2, 2)
        assert ids(data["items"]) == [people[2].pk, people[3].pk]

    @pytest.mark.parametrize("path", ["themes/", "organisations/", "people/"])
    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ("?limit=0", "limit"),
            ("?limit=101", "limit"),
            ("?offset=-1", "offset"),
            ("?locale=xx", "locale"),
            ("?search=" + "x" * 201, "search"),
        ],
    )
    def test_bad_values_are_400_naming_the_field(self, client, db, path, query, field):
        response = client.get(f"{API}/{path}{query}")
        problem = assert_problem(response, 400, "invalid", field)
        assert all(problem["errors"][field])


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("themes", "theme_id"),
        ("organisations", "organisation_id"),
        ("people", "person_id"),
    ],
)
def test_an_id_that_is_no_number_is_400(client, db, path, field):
    assert_problem(client.get(f"{API}/{path}/abc/"), 400, "invalid", field)


def test_etag_and_a_conditional_get(client, db):
    make_theme("Ledertrivsel")
    response = client.get(f"{API}/themes/")
    again = client.get(f"{API}/themes/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def add_people(count):
    organisations = [make_organisation(f"Org {n}") for n in range(3)]
    photos = [make_image(f"Foto {n}") for n in range(2)]
    for organisation in organisations:
        translate_snippet(organisation, english(), slug=f"{organisation.slug}-en")
    for n in range(count):
        person = make_person(
            f"Person {n}", organisation=organisations[n % 3], photo=photos[n % 2]
        )
        make_theme(f"Tema {n}")
        if n % 2:
            translate_snippet(person, english(), slug=f"{person.slug}-en")


# Count, items, translations; people add the organisations in other locales.
# People: one more to find the site the photo URLs belong to.
LIST_QUERIES = {"themes/": 3, "organisations/": 3, "people/": 6}


@pytest.mark.parametrize("count", [3, 30])
def test_list_queries_do_not_grow(client, db, django_assert_max_num_queries, count):
    add_people(count)
    # The first answer makes the photo renditions; later ones read them.
    client.get(f"{API}/people/?limit=100")
    for path, queries in LIST_QUERIES.items():
        with django_assert_max_num_queries(queries):
            assert client.get(f"{API}/{path}?limit=100").status_code == 200
