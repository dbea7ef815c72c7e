"""Builders for test data: each takes overrides for any field."""

import datetime
import itertools
from zoneinfo import ZoneInfo

from wagtail.models import Locale, Page

from wagtail_ledelsesugen.models import (
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventSpeaker,
    LeadershipWeekPage,
    Organisation,
    Person,
    Theme,
)

CPH = ZoneInfo("Europe/Copenhagen")
_counter = itertools.count(1)


def local(*args):
    """An aware datetime in Copenhagen time: local(2026, 10, 27, 9, 0)."""
    return datetime.datetime(*args, tzinfo=CPH)


def days_ahead(days, hour=9, minute=0):
    """An aware datetime ``days`` from today at ``hour:minute`` Copenhagen time."""
    day = datetime.datetime.now(CPH).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=CPH)


def root_page():
    return Page.get_first_root_node().get_children().first()


def make_theme(name="Ledertrivsel", slug=None, **kwargs):
    return Theme.objects.create(name=name, slug=slug or _slug(name), **kwargs)


def make_organisation(name="Aarhus Kommune", slug=None, **kwargs):
    kwargs.setdefault("sector", "municipality")
    return Organisation.objects.create(name=name, slug=slug or _slug(name), **kwargs)


def make_person(name="Mette Hansen", slug=None, **kwargs):
    kwargs.setdefault("job_title", "Direktør")
    return Person.objects.create(name=name, slug=slug or _slug(name), **kwargs)


def make_week(parent=None, **kwargs):
    parent = parent or root_page()
    kwargs.setdefault("title", "Ledelsesugen 2026")
    kwargs.setdefault("year", 2026)
    page = LeadershipWeekPage(**kwargs)
    parent.add_child(instance=page)
    return page


def make_programme(parent=None, **kwargs):
    parent = parent or root_page()
    kwargs.setdefault("title", "Program")
    kwargs.setdefault("slug", f"program-{next(_counter)}")
    page = EventIndexPage(**kwargs)
    parent.add_child(instance=page)
    return page


def make_event(
    programme, themes=(), organisers=None, speakers=(), publish=True, **kwargs
):
    """An event under ``programme``; it gets a main organiser unless given some."""
    number = next(_counter)
    kwargs.setdefault("title", f"Arrangement {number}")
    kwargs.setdefault("slug", f"arrangement-{number}")
    kwargs.setdefault("start", days_ahead(30))
    kwargs.setdefault("end", kwargs["start"] + datetime.timedelta(hours=2))
    kwargs.setdefault("format", "talk")
    kwargs.setdefault("mode", "physical")
    kwargs.setdefault("venue_name", "Dokk1")
    kwargs.setdefault("city", "Aarhus")
    kwargs.setdefault("region", "midtjylland")
    if organisers is None:
        organisers = [make_organisation(f"Organisation {number}")]
    event = EventPage(themes=list(themes), **kwargs)
    event.organiser_links = [EventOrganiser(organisation=org) for org in organisers]
    event.speakers = [EventSpeaker(person=person) for person in speakers]
    event.live = publish
    programme.add_child(instance=event)
    return event


def default_locale():
    return Locale.get_default()


def _slug(name):
    from django.utils.text import slugify

    return slugify(name, allow_unicode=True)


