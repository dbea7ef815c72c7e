"""The video and audio API: fields, filters, ordering, pagination, scope, queries."""

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.finders.base import EmbedFinder
from wagtail.embeds.models import Embed

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
    make_event,
    make_media_index,
    make_organisation,
    make_person,
    make_programme,
    make_recording,
    make_theme,
    translate_page,
)

pytestmark = pytest.mark.django_db

YOUTUBE_URL = "https://www.youtube.com/watch?v=LUtestVid01"
YOUTUBE_HTML = (
    '<iframe src="https://www.youtube.com/embed/LUtestVid01?feature=oembed" '
    'title="Hvem leder lederen?"></iframe>'
)


class NoFinder(EmbedFinder):
    """Tests never reach the internet: no provider is known but those cached."""

    def accept(self, url):
        return False


@pytest.fixture(autouse=True)
def _offline_embeds(settings):
    settings.WAGTAILEMBEDS_FINDERS = [{"class": f"{__name__}.NoFinder"}]


@pytest.fixture
def youtube(db):
    return Embed.objects.create(
        url=YOUTUBE_URL,
        hash=get_embed_hash(YOUTUBE_URL),
        html=YOUTUBE_HTML,
        provider_name="YouTube",
        type="video",
    )


@pytest.fixture
def index():
    return make_media_index(title="Video og lyd", slug="video")


@pytest.fixture
def talk(index, programme, youtube):
    return make_recording(
        index,
        title="Hvem leder lederen?",
        intro="Et foredrag om lederes trivsel.",
        year=2025,
        duration_minutes=90,
        speakers=[
            make_person(
                "Sofie Lindberg",
                job_title="Lektor",
                organisation=make_organisation("Aarhus Universitet"),
            ),
            make_person("Jesper Kronborg", job_title="Professor"),
        ],
        themes=[make_theme("Ledertrivsel")],
        event=make_event(programme, title="Ledelsesdagen"),
        transcript="Velkommen.\n\nMange ledere føler sig alene.",
        chapters=[
            ("chapter", {"start": "0:00", "title": "Velkomst"}),
            ("chapter", {"start": "1:02:15", "title": "Spørgsmål"}),
        ],
    )


class TestFields:
    def test_a_recording_has_every_field_of_the_list(self, client, talk):
        [item] = get_items(client, "videos/")

        assert item["id"] == talk.pk
        assert item["title"] == "Hvem leder lederen?"
        assert item["slug"] == talk.slug
        assert item["url"] == talk.get_full_url()
        assert item["url"].endswith(f"/video/{talk.slug}/")
        assert (item["locale"], item["translations"]) == ("da", [])
        assert item["kind"] == {"value": "video", "label": "Video"}
        assert item["intro"] == "Et foredrag om lederes trivsel."
        assert item["year"] == 2025
        assert item["duration_minutes"] == 90
        assert item["duration"] == "PT1H30M"
        sofie, jesper = [link.person for link in talk.speakers.all()]
        assert item["speakers"] == [
            {
                "id": sofie.pk,
                "slug": "sofie-lindberg",
                "name": "Sofie Lindberg",
                "job_title": "Lektor",
                "organisation": "Aarhus Universitet",
            },
            {
                "id": jesper.pk,
                "slug": "jesper-kronborg",
                "name": "Jesper Kronborg",
                "job_title": "Professor",
                "organisation": "",
            },
        ]
        [theme] = talk.themes.all()
        assert item["themes"] == [
            {"id": theme.pk, "slug": "ledertrivsel", "name": "Ledertrivsel"}
        ]
        assert item["event"] == {
            "id": talk.event_id,
            "title": "Ledelsesdagen",
            "url": talk.event.get_full_url(),
        }
        assert item["embed_url"] == YOUTUBE_URL
        assert (item["media_url"], item["captions_url"]) == (None, None)
        assert item["chapters"] == [
            {"start": "0:00", "seconds": 0, "title": "Velkomst"},
            {"start": "1:02:15", "seconds": 3735, "title": "Spørgsmål"},
        ]
        assert "transcript" not in item and "player" not in item

    def test_an_uploaded_audio_file(self, client, index):
        audio = make_document("Afsnit 1", "afsnit-1.mp3")
        recording = make_recording(
            index, media_kind="audio", media_file=audio, duration_minutes=None
        )
        [item] = get_items(client, "videos/")
        assert item["kind"] == {"value": "audio", "label": "Lyd"}
        assert item["embed_url"] is None
        assert item["media_url"] == f"http://localhost{audio.url}"
        assert (item["duration"], item["duration_minutes"]) == (None, None)
        assert (item["year"], item["event"], item["chapters"]) == (None, None, [])
        detail = client.get(f"{API}/videos/{recording.pk}/").json()
        assert detail["player"] is None

    def test_captions_of_an_uploaded_video(self, client, index):
        captions = make_document("Undertekster", "film.vtt", b"WEBVTT\n")
        make_recording(
            index, media_file=make_document("Film", "film.mp4"), captions=captions
        )
        [item] = get_items(client, "videos/")
        assert item["captions_url"] == f"http://localhost{captions.url}"

    def test_detail_has_the_privacy_friendly_player_and_transcript(self, client, talk):
        response = client.get(f"{API}/videos/{talk.pk}/")

        assert response.status_code == 200
        data = response.json()
        assert data["id"] == talk.pk
        assert data["player"] == {
            "provider": "YouTube",
            "url": "https://www.youtube-nocookie.com/embed/LUtestVid01?feature=oembed",
        }
        assert data["transcript"] == "Velkommen.\n\nMange ledere føler sig alene."
        assert data["chapters"][1]["seconds"] == 3735

    def test_an_embed_no_finder_knows_still_names_its_host(self, client, index):
        recording = make_recording(index, embed_url="https://www.example.org/v/1")
        data = client.get(f"{API}/videos/{recording.pk}/").json()
        assert data["player"] == {"provider": "example.org", "url": None}
        assert data["embed_url"] == "https://www.example.org/v/1"

    def test_an_event_that_is_not_public_is_left_out(self, client, index, programme):
        draft = make_event(programme, publish=False)
        hidden_programme = make_programme(title="Intranet")
        hidden = make_event(hidden_programme)
        restrict(hidden_programme)
        for event in (draft, hidden):
            make_recording(index, event=event)
        assert [item["event"] for item in get_items(client, "videos/")] == [
            None,
            None,
        ]

    def test_detail_of_an_unknown_recording_is_404(self, client, index):
        assert_problem(client.get(f"{API}/videos/999999/"), 404, "not_found")
        response = client.get(f"{API}/videos/abc/")
        assert_problem(response, 400, "invalid", "video_id")


