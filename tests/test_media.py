"""Video and audio: recordings, privacy-friendly embeds, the index and the demo."""

import json
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.finders.base import EmbedFinder
from wagtail.embeds.models import Embed
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.builders import (
    days_ahead,
    make_event,
    make_person,
    make_theme,
    root_page,
)
from wagtail_ledelsesugen import embeds
from wagtail_ledelsesugen.dates import to_local
from wagtail_ledelsesugen.demo.builder import DemoBuilder, Tally
from wagtail_ledelsesugen.models import (
    EventIndexPage,
    EventPage,
    MediaSpeaker,
    VideoIndexPage,
    VideoPage,
)
from wagtail_ledelsesugen.structured_data.media import iso_duration, seconds_of

YOUTUBE_URL = "https://www.youtube.com/watch?v=LUtestVid01"
YOUTUBE_HTML = (
    '<iframe width="200" height="113" '
    'src="https://www.youtube.com/embed/LUtestVid01?feature=oembed" '
    'frameborder="0" allow="encrypted-media; picture-in-picture" '
    'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen '
    'title="Hvem leder lederen?"></iframe>'
)
VIMEO_URL = "https://vimeo.com/900000001"
VIMEO_HTML = (
    '<iframe src="https://player.vimeo.com/video/900000001?app_id=122963" '
    'width="640" height="360" frameborder="0" allowfullscreen></iframe>'
)
PODCAST_URL = "https://soundcloud.com/ledelsesugen-test/afsnit-1"
PODCAST_HTML = (
    '<iframe width="100%" height="166" scrolling="no" frameborder="no" '
    'src="https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com'
    '%2Ftracks%2F1&amp;show_artwork=true"></iframe>'
)
THIRD_PARTY_HOSTS = ("youtube", "ytimg", "vimeo", "soundcloud", "media.example.org")
LOADING_TAGS = {
    "script": ["src"],
    "img": ["src", "srcset"],
    "iframe": ["src"],
    "link": ["href"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "source": ["src", "srcset"],
    "track": ["src"],
    "embed": ["src"],
    "object": ["data"],
    "form": ["action"],
}


class OfflineOEmbedFinder(EmbedFinder):
    """A configured oEmbed provider that answers without the network."""

    def accept(self, url):
        return url.startswith("https://media.example.org/")

    def find_embed(self, url, max_width=None, max_height=None):
        return {
            "title": "Et foredrag",
            "author_name": "Eksempelmedier",
            "provider_name": "Eksempelmedier",
            "type": "video",
            "thumbnail_url": "https://media.example.org/thumb.jpg",
            "width": 640,
            "height": 360,
            "html": '<iframe src="https://media.example.org/player/1"></iframe>',
        }


@pytest.fixture(autouse=True)
def _offline_embeds(settings):
    """Tests never reach the internet: only the offline provider finds embeds."""
    settings.WAGTAILEMBEDS_FINDERS = [{"class": f"{__name__}.OfflineOEmbedFinder"}]


@pytest.fixture(autouse=True)
def _direct_documents(settings):
    """Documents are linked at the storage's address (the test project has no
    wagtaildocs URLs)."""
    settings.WAGTAILDOCS_SERVE_METHOD = "direct"


def cache_embed(url, html, provider_name="YouTube", **kwargs):
    """An ``Embed`` row for ``url``, as Wagtail stores what a finder found."""
    kwargs.setdefault("type", "video")
    kwargs.setdefault("thumbnail_url", "https://i.ytimg.com/vi/LUtestVid01/hq.jpg")
    return Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        html=html,
        provider_name=provider_name,
        **kwargs,
    )


def make_document(filename, content=b"data", title=None):
    return get_document_model().objects.create(
        title=title or filename, file=ContentFile(content, name=filename)
    )


def make_media_index(parent=None, **kwargs):
    parent = parent or root_page()
    kwargs.setdefault("title", "Video og lyd")
    kwargs.setdefault("slug", "video-og-lyd")
    page = VideoIndexPage(**kwargs)
    parent.add_child(instance=page)
    return page


def make_recording(index, speakers=(), themes=(), publish=True, **kwargs):
    kwargs.setdefault("title", "Et foredrag om ledelse")
    if not kwargs.get("media_file"):
        kwargs.setdefault("embed_url", YOUTUBE_URL)
    page = VideoPage(themes=list(themes), **kwargs)
    page.speakers = [MediaSpeaker(person=person) for person in speakers]
    page.live = False
    index.add_child(instance=page)
    if publish:
        # As in the admin: publishing indexes the page with its speakers.
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def structured_data(response):
    script = soup_of(response).select_one('script[type="application/ld+json"]')
    return json.loads(script.string)


def card_titles(response):
    return [
        h.get_text(strip=True)
        for h in soup_of(response).select(".lu-media-card__title")
    ]