def make_signup_event(programme, questions=(), **kwargs):
    """An event taking signups on its page; ``questions``: (label, type, extra)."""
    from wagtail_ledelsesugen.models import EventSignupQuestion

    kwargs.setdefault("signup_form_enabled", True)
    kwargs.setdefault("start", days_ahead(10))
    event = make_event(programme, publish=False, **kwargs)
    event.signup_questions = [
        EventSignupQuestion(label=label, field_type=field_type, **extra)
        for label, field_type, extra in questions
    ]
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def signup_data(page, **overrides):
    """A valid POST for the signup form of ``page``, with a start time that
    passes the check."""
    import time

    from wagtail_ledelsesugen.signup.forms import started_token

    data = {
        "name": "Mette Hansen",
        "email": "mette@example.org",
        "organisation": "Aarhus Kommune",
        "job_title": "Direktør",
        "consent": "on",
        "started": started_token(page, time.time() - 60),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


# Articles, startkits, recordings and their files, as the API tests use them.


def make_image(title="Billede"):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    return get_image_model().objects.create(title=title, file=get_test_image_file())


def make_document(title="Invitation", name="invitation.pdf", content=b"%PDF-1.4\n"):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    return get_document_model().objects.create(
        title=title, file=ContentFile(content, name=name)
    )


def make_article_index(parent=None, **kwargs):
    from wagtail_ledelsesugen.models import ArticleIndexPage

    kwargs.setdefault("title", "Artikler")
    kwargs.setdefault("slug", f"artikler-{next(_counter)}")
    page = ArticleIndexPage(**kwargs)
    (parent or root_page()).add_child(instance=page)
    return page


def make_article(index, authors=(), portrayed=(), themes=(), publish=True, **kwargs):
    """An article under ``index``; ``authors`` and ``portrayed`` are people.

    Saved directly (not from a revision), so search finds its title, lead and
    body but not its byline.
    """
    from wagtail_ledelsesugen.models import ArticleAuthor, ArticlePage, ArticlePortrayed

    number = next(_counter)
    kwargs.setdefault("title", f"Artikel {number}")
    kwargs.setdefault("slug", f"artikel-{number}")
    kwargs.setdefault("lead", "En kort indledning om offentlig ledelse.")
    kwargs.setdefault("publication_date", datetime.date(2026, 10, 1))
    kwargs.setdefault("body", [("paragraph", "<p>Ledelse handler om mennesker.</p>")])
    article = ArticlePage(themes=list(themes), **kwargs)
    article.authors = [ArticleAuthor(person=person) for person in authors]
    article.portrayed = [ArticlePortrayed(person=person) for person in portrayed]
    article.live = publish
    index.add_child(instance=article)
    return article


def make_startkit_index(parent=None, **kwargs):
    from wagtail_ledelsesugen.models import StartkitIndexPage

    kwargs.setdefault("title", "Startkits")
    kwargs.setdefault("slug", f"startkits-{next(_counter)}")
    page = StartkitIndexPage(**kwargs)
    (parent or root_page()).add_child(instance=page)
    return page


def make_startkit(index, themes=(), materials=(), examples=(), publish=True, **kwargs):
    """A startkit under ``index``; ``materials`` are (document, title) pairs and
    ``examples`` (organisation, description, url)."""
    from wagtail_ledelsesugen.models import (
        StartkitExample,
        StartkitMaterial,
        StartkitPage,
    )

    number = next(_counter)
    kwargs.setdefault("title", f"Startkit {number}")
    kwargs.setdefault("slug", f"startkit-{number}")
    kwargs.setdefault("activity", "salon")
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


def make_media_index(parent=None, **kwargs):
    from wagtail_ledelsesugen.models import VideoIndexPage

    kwargs.setdefault("title", "Video og lyd")
    kwargs.setdefault("slug", f"video-og-lyd-{next(_counter)}")
    page = VideoIndexPage(**kwargs)
    (parent or root_page()).add_child(instance=page)
    return page


def make_recording(index, speakers=(), themes=(), publish=True, **kwargs):
    """A recording under ``index``, embedded from YouTube unless given a file."""
    from wagtail_ledelsesugen.models import MediaSpeaker, VideoPage

    number = next(_counter)
    kwargs.setdefault("title", f"Optagelse {number}")
    kwargs.setdefault("slug", f"optagelse-{number}")
    if not kwargs.get("media_file"):
        kwargs.setdefault("embed_url", "https://www.youtube.com/watch?v=LUtestVid01")
    page = VideoPage(themes=list(themes), **kwargs)
    page.speakers = [MediaSpeaker(person=person) for person in speakers]
    page.live = publish
    index.add_child(instance=page)
    return page


def translate_page(page, locale):
    """Publish a translation of ``page`` (and of its ancestors that lack one)."""
    for ancestor in page.get_ancestors()[1:]:
        if not ancestor.has_translation(locale):
            ancestor.specific.copy_for_translation(locale).save_revision().publish()
    translation = page.copy_for_translation(locale)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