class TestFilters:
    def test_kind_year_and_index(self, client, index):
        audio = make_recording(
            index, media_kind="audio", media_file=make_document("A", "a.mp3")
        )
        old = make_recording(index, year=2024)
        other_index = make_media_index()
        elsewhere = make_recording(other_index, year=2026)
        assert ids(get_items(client, "videos/", "?kind=audio")) == [audio.pk]
        assert ids(get_items(client, "videos/", "?year=2024")) == [old.pk]
        assert ids(get_items(client, "videos/", f"?index={other_index.pk}")) == [
            elsewhere.pk
        ]
        assert elsewhere.pk not in ids(
            get_items(client, "videos/", f"?index={index.pk}")
        )

    def test_theme_and_speaker_by_slug_in_any_language(self, client, index):
        theme = make_theme("Ledertrivsel")
        person = make_person("Sofie Lindberg")
        themed = make_recording(index, themes=[theme])
        spoken = make_recording(index, speakers=[person])
        translate_snippet(theme, english(), name="Wellbeing", slug="wellbeing")
        translate_snippet(person, english(), slug="sofie-lindberg-en")
        for slug in ("ledertrivsel", "wellbeing"):
            assert ids(get_items(client, "videos/", f"?theme={slug}")) == [themed.pk]
        for slug in ("sofie-lindberg", "sofie-lindberg-en"):
            assert ids(get_items(client, "videos/", f"?speaker={slug}")) == [spoken.pk]
        assert get_items(client, "videos/", "?speaker=ukendt") == []

    def test_search_reads_the_transcript(self, client, index):
        found = make_recording(index, transcript="Om ensomhed i ledelse.")
        make_recording(index, transcript="Om budgetter.")
        assert ids(get_items(client, "videos/", "?search=ensomhed")) == [found.pk]

    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ("?kind=film", "kind"),
            ("?year=abc", "year"),
            ("?year=99999", "year"),
            ("?limit=0", "limit"),
            ("?offset=x", "offset"),
            ("?order=duration", "order"),
            ("?index=999999", "index"),
            ("?locale=xx", "locale"),
            ("?search=" + "x" * 201, "search"),
        ],
    )
    def test_bad_values_are_400_naming_the_field(self, client, index, query, field):
        response = client.get(f"{API}/videos/{query}")
        problem = assert_problem(response, 400, "invalid", field)
        assert all(problem["errors"][field])