def error_messages(response):
    return [
        li.get_text(strip=True)
        for li in soup_of(response).select(".lu-error-summary li")
    ]


def heading_levels(response):
    main = soup_of(response).select_one("main")
    return [int(h.name[1]) for h in main.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]


def assert_headings_in_order(response):
    levels = heading_levels(response)
    assert levels.count(1) == 1
    assert levels[0] == 1
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, levels


def third_party_loads(response):
    """Addresses on other hosts that the page would make the browser load."""
    found = []
    for tag, attributes in LOADING_TAGS.items():
        for element in soup_of(response).find_all(tag):
            for attribute in attributes:
                value = element.get(attribute) or ""
                if any(host in value for host in THIRD_PARTY_HOSTS):
                    found.append(f"{tag}[{attribute}]={value}")
    return found


@pytest.fixture
def media_index(db):
    return make_media_index(intro="Foredrag, webinarer og podcasts om ledelse.")


@pytest.fixture
def youtube_embed(db):
    return cache_embed(YOUTUBE_URL, YOUTUBE_HTML, title="Hvem leder lederen?")


@pytest.fixture
def recording(media_index, youtube_embed):
    return make_recording(
        media_index,
        title="Hvem leder lederen?",
        intro="Et foredrag om lederes trivsel og sparring.",
        year=2025,
        duration_minutes=45,
        speakers=[
            make_person("Sofie Lindberg Nielsen", job_title="Lektor"),
            make_person("Jesper Kronborg", job_title="Professor"),
        ],
        themes=[make_theme("Ledertrivsel")],
        transcript=(
            "Velkommen til dette foredrag om lederes arbejdsmiljø.\n\n"
            "Mange førstelinjeledere føler sig alene med beslutningerne."
        ),
        chapters=[
            ("chapter", {"start": "0:00", "title": "Velkomst"}),
            ("chapter", {"start": "12:30", "title": "Ensomhed i ledelse"}),
            ("chapter", {"start": "1:02:15", "title": "Spørgsmål fra salen"}),
        ],
    )


@pytest.fixture
def uploaded_video(media_index):
    return make_recording(
        media_index,
        title="Ledelse tæt på borgeren",
        media_file=make_document("ledelse-taet-paa-borgeren.mp4"),
        captions=make_document("ledelse-taet-paa-borgeren.vtt", b"WEBVTT\n"),
        duration_minutes=90,
        chapters=[("chapter", {"start": "2:05", "title": "Første samtale"})],
    )


# The recording's page


def test_video_page_shows_title_facts_and_speakers(client, recording):
    response = client.get(recording.url)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.h1.get_text() == "Hvem leder lederen?"
    assert soup.select_one(".lu-kicker").get_text(" ", strip=True) == (
        "Video · 2025 · 45 minutes"
    )
    assert soup.select_one(".lu-kicker time")["datetime"] == "PT45M"
    people = [li.get_text(" ", strip=True) for li in soup.select(".lu-person")]
    assert people == ["Sofie Lindberg Nielsen Lektor", "Jesper Kronborg Professor"]
    assert "Ledertrivsel" in soup.select_one(".lu-recording__about").get_text()
    assert soup.select_one(".lu-back a")["href"] == recording.get_parent().url


def test_video_page_headings_are_in_order(client, recording, uploaded_video):
    assert_headings_in_order(client.get(recording.url))
    assert_headings_in_order(client.get(recording.url + "?show=1"))
    assert_headings_in_order(client.get(uploaded_video.url))


def test_video_page_links_the_media_stylesheet(client, recording):
    hrefs = [link["href"] for link in soup_of(client.get(recording.url)).select("link")]
    assert hrefs == [
        "/static/wagtail_ledelsesugen/css/ledelsesugen.css",
        "/static/wagtail_ledelsesugen/css/media.css",
    ]


# Privacy-friendly embeds


def test_nothing_from_the_provider_loads_before_the_click(client, recording):
    response = client.get(recording.url)
    soup = soup_of(response)
    assert soup.find("iframe") is None
    assert third_party_loads(response) == []
    consent = soup.select_one("#lu-player .lu-consent")
    assert "The video is shown by YouTube." in consent.get_text()
    assert "may set cookies" in consent.get_text()
    assert "Set-Cookie" not in response.headers


def test_the_click_is_a_plain_get_form_to_the_same_page(client, recording):
    form = soup_of(client.get(recording.url)).select_one("#lu-player form")
    assert form["method"] == "get"
    assert form["action"] == "#lu-player"
    button = form.select_one("button[type=submit]")
    assert (button["name"], button["value"]) == ("show", "1")
    assert button.get_text(strip=True) == "Show video"


