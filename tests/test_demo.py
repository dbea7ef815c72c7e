"""The ``ledelsesugen_demo`` management command, in Danish and in English.

The demo is built once for the module (half a minute, most of it making the
English versions) in a transaction rolled back at the end. Each test runs in
its own transaction; tests that run the command again find that content.
"""

import copy
import datetime
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)

from wagtail_ledelsesugen.choices import Audience, EventFormat, EventMode, Region
from wagtail_ledelsesugen.demo import events as demo_content
from wagtail_ledelsesugen.models import (
    ArticleIndexPage,
    ArticlePage,
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventSignupQuestion,
    EventSpeaker,
    FeaturedItem,
    LeadershipWeekPage,
    LeadershipWeekSettings,
    Organisation,
    Person,
    Signup,
    StartkitIndexPage,
    StartkitPage,
    Theme,
    VideoIndexPage,
    VideoPage,
)
from wagtail_ledelsesugen.models.landing import default_year

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

# Wagtail's pages as the example site serves them: Danish at /, English at /en/.
urlpatterns = [path("documents/", include(wagtaildocs_urls))] + i18n_patterns(
    path("", include(wagtail_urls)), prefix_default_language=False
)


def run_demo(*args):
    """Run the command and return what it printed."""
    out = io.StringIO()
    call_command("ledelsesugen_demo", *args, stdout=out)
    return out.getvalue()