class TestOrderAndPages:
    def test_newest_year_first_by_default_and_other_orders(self, client, index):
        undated = make_recording(index, title="A", year=None)
        old = make_recording(index, title="B", year=2024)
        new = make_recording(index, title="C", year=2026)
        same_year = make_recording(index, title="D", year=2026)
        assert ids(get_items(client, "videos/")) == [
            new.pk,
            same_year.pk,
            old.pk,
            undated.pk,
        ]
        assert ids(get_items(client, "videos/", "?order=year")) == [
            old.pk,
            new.pk,
            same_year.pk,
            undated.pk,
        ]
        assert ids(get_items(client, "videos/", "?order=title")) == [
            undated.pk,
            old.pk,
            new.pk,
            same_year.pk,
        ]
        assert ids(get_items(client, "videos/", "?order=-title")) == [
            same_year.pk,
            new.pk,
            old.pk,
            undated.pk,
        ]

    def test_limit_offset_and_count(self, client, index):
        recordings = [make_recording(index, year=2026 - n) for n in range(5)]
        data = get_list(client, "videos/", "?limit=2&offset=2")
        assert (data["count"], data["limit"], data["offset"]) == (5, 2, 2)
        assert ids(data["items"]) == [recordings[2].pk, recordings[3].pk]


class TestScope:
    def test_drafts_are_never_shown(self, client, index):
        draft = make_recording(index, publish=False)
        assert get_items(client, "videos/") == []
        assert client.get(f"{API}/videos/{draft.pk}/").status_code == 404

    def test_pages_behind_a_password_are_never_shown(self, client, index):
        hidden = make_media_index(title="Intranet")
        recording = make_recording(hidden)
        restrict(hidden)
        assert get_items(client, "videos/") == []
        assert client.get(f"{API}/videos/{recording.pk}/").status_code == 404

    def test_another_sites_recordings_are_not_shown(self, client, index):
        theirs = make_recording(make_media_index(parent=other_site_root()))
        ours = make_recording(index)
        assert ids(get_items(client, "videos/")) == [ours.pk]
        assert client.get(f"{API}/videos/{theirs.pk}/").status_code == 404
        there = get_items(client, "videos/", HTTP_HOST=OTHER_HOST)
        assert ids(there) == [theirs.pk]


class TestTranslations:
    def test_locale_filter_translations_and_the_events_translation(self, client, talk):
        english_event = translate_page(talk.event, english())
        english_talk = translate_page(talk, english())

        [item] = get_items(client, "videos/", "?locale=en")
        assert item["id"] == english_talk.pk
        assert item["translations"] == [{"locale": "da", "id": talk.pk}]
        assert item["kind"]["label"] == "Video"
        assert item["event"]["id"] == english_event.pk
        [danish] = get_items(client, "videos/", "?locale=da")
        assert danish["event"]["id"] == talk.event_id
        assert danish["translations"] == [{"locale": "en", "id": english_talk.pk}]

    def test_audio_is_labelled_in_each_language(self, client, index):
        audio = make_recording(
            index, media_kind="audio", media_file=make_document("A", "a.mp3")
        )
        translate_page(audio, english())
        labels = {
            item["locale"]: item["kind"]["label"]
            for item in get_items(client, "videos/")
        }
        assert labels == {"da": "Lyd", "en": "Audio"}


def test_etag_and_a_conditional_get(client, talk):
    response = client.get(f"{API}/videos/")
    again = client.get(f"{API}/videos/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def add_recordings(index, programme, count):
    themes = [make_theme(f"Tema {n}") for n in range(3)]
    people = [
        make_person(f"Person {n}", organisation=make_organisation(f"Org {n}"))
        for n in range(3)
    ]
    events = [make_event(programme) for _ in range(2)]
    for n in range(count):
        make_recording(
            index,
            year=2020 + n % 5,
            themes=themes[: 1 + n % 3],
            speakers=people[: 1 + n % 3],
            event=events[n % 2],
            media_file=make_document(f"Fil {n}", f"fil-{n}.mp4") if n % 2 else None,
            chapters=[("chapter", {"start": "1:00", "title": "Start"})],
        )


LIST_QUERIES = 11


@pytest.mark.parametrize("count", [3, 30])
def test_list_queries_do_not_grow(
    client, index, programme, django_assert_max_num_queries, count
):
    add_recordings(index, programme, count)
    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(f"{API}/videos/?limit=100&theme=tema-0")
    assert len(response.json()["items"]) == count
    with django_assert_max_num_queries(LIST_QUERIES + 1):
        client.get(f"{API}/videos/?limit=100&speaker=person-0&search=optagelse")


def test_detail_queries_are_bounded(client, talk, django_assert_max_num_queries):
    with django_assert_max_num_queries(LIST_QUERIES + 1):
        assert client.get(f"{API}/videos/{talk.pk}/").status_code == 200