def test_the_page_always_links_to_the_media_on_the_providers_site(client, recording):
    for query in ("", "?show=1"):
        link = soup_of(client.get(recording.url + query)).select_one(
            ".lu-player__links a"
        )
        assert link["href"] == YOUTUBE_URL
        assert link.get_text() == "Watch on YouTube"


def test_after_the_click_youtube_plays_from_its_cookieless_host(client, recording):
    response = client.get(recording.url + "?show=1")
    soup = soup_of(response)
    iframes = soup.select("#lu-player iframe")
    assert len(iframes) == 1
    src = urlsplit(iframes[0]["src"])
    assert src.hostname == "www.youtube-nocookie.com"
    assert src.path == "/embed/LUtestVid01"
    assert iframes[0]["title"] == "Hvem leder lederen?"
    assert soup.select_one("#lu-player form") is None
    assert "www.youtube.com/embed" not in response.content.decode()


def test_a_hook_can_show_the_player_to_visitors_who_agreed(client, recording):
    def agreed(page, request):
        return request.COOKIES.get("embeds") == page.provider_name

    with hooks.register_temporarily("ledelsesugen_show_embed", agreed):
        assert soup_of(client.get(recording.url)).find("iframe") is None
        client.cookies["embeds"] = "YouTube"
        iframe = soup_of(client.get(recording.url)).find("iframe")
    assert iframe["src"].startswith("https://www.youtube-nocookie.com/embed/")


def test_other_show_values_keep_the_player_hidden(client, recording):
    response = client.get(recording.url + "?show=yes")
    assert soup_of(response).find("iframe") is None


def test_an_iframe_without_a_title_gets_the_pages_title(client, media_index):
    cache_embed(VIMEO_URL, VIMEO_HTML, provider_name="Vimeo")
    page = make_recording(media_index, title="Tillid i praksis", embed_url=VIMEO_URL)
    iframe = soup_of(client.get(page.url + "?show=1")).select_one("iframe")
    assert iframe["title"] == "Tillid i praksis"
    query = urlsplit(iframe["src"]).query
    assert "dnt=1" in query.split("&")
    assert "app_id=122963" in query.split("&")


def test_audio_on_another_site_has_its_own_wording(client, media_index):
    cache_embed(PODCAST_URL, PODCAST_HTML, provider_name="SoundCloud", type="rich")
    page = make_recording(
        media_index,
        title="Podcast: Ensom på toppen",
        embed_url=PODCAST_URL,
        media_kind="audio",
    )
    response = client.get(page.url)
    soup = soup_of(response)
    assert third_party_loads(response) == []
    assert soup.select_one("#lu-player button").get_text(strip=True) == "Play audio"
    assert "The recording is played by SoundCloud." in soup.get_text()
    assert soup.select_one(".lu-player__links a").get_text() == "Listen on SoundCloud"
    shown = soup_of(client.get(page.url + "?show=1")).select_one("iframe")
    assert shown["src"].startswith("https://w.soundcloud.com/player/?url=")
    assert "&show_artwork=true" in shown["src"]
    assert shown["title"] == "Podcast: Ensom på toppen"


def test_any_configured_oembed_provider_works(client, media_index):
    page = make_recording(media_index, embed_url="https://media.example.org/foredrag/1")
    before = client.get(page.url)
    assert third_party_loads(before) == []
    assert "The video is shown by Eksempelmedier." in soup_of(before).get_text()
    after = soup_of(client.get(page.url + "?show=1"))
    assert after.select_one("iframe")["src"] == "https://media.example.org/player/1"
    assert Embed.objects.filter(url="https://media.example.org/foredrag/1").exists()


def test_an_embed_no_finder_knows_still_links_to_the_media(client, media_index):
    url = "https://video.example.net/optagelse/7"
    page = make_recording(media_index, embed_url=url)
    response = client.get(page.url)
    assert response.status_code == 200
    assert "The video is shown by video.example.net." in soup_of(response).get_text()
    shown = client.get(page.url + "?show=1")
    assert shown.status_code == 200
    assert soup_of(shown).find("iframe") is None
    assert "cannot be shown here right now" in soup_of(shown).get_text()
    assert soup_of(shown).select_one(".lu-player__links a")["href"] == url


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        (
            "https://www.youtube.com/embed/abc?feature=oembed",
            "https://www.youtube-nocookie.com/embed/abc?feature=oembed",
        ),
        ("https://youtube.com/embed/abc", "https://www.youtube-nocookie.com/embed/abc"),
        ("//www.youtube.com/embed/abc", "//www.youtube-nocookie.com/embed/abc"),
        (
            "https://player.vimeo.com/video/1?h=2",
            "https://player.vimeo.com/video/1?h=2&dnt=1",
        ),
        (
            "https://player.vimeo.com/video/1?dnt=0",
            "https://player.vimeo.com/video/1?dnt=1",
        ),
        ("https://media.example.org/player/1", "https://media.example.org/player/1"),
    ],
)
def test_privacy_friendly_src(src, expected):
    assert embeds.privacy_friendly_src(src) == expected