def object_counts():
    models = [
        Page,
        Theme,
        Organisation,
        Person,
        EventSpeaker,
        EventOrganiser,
        FeaturedItem,
        LeadershipWeekSettings,
        Signup,
        EventSignupQuestion,
        Locale,
        Translation,
        StringTranslation,
    ]
    return {model.__name__: model.objects.count() for model in models}


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    """What the first run printed; what it made stays for the module's tests."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield run_demo()
        transaction.set_rollback(True)


@pytest.fixture
def danish_locale(demo_output):
    return Locale.objects.get(language_code="da")


@pytest.fixture
def english_locale(demo_output):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def week(danish_locale):
    return LeadershipWeekPage.objects.get(year=default_year(), locale=danish_locale)


@pytest.fixture
def events(week):
    return list(EventPage.objects.live().descendant_of(week))


def test_builds_the_coming_week_with_a_programme(week, events):
    programme = EventIndexPage.objects.child_of(week).get()

    assert week.year == default_year()
    assert week.week == 44
    assert week.live and week.show_in_menus
    assert programme.live and programme.title == "Program"
    assert len(events) >= 25
    assert all(event.get_parent().pk == programme.pk for event in events)
    assert [page for _item, page in week.get_featured()]


def test_the_week_after_week_44_gives_next_years_dates(demo_output, monkeypatch):
    monkeypatch.setattr(
        "wagtail_ledelsesugen.models.landing.local_today",
        lambda: datetime.date(2026, 11, 27),
    )
    run_demo()

    week = LeadershipWeekPage.objects.get(year=2027, locale__language_code="da")
    days = {event.local_start.date() for event in EventPage.objects.descendant_of(week)}
    assert (week.year, week.slug) == (2027, "ledelsesugen-2027")
    assert min(days) == datetime.date(2027, 11, 1)
    assert max(days) == datetime.date(2027, 11, 5)


def test_events_cover_every_format_mode_region_audience_and_theme(
    events, danish_locale
):
    audience = {value for event in events for value in event.audience}
    themes_used = {theme.pk for event in events for theme in event.themes.all()}

    assert {event.format for event in events} == set(EventFormat.values)
    assert {event.mode for event in events} == set(EventMode.values)
    assert {event.region for event in events} - {""} == set(Region.values)
    assert audience == set(Audience.values)
    danish_themes = Theme.objects.filter(locale=danish_locale)
    assert themes_used == set(danish_themes.values_list("pk", flat=True))
    assert danish_themes.count() >= 8


def test_events_fall_on_all_five_working_days(week, events):
    assert {event.local_start.date() for event in events} == set(week.days)
    assert any(event.is_multi_day for event in events)
    assert all(
        week.first_day <= event.local_end.date() <= week.last_day for event in events
    )


def test_events_vary_in_price_signup_organisers_and_content(events):
    organiser_counts = {len(event.organisers) for event in events}
    block_types = {block.block_type for event in events for block in event.body}

    assert {event.capacity is None for event in events} == {True, False}
    assert any(event.signup_deadline for event in events)
    assert any(event.external_signup_url for event in events)
    assert sum(event.price == "Gratis" for event in events) > len(events) / 2
    assert any(event.price.startswith("1.200 kr.") for event in events)
    assert organiser_counts == {1, 2}
    assert any(link.role for event in events for link in event.speaker_links)
    assert any(event.subtitle for event in events)
    assert any(event.title.endswith("?") for event in events)
    assert all(event.intro for event in events)
    assert {"paragraph", "agenda"} <= block_types


def test_agenda_speakers_are_people(events):
    agendas = [
        block.value
        for event in events
        for block in event.body
        if block.block_type == "agenda"
    ]
    speakers = [
        person
        for agenda in agendas
        for row in agenda["items"]
        for person in row["speakers"]
    ]

    assert speakers
    assert all(isinstance(person, Person) for person in speakers)


def test_every_event_passes_full_clean(events):
    for event in events:
        event.full_clean()


def test_times_are_local_and_sensible(events):
    for event in events:
        assert event.local_start.tzinfo is not None
        assert 8 <= event.local_start.hour <= 16
        assert event.local_end > event.local_start


def test_fills_in_the_site_settings(week):
    programme = EventIndexPage.objects.child_of(week).get()
    settings = LeadershipWeekSettings.objects.get()

    assert settings.contact_email == "ledelsesugen@example.dk"
    assert settings.linkedin_url.startswith("https://www.linkedin.com/")
    assert settings.default_programme_page_id == programme.pk


def test_snippets_are_realistic(week):
    assert Organisation.objects.count() >= 12
    assert Person.objects.count() >= 15
    assert {org.sector for org in Organisation.objects.all()} >= {
        "municipality",
        "region",
        "state",
        "other",
    }
    assert all(person.job_title and person.bio for person in Person.objects.all())


def test_the_first_run_creates_danish_and_english_content(demo_output):
    created = dict(re.findall(r"  (.+): (\d+) created", demo_output))

    assert int(created["events"]) >= 25
    assert created["events in English"] == created["events"]
    assert created["themes in English"] == created["themes"]
    assert created["locales"] == "1"


def test_running_twice_creates_nothing_new(demo_output):
    counts = object_counts()

    output = run_demo()

    assert object_counts() == counts
    assert set(re.findall(r"(\d+) created", output)) == {"0"}
    assert "events in English: 0 created" in output
    assert "site settings: already filled in" in output


def test_keeps_an_editors_changes(week):
    event = EventPage.objects.descendant_of(week).first()
    event.title = "Ændret af en redaktør"
    event.save_revision().publish()

    run_demo()

    event.refresh_from_db()
    assert event.title == "Ændret af en redaktør"


def test_prints_the_addresses_of_the_landing_page_and_programme(demo_output):
    year = default_year()
    assert f"http://127.0.0.1:8000/ledelsesugen-{year}/\n" in demo_output
    assert f"http://127.0.0.1:8000/ledelsesugen-{year}/program/\n" in demo_output
    # The test project serves both languages at the same paths, without /en/.
    assert (
        f"Landing page in English: http://127.0.0.1:8000/leadership-week-{year}/\n"
        in demo_output
    )
    assert f"/leadership-week-{year}/programme/\n" in demo_output


def test_without_with_admin_creates_no_user(demo_output):
    output = run_demo()

    assert not get_user_model().objects.exists()
    assert "admin/" not in output


def test_with_admin_creates_the_superuser_once_and_prints_the_login(demo_output):
    first = run_demo("--with-admin")
    second = run_demo("--with-admin")

    user = get_user_model().objects.get()
    assert user.username == "admin" and user.is_superuser
    assert user.check_password("ledelsesugen")
    assert "http://127.0.0.1:8000/admin/" in first
    assert "'admin'" in first and "'ledelsesugen'" in first
    assert "already exists" in second


def test_with_admin_leaves_an_existing_admin_alone(demo_output, django_user_model):
    django_user_model.objects.create_user("admin", password="hemmeligt")

    output = run_demo("--with-admin")

    user = django_user_model.objects.get()
    assert user.check_password("hemmeligt") and not user.is_superuser
    assert "password" not in output


def test_events_with_seats_take_signups_and_one_is_fully_booked(events):
    on_page = [event for event in events if event.signup_form_enabled]
    assert on_page
    for event in on_page:
        assert event.capacity and not event.external_signup_url
        assert event.signup_questions.count() == len(demo_content.SIGNUP_QUESTIONS)
    full = next(event for event in events if event.slug == demo_content.FULL_EVENT)
    assert full.signup_state() == "waitlist"
    assert full.signup_counts() == {"confirmed": full.capacity, "waitlisted": 2}


def test_the_sections_are_in_the_home_pages_menu(week):
    menu = [page.title for page in week.get_parent().get_children().in_menu()]
    assert menu == [
        week.title,
        "Startkits",
        "Debat og artikler",
        "Video og lyd",
    ]


# The English versions


def in_english(obj, english_locale):
    """The English version of ``obj``, which must exist."""
    return obj.get_translation(english_locale)


def demo_pages(locale):
    """The locale's pages below the site's home page, as their specific types."""
    return Page.objects.filter(locale=locale, depth__gt=2).specific()


def test_every_danish_page_has_a_live_english_version(danish_locale, english_locale):
    danish = Page.objects.filter(locale=danish_locale, depth__gt=1)
    english = Page.objects.live().filter(locale=english_locale)

    assert danish.count() > 70
    assert set(danish.values_list("translation_key", flat=True)) == set(
        english.values_list("translation_key", flat=True)
    )


def test_every_page_has_an_english_title_and_slug(danish_locale, english_locale):
    for page in demo_pages(danish_locale):
        english = in_english(page, english_locale)
        assert english.title != page.title, page.title
        assert english.slug != page.slug, page.slug
        for field in ("intro", "lead"):
            if getattr(page, field, ""):
                assert getattr(english, field) != getattr(page, field), page.title


def test_the_english_pages_are_wagtail_localize_translations(week, english_locale):
    source = TranslationSource.objects.get_for_instance(week)
    translation = Translation.objects.get(source=source, target_locale=english_locale)
    title = StringTranslation.objects.get(
        locale=english_locale,
        context__object=source.object,
        context__path="title",
    )

    assert translation.enabled
    assert title.data == f"Leadership Week {week.year}"
    assert title.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL
    pages = Page.objects.filter(locale=english_locale).count()
    snippets = sum(
        model.objects.filter(locale=english_locale).count()
        for model in (Theme, Organisation, Person)
    )
    assert Translation.objects.filter(target_locale=english_locale).count() == (
        pages + snippets
    )
    assert not StringTranslation.objects.filter(has_error=True).exists()


def test_an_english_event(events, english_locale):
    danish = next(
        event for event in events if event.slug == demo_content.EVENTS[0].slug
    )
    event = in_english(danish, english_locale)
    paragraphs = [
        block.value.source for block in event.body if block.block_type == "paragraph"
    ]
    agenda = next(block.value for block in event.body if block.block_type == "agenda")

    assert event.live
    assert event.title == "What will public leadership take in 2030?"
    assert event.slug == "what-will-public-leadership-take-in-2030"
    assert event.subtitle == "Leadership Week's opening conference"
    assert event.intro.startswith("Leadership Week opens with a day on")
    assert event.price == "Free"
    # The first paragraph is English; the rest fall back to the Danish.
    assert paragraphs[0].startswith("<p>Fewer hands, more older citizens")
    assert paragraphs[1].startswith("<p>På åbningskonferencen")
    assert agenda["heading"] == "Programme"
    assert agenda["items"][0]["item"] == "Morning coffee and registration"
    assert {
        row["speakers"][0].locale for row in agenda["items"] if row["speakers"]
    } == {english_locale}
    assert [link.role for link in event.speaker_links][0] == "Host"
    assert {link.person.locale for link in event.speaker_links} == {english_locale}
    assert event.get_parent().specific.title == "Programme"


def test_english_signup_questions_share_the_seats(events, english_locale):
    danish = next(event for event in events if event.slug == demo_content.FULL_EVENT)
    event = in_english(danish, english_locale)
    questions = list(event.signup_questions.all())

    assert questions[0].label == "Which sector do you work in?"
    assert questions[0].clean_name == danish.signup_questions.first().clean_name
    assert event.signup_state() == "waitlist"


def test_links_to_pages_lead_to_english_pages(week, english_locale):
    english_week = in_english(week, english_locale)
    article = in_english(
        ArticlePage.objects.get(slug="rekordmange-arrangementer-i-aarets-ledelsesuge"),
        english_locale,
    )
    call_to_action = next(
        block.value for block in article.body if block.block_type == "call_to_action"
    )
    recording = in_english(
        VideoPage.objects.get(slug="jesper-kronborg-om-ledelsesrum"), english_locale
    )

    featured = [page for _item, page in english_week.get_featured()]
    assert len(featured) == len(demo_content.FEATURED)
    assert {page.locale for page in featured} == {english_locale}
    assert featured[0].title == "What will public leadership take in 2030?"
    assert english_week.featured_items.first().heading == (
        "The opening conference on Monday"
    )
    assert call_to_action["page"].specific.title == "Programme"
    assert call_to_action["button_label"] == "See the programme"
    assert recording.event.locale == english_locale
    assert recording.event.title == "Trust in practice – what do we do now?"


def test_snippets_have_english_versions(danish_locale, english_locale):
    for model in (Theme, Organisation, Person):
        danish = model.objects.filter(locale=danish_locale)
        english = model.objects.filter(locale=english_locale)
        assert danish.count() == english.count() > 8
    danish = {"locale": danish_locale}
    theme = in_english(Theme.objects.get(slug="ledertrivsel", **danish), english_locale)
    capital = Organisation.objects.get(slug="region-hovedstaden", **danish)
    aarhus = Organisation.objects.get(slug="aarhus-kommune", **danish)
    person = Person.objects.get(slug="mette-skov-andersen", **danish)
    person = in_english(person, english_locale)

    assert (theme.name, theme.slug) == ("Leader wellbeing", "leader-wellbeing")
    assert in_english(capital, english_locale).name == "Capital Region of Denmark"
    assert in_english(aarhus, english_locale).name == "Aarhus Kommune"
    assert person.name == "Mette Skov Andersen"
    assert person.job_title == "Chief Consultant"
    assert person.organisation.name == "KL – Local Government Denmark"


def test_the_english_home_page_lists_the_english_sections(week, english_locale):
    home = in_english(week.get_parent(), english_locale)
    menu = [page.title for page in home.get_children().live().in_menu()]

    assert menu == [
        f"Leadership Week {week.year}",
        "Starter kits",
        "Debate and articles",
        "Video and audio",
    ]


def test_keeps_an_editors_english_changes(week, english_locale):
    event = in_english(EventPage.objects.descendant_of(week).first(), english_locale)
    event.title = "Changed by an editor"
    event.save_revision().publish()

    output = run_demo()

    event.refresh_from_db()
    assert event.title == "Changed by an editor"
    assert "events in English: 0 created" in output


def test_without_english_as_a_content_language_it_says_so(demo_output, settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = [("da", "Dansk")]

    output = run_demo()

    assert "No English versions: 'en' is not in WAGTAIL_CONTENT_LANGUAGES." in output
    assert "in English" not in output


# The pages as the example site serves them


@pytest.fixture
def html_lang(settings):
    """Gives templates LANGUAGE_CODE, which the base template puts in <html lang>."""
    templates = copy.deepcopy(settings.TEMPLATES)
    processors = templates[0]["OPTIONS"]["context_processors"]
    processors.append("django.template.context_processors.i18n")
    settings.TEMPLATES = templates


def one_of_each(week):
    """A landing page, its programme, an event, a startkit, an article and a video."""
    return [
        week,
        EventIndexPage.objects.child_of(week).get(),
        EventPage.objects.descendant_of(week).first(),
        StartkitPage.objects.filter(locale=week.locale).first(),
        ArticlePage.objects.filter(locale=week.locale).first(),
        VideoPage.objects.filter(locale=week.locale).first(),
    ]


def fetch(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.html["lang"], soup.h1.get_text(strip=True)


@pytest.mark.urls(__name__)
def test_english_pages_answer_at_en_in_english(client, week, english_locale, html_lang):
    for danish in one_of_each(week):
        page = in_english(danish, english_locale)
        assert page.url.startswith("/en/"), page.url
        assert fetch(client, page) == ("en", page.title)


@pytest.mark.urls(__name__)
def test_danish_pages_still_answer_in_danish(client, week, html_lang):
    for page in one_of_each(week):
        assert not page.url.startswith("/en/"), page.url
        assert fetch(client, page) == ("da", page.title)


@pytest.mark.urls(__name__)
def test_the_section_indexes_answer_in_both_languages(
    client, danish_locale, english_locale, html_lang
):
    for model in (StartkitIndexPage, ArticleIndexPage, VideoIndexPage):
        danish = model.objects.get(locale=danish_locale)
        english = in_english(danish, english_locale)
        assert fetch(client, danish) == ("da", danish.title)
        assert fetch(client, english) == ("en", english.title)


def test_address_points_the_site_and_its_email_links_at_the_server(events):
    output = run_demo("--address", "localhost:8123")

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 8123)
    cancel_url = events[0].get_signup_cancel_url("token")
    assert cancel_url.startswith("http://localhost:8123/ledelsesugen-")
    assert f"http://localhost:8123/ledelsesugen-{default_year()}/\n" in output


def test_a_malformed_address_is_refused(demo_output):
    with pytest.raises(CommandError, match="host:port"):
        run_demo("--address", "localhost")