def test_privacy_friendly_html_keeps_the_rest_of_the_tag():
    html = (
        "<iframe src='https://www.youtube.com/embed/a?x=1&amp;y=2' title=''></iframe>"
    )
    result = embeds.privacy_friendly_html(html, 'Om "tillid"')
    tag = BeautifulSoup(result, "html.parser").iframe
    assert tag["src"] == "https://www.youtube-nocookie.com/embed/a?x=1&y=2"
    assert tag["title"] == 'Om "tillid"'


# Uploaded files


def test_uploaded_video_plays_natively_with_captions(client, uploaded_video):
    response = client.get(uploaded_video.url)
    soup = soup_of(response)
    video = soup.select_one("#lu-player video")
    assert video.has_attr("controls")
    source = video.select_one("source")
    assert source["src"] == uploaded_video.media_file.url
    assert source["type"] == "video/mp4"
    track = video.select_one("track")
    assert track["kind"] == "captions"
    assert track["src"] == uploaded_video.captions.url
    assert track["srclang"] == "da"
    assert track["label"] == "Dansk"
    assert track.has_attr("default")
    assert soup.select_one(".lu-consent") is None
    assert soup.find("iframe") is None
    download = soup.select_one(".lu-player__links a")
    assert download["href"] == uploaded_video.media_file.url
    assert download.get_text() == "Download the recording (MP4)"


def test_uploaded_audio_plays_natively(client, media_index):
    page = make_recording(
        media_index, media_kind="audio", media_file=make_document("afsnit-3.mp3")
    )
    soup = soup_of(client.get(page.url))
    audio = soup.select_one("#lu-player audio")
    assert audio.has_attr("controls")
    assert audio.select_one("source")["type"] == "audio/mpeg"
    assert soup.select_one("#lu-player video") is None


def test_uploaded_video_without_captions_has_no_track(client, media_index):
    page = make_recording(media_index, media_file=make_document("uden.mp4"))
    assert soup_of(client.get(page.url)).select_one("track") is None


# Transcript and chapters


def test_transcript_is_in_a_closed_details_element(client, recording):
    soup = soup_of(client.get(recording.url))
    details = soup.select_one(".lu-transcript details")
    assert not details.has_attr("open")
    assert details.summary.get_text() == "Read the transcript"
    paragraphs = [p.get_text() for p in details.select(".lu-transcript__text p")]
    assert paragraphs == [
        "Velkommen til dette foredrag om lederes arbejdsmiljø.",
        "Mange førstelinjeledere føler sig alene med beslutningerne.",
    ]


def test_no_transcript_no_section(client, uploaded_video):
    assert soup_of(client.get(uploaded_video.url)).select_one(".lu-transcript") is None


def test_chapters_of_an_embed_are_an_ordered_list_of_text(client, recording):
    chapters = soup_of(client.get(recording.url)).select(".lu-chapters ol li")
    assert [li.get_text(" ", strip=True) for li in chapters] == [
        "0:00 Velkomst",
        "12:30 Ensomhed i ledelse",
        "1:02:15 Spørgsmål fra salen",
    ]
    assert [li.time["datetime"] for li in chapters] == ["PT0S", "PT12M30S", "PT1H2M15S"]
    assert all(li.a is None for li in chapters)


def test_chapters_of_an_uploaded_file_link_media_fragments(client, uploaded_video):
    link = soup_of(client.get(uploaded_video.url)).select_one(".lu-chapters li a")
    assert link["href"] == f"{uploaded_video.media_file.url}#t=125"
    assert link.get_text(" ", strip=True) == "2:05 Første samtale"


def test_chapter_times_and_durations():
    assert seconds_of("12:30") == 750
    assert seconds_of("1:02:15") == 3735
    assert iso_duration(45) == "PT45M"
    assert iso_duration(90) == "PT1H30M"
    assert iso_duration(120) == "PT2H"
    assert iso_duration(None) is None


# Structured data


def test_video_structured_data(client, recording, programme):
    event = make_event(programme, title="Hvem leder lederen?", start=days_ahead(-300))
    recording.event = event
    recording.save_revision().publish()
    data = structured_data(client.get(recording.url))
    assert data["@type"] == "VideoObject"
    assert data["name"] == "Hvem leder lederen?"
    assert data["description"] == "Et foredrag om lederes trivsel og sparring."
    assert data["duration"] == "PT45M"
    assert data["inLanguage"] == "da"
    assert data["embedUrl"] == (
        "https://www.youtube-nocookie.com/embed/LUtestVid01?feature=oembed"
    )
    recording.refresh_from_db()
    published = to_local(recording.first_published_at).date().isoformat()
    assert data["uploadDate"] == data["datePublished"] == published
    assert data["dateCreated"] == "2025"
    assert data["transcript"].startswith("Velkommen til dette foredrag")
    assert [p["name"] for p in data["contributor"]] == [
        "Sofie Lindberg Nielsen",
        "Jesper Kronborg",
    ]
    assert data["recordedAt"]["@type"] == "Event"
    assert data["recordedAt"]["url"] == event.full_url
    assert [clip["startOffset"] for clip in data["hasPart"]] == [0, 750, 3735]
    assert "contentUrl" not in data


def test_audio_structured_data(client, media_index):
    page = make_recording(
        media_index,
        media_kind="audio",
        media_file=make_document("afsnit-1.mp3"),
        duration_minutes=90,
    )
    data = structured_data(client.get(page.url))
    assert data["@type"] == "AudioObject"
    assert data["duration"] == "PT1H30M"
    assert data["contentUrl"] == "http://testserver" + page.media_file.url
    assert "embedUrl" not in data
    assert "transcript" not in data


# The event page and its recordings


def test_event_and_recording_link_to_each_other(client, programme, recording):
    event = make_event(programme, title="Hvem leder lederen?", start=days_ahead(-300))
    recording.event = event
    recording.save_revision().publish()
    recording_soup = soup_of(client.get(recording.url))
    assert recording_soup.select_one(".lu-recording__event a")["href"] == event.url
    event_soup = soup_of(client.get(event.url))
    links = event_soup.select(".lu-event__recordings a")
    assert [a["href"] for a in links] == [recording.url]
    assert event_soup.select_one("#lu-recordings-title").get_text() == "Recording"
    assert_headings_in_order(client.get(event.url))


def test_event_without_live_recordings_has_no_section(client, programme, media_index):
    event = make_event(programme, start=days_ahead(-300))
    make_recording(media_index, event=event, publish=False)
    assert soup_of(client.get(event.url)).select_one(".lu-event__recordings") is None


def test_recording_of_an_unpublished_event_does_not_link_it(
    client, programme, recording
):
    event = make_event(programme, start=days_ahead(-300), publish=False)
    recording.event = event
    recording.save_revision().publish()
    assert soup_of(client.get(recording.url)).select_one(".lu-recording__event") is None


def test_event_page_with_recordings_stays_bounded(
    client, programme, media_index, django_assert_max_num_queries
):
    event = make_event(programme, start=days_ahead(-300))
    make_recording(media_index, title="Optagelse 0", event=event)
    client.get(event.url)
    with_one = count_queries(client, event.url)
    for number in range(1, 5):
        make_recording(media_index, title=f"Optagelse {number}", event=event)
    with django_assert_max_num_queries(with_one):
        response = client.get(event.url)
    assert len(soup_of(response).select(".lu-event__recordings li")) == 5
    assert with_one <= 15


# Validation


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({}, "embed_url", "Give an embed address or upload a file."),
        (
            {"embed_url": YOUTUBE_URL, "media_file": True},
            "embed_url",
            "Give either an embed address or an uploaded file, not both.",
        ),
        (
            {"embed_url": YOUTUBE_URL, "captions": True},
            "captions",
            "Captions go with an uploaded video file.",
        ),
    ],
)
def test_validation(media_index, fields, field, message):
    values = {
        key: make_document(f"{key}.mp4") if value is True else value
        for key, value in fields.items()
    }
    page = VideoPage(title="Optagelse", slug="optagelse", **values)
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth"])
    assert error.value.message_dict[field] == [message]


def test_valid_with_a_file_and_captions(media_index):
    page = VideoPage(
        title="Optagelse",
        slug="optagelse",
        media_file=make_document("optagelse.mp4"),
        captions=make_document("optagelse.vtt"),
    )
    page.full_clean(exclude=["path", "depth"])


class MediaPageRulesTests(WagtailPageTestCase):
    def test_recordings_live_only_in_a_video_index(self):
        self.assertAllowedParentPageTypes(VideoPage, {VideoIndexPage})
        self.assertCanCreateAt(VideoIndexPage, VideoPage)
        self.assertCanNotCreateAt(Page, VideoPage)
        self.assertCanNotCreateAt(EventIndexPage, VideoPage)

    def test_index_holds_only_recordings_and_recordings_hold_nothing(self):
        self.assertAllowedSubpageTypes(VideoIndexPage, {VideoPage})
        self.assertAllowedSubpageTypes(VideoPage, set())
        self.assertCanCreateAt(Page, VideoIndexPage)

    def test_both_page_types_render(self):
        cache_embed(YOUTUBE_URL, YOUTUBE_HTML)
        index = make_media_index()
        page = make_recording(index)
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(page, query_data={"show": "1"})


# Editing and previewing


def recording_form(**overrides):
    data = {
        "title": "Ny optagelse",
        "slug": "ny-optagelse",
        "media_kind": "video",
        "year": "2025",
        "duration_minutes": "30",
        "intro": "",
        "embed_url": YOUTUBE_URL,
        "speakers": inline_formset([]),
        "chapters": streamfield([]),
        "transcript": "Et ord fra forhåndsvisningen.",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_preview_of_an_unsaved_recording_in_both_modes(
    admin_client, media_index, youtube_embed
):
    person = make_person("Karen Thygesen")
    data = recording_form(
        speakers=inline_formset([{"person": person.pk}]),
        chapters=streamfield([("chapter", {"start": "1:30", "title": "Indledning"})]),
    )
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("wagtail_ledelsesugen", "videopage", media_index.pk),
    )
    assert admin_client.post(url, data).json()["is_valid"] is True
    first = soup_of(admin_client.get(url))
    assert "Karen Thygesen" in first.get_text()
    assert "Indledning" in first.select_one(".lu-chapters").get_text()
    assert first.find("iframe") is None
    shown = soup_of(admin_client.get(url + "?mode=player"))
    assert shown.select_one("#lu-player iframe")["src"].startswith(
        "https://www.youtube-nocookie.com/embed/"
    )


def test_editor_publishes_a_recording(admin_client, media_index):
    url = reverse(
        "wagtailadmin_pages:add",
        args=("wagtail_ledelsesugen", "videopage", media_index.pk),
    )
    response = admin_client.post(url, recording_form(**{"action-publish": "publish"}))
    assert response.status_code == 302
    page = VideoPage.objects.get(slug="ny-optagelse")
    assert page.live
    assert page.year == 2025


def test_editor_sees_the_message_for_a_recording_without_media(
    admin_client, media_index
):
    url = reverse(
        "wagtailadmin_pages:add",
        args=("wagtail_ledelsesugen", "videopage", media_index.pk),
    )
    response = admin_client.post(url, recording_form(embed_url=""))
    assert response.status_code == 200
    assert "Give an embed address or upload a file." in response.content.decode()


# The index


def test_index_lists_live_children_newest_year_first(client, media_index):
    make_recording(media_index, title="Uden år")
    make_recording(media_index, title="Fra 2024", year=2024)
    make_recording(media_index, title="Fra 2025", year=2025)
    make_recording(media_index, title="Kladde", year=2025, publish=False)
    other = make_media_index(title="Andre optagelser", slug="andre")
    make_recording(other, title="Et andet sted")
    response = client.get(media_index.url)
    assert response.status_code == 200
    assert card_titles(response) == ["Fra 2025", "Fra 2024", "Uden år"]
    assert_headings_in_order(response)


def test_card_shows_kind_year_duration_and_speakers(client, media_index):
    make_recording(
        media_index,
        title="Podcast om rekruttering",
        media_kind="audio",
        year=2024,
        duration_minutes=32,
        speakers=[make_person("Helle Kjær Bundgaard"), make_person("Jonas Friis")],
    )
    card = soup_of(client.get(media_index.url)).select_one(".lu-media-card")
    facts = {
        div.dt.get_text(strip=True): div.dd.get_text(" ", strip=True)
        for div in card.select(".lu-facts > div")
    }
    assert facts == {
        "Kind": "Audio",
        "Year": "2024",
        "Duration": "32 minutes",
        "Speakers": "Helle Kjær Bundgaard, Jonas Friis",
    }


def test_empty_index_says_so(client, media_index):
    assert b"There are no recordings yet." in client.get(media_index.url).content


@pytest.fixture
def varied(media_index):
    """Four recordings that differ in every filterable way."""
    trivsel = make_theme("Ledertrivsel")
    ai = make_theme("AI og digitalisering")
    kronborg = make_person("Jesper Kronborg")
    winther = make_person("Signe Winther")
    return {
        "talk": make_recording(
            media_index,
            title="Forskeroplæg om trivsel",
            year=2025,
            themes=[trivsel],
            speakers=[kronborg],
            transcript="Sparring mellem ledere gør en forskel for trivslen.",
        ),
        "webinar": make_recording(
            media_index,
            title="Webinar om sprogmodeller",
            year=2024,
            themes=[ai],
            speakers=[winther, kronborg],
            transcript="Algoritmen skal kunne forklares for borgeren.",
        ),
        "podcast": make_recording(
            media_index,
            title="Podcast om kunstig intelligens",
            media_kind="audio",
            year=2025,
            themes=[ai, trivsel],
            speakers=[winther],
        ),
        "interview": make_recording(
            media_index, title="Kort interview", media_kind="audio", year=2023
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=video", {"talk", "webinar"}),
        ("kind=audio", {"podcast", "interview"}),
        ("theme=ledertrivsel", {"talk", "podcast"}),
        ("theme=ai-og-digitalisering", {"webinar", "podcast"}),
        ("year=2025", {"talk", "podcast"}),
        ("year=2023", {"interview"}),
        ("speaker=jesper-kronborg", {"talk", "webinar"}),
        ("speaker=signe-winther", {"webinar", "podcast"}),
        ("q=podcast", {"podcast"}),
        ("q=algoritmen", {"webinar"}),
        ("q=Kronborg", {"talk", "webinar"}),
    ],
)
def test_each_filter_alone(client, media_index, varied, query, expected):
    response = client.get(f"{media_index.url}?{query}")
    assert response.status_code == 200
    assert set(card_titles(response)) == {varied[key].title for key in expected}
    assert error_messages(response) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=audio&theme=ai-og-digitalisering", {"podcast"}),
        ("kind=video&year=2025", {"talk"}),
        ("speaker=jesper-kronborg&year=2024", {"webinar"}),
        ("theme=ledertrivsel&speaker=signe-winther&kind=audio", {"podcast"}),
        ("q=om&kind=video&theme=ledertrivsel", {"talk"}),
        ("kind=video&year=2023", set()),
    ],
)
def test_filters_combine(client, media_index, varied, query, expected):
    response = client.get(f"{media_index.url}?{query}")
    assert set(card_titles(response)) == {varied[key].title for key in expected}


def test_no_match_says_so(client, media_index, varied):
    response = client.get(f"{media_index.url}?kind=video&year=2023")
    assert b"No recordings match your filters." in response.content


def test_a_recording_with_two_matching_themes_is_listed_once(
    client, media_index, varied
):
    response = client.get(f"{media_index.url}?speaker=signe-winther&q=om")
    assert sorted(card_titles(response)) == [
        "Podcast om kunstig intelligens",
        "Webinar om sprogmodeller",
    ]


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("kind=film", "kind", "“film” is not a kind of recording"),
        ("theme=findes-ikke", "theme", "There is no theme “findes-ikke” among"),
        ("year=1999", "year", "There are no recordings from “1999”"),
        ("year=tyve", "year", "There are no recordings from “tyve”"),
        ("speaker=ingen", "speaker", "There is no speaker “ingen” among"),
        ("q=" + "x" * 201, "q", "Search for at most 200 characters"),
    ],
)
def test_bad_filter_values_are_explained_and_ignored(
    client, media_index, varied, query, field, message
):
    response = client.get(f"{media_index.url}?{query}")
    assert response.status_code == 200
    assert len(error_messages(response)) == 1
    assert error_messages(response)[0].startswith(message)
    assert soup_of(response).select_one(".lu-error-summary a")["href"] == f"#id_{field}"
    assert len(card_titles(response)) == 4


def test_a_bad_filter_does_not_undo_the_good_ones(client, media_index, varied):
    response = client.get(f"{media_index.url}?kind=film&year=2023")
    assert card_titles(response) == ["Kort interview"]


def test_filter_choices_come_from_the_recordings(client, media_index, varied):
    make_theme("Tema uden optagelser")
    make_person("Person uden optagelser")
    make_recording(media_index, title="Kladde", year=2019, publish=False)
    soup = soup_of(client.get(media_index.url))

    def values(field):
        return [option["value"] for option in soup.select(f"#id_{field} option")]

    assert values("kind") == ["", "video", "audio"]
    assert values("theme") == ["", "ai-og-digitalisering", "ledertrivsel"]
    assert values("year") == ["", "2025", "2024", "2023"]
    assert values("speaker") == ["", "jesper-kronborg", "signe-winther"]


def test_filter_values_are_kept_in_the_form(client, media_index, varied):
    soup = soup_of(client.get(f"{media_index.url}?year=2024&q=webinar"))
    assert soup.select_one("#id_year option[selected]")["value"] == "2024"
    assert soup.select_one("#id_q")["value"] == "webinar"


def test_search_finds_a_recording_by_a_word_in_its_transcript(media_index, varied):
    results = VideoPage.objects.live().search("sparring")
    assert [page.title for page in results] == ["Forskeroplæg om trivsel"]


class TestPagination:
    @pytest.fixture(autouse=True)
    def small_pages(self, settings):
        settings.WAGTAIL_LEDELSESUGEN = {"LISTING_PAGE_SIZE": 2}

    @pytest.fixture
    def five(self, media_index):
        return [
            make_recording(media_index, title=f"Optagelse nr. {n}", year=2020 + n)
            for n in range(5, 0, -1)
        ]

    def test_pages_follow_each_other(self, client, media_index, five):
        first = client.get(media_index.url)
        assert card_titles(first) == ["Optagelse nr. 5", "Optagelse nr. 4"]
        assert soup_of(first).select_one("a[rel=next]")["href"] == "?page=2"
        third = client.get(media_index.url + "?page=3")
        assert card_titles(third) == ["Optagelse nr. 1"]
        assert soup_of(third).select_one("a[rel=next]") is None
        assert soup_of(third).select_one("a[rel=prev]")["href"] == "?page=2"

    def test_pagination_keeps_the_filters(self, client, media_index, five):
        soup = soup_of(client.get(media_index.url + "?kind=video"))
        assert soup.select_one("a[rel=next]")["href"] == "?kind=video&page=2"

    @pytest.mark.parametrize("page", ["4", "999", "0", "-1", "abc"])
    def test_page_out_of_range_is_a_normal_page_with_a_message(
        self, client, media_index, five, page
    ):
        response = client.get(f"{media_index.url}?page={page}")
        assert response.status_code == 200
        assert card_titles(response) == []
        assert f"There is no page “{page}” in this list. It has 3 pages.".encode() in (
            response.content
        )


# Query counts


def add_recordings(index, count, themes, people):
    for n in range(count):
        make_recording(
            index,
            title=f"Optagelse {n}",
            year=2020 + n % 5,
            media_kind="audio" if n % 4 == 0 else "video",
            duration_minutes=10 + n,
            themes=themes[: 1 + n % 3],
            speakers=people[: 1 + n % 2],
        )


@pytest.fixture
def taxonomy(db):
    return (
        [make_theme(f"Tema {n}") for n in range(3)],
        [make_person(f"Person nr. {n}") for n in range(3)],
    )


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "query", ["", "?kind=video&theme=tema-1&speaker=person-nr-0&year=2021&q=Optagelse"]
)
def test_index_query_count_does_not_grow_with_recordings(
    client, media_index, taxonomy, settings, query
):
    settings.WAGTAIL_LEDELSESUGEN = {"LISTING_PAGE_SIZE": 200}
    add_recordings(media_index, 3, *taxonomy)
    client.get(media_index.url)  # Wagtail caches the site's root paths.
    with_three = count_queries(client, media_index.url + query)
    add_recordings(media_index, 12, *taxonomy)
    assert count_queries(client, media_index.url + query) == with_three
    assert with_three <= 15


def test_video_page_query_count_is_bounded(
    client, programme, recording, django_assert_max_num_queries
):
    recording.event = make_event(programme, start=days_ahead(-300))
    recording.save_revision().publish()
    client.get(recording.url)
    with django_assert_max_num_queries(14):
        assert client.get(recording.url).status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get(recording.url + "?show=1").status_code == 200


# Demo content


def run_media_demo():
    """Build the demo, video and audio included, as the command does."""
    builder = DemoBuilder(Site.objects.get(is_default_site=True), Tally())
    builder.build()
    return builder, VideoIndexPage.objects.get()


@pytest.mark.django_db
@pytest.mark.demo
def test_demo_builds_video_and_audio_linked_to_past_events(client):
    from wagtail_ledelsesugen.models import LeadershipWeekPage
    from wagtail_ledelsesugen.models.landing import default_year

    _builder, index = run_media_demo()
    assert index.title == "Video og lyd"
    recordings = VideoPage.objects.child_of(index).live()
    assert recordings.filter(media_kind="video").count() >= 8
    assert recordings.filter(media_kind="audio").count() >= 3
    assert all(page.embed_url for page in recordings)
    assert recordings.exclude(transcript="").count() >= 3
    assert recordings.exclude(chapters=[]).exists()
    past_week = LeadershipWeekPage.objects.get(year=default_year() - 1)
    past_events = EventPage.objects.descendant_of(past_week)
    assert 3 <= past_events.count() <= 4
    assert all(event.is_past for event in past_events)
    linked = recordings.filter(event__in=past_events)
    assert linked.count() >= 3
    for page in recordings:
        assert Embed.objects.filter(hash=get_embed_hash(page.embed_url)).exists()
    response = client.get(index.url)
    assert response.status_code == 200
    assert len(card_titles(response)) == min(recordings.count(), 20)
    for page in linked:
        shown = client.get(page.url + "?show=1")
        assert (
            soup_of(shown)
            .select_one("iframe")["src"]
            .startswith(
                ("https://www.youtube-nocookie.com/", "https://player.vimeo.com/")
            )
        )
        assert page.url in {
            a["href"] for a in soup_of(client.get(page.event.url)).select("a")
        }
    for page in recordings:
        page.full_clean()


@pytest.mark.django_db
@pytest.mark.demo
def test_demo_is_idempotent():
    run_media_demo()
    counts = (Page.objects.count(), MediaSpeaker.objects.count(), Embed.objects.count())
    builder, _index = run_media_demo()
    assert (
        Page.objects.count(),
        MediaSpeaker.objects.count(),
        Embed.objects.count(),
    ) == counts
    assert all(c["created"] == 0 for c in builder.tally.counts.values())
