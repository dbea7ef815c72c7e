"""Calendar files (RFC 5545) for events and programmes; RSS and Atom for articles."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext
from icalendar import Calendar, Event
from wagtail.models import Site

from .conf import get_setting
from .structured_data.articles import author_url


def event_uid(event):
    """A UID that stays the same across edits and is shared by translations."""
    return f"{event.translation_key}@wagtail-ledelsesugen"


def event_location(event, join_url=""):
    """The LOCATION text: the address, or the join link for online-only events."""
    if event.is_physical:
        return ", ".join(event.address_lines)
    return join_url or event.online_url


def event_description(event, url, join_url=""):
    parts = [event.subtitle, event.intro, join_url]
    if event.is_online and event.online_url:
        parts.append(event.online_url)
    parts.append(url)
    return "\n\n".join(part for part in parts if part)


def build_vevent(event, request=None, *, join_url=""):
    """One VEVENT for an event page, with times in the app's time zone.

    ``join_url`` is the private join link, given only for the calendar file
    sent to a confirmed participant; the public calendars never pass it.
    """
    url = event.get_full_url(request)
    vevent = Event()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", event.last_published_at or timezone.now())
    vevent.add("dtstart", event.local_start)
    vevent.add("dtend", event.local_end)
    vevent.add("summary", event.title)
    vevent.add("description", event_description(event, url, join_url))
    if location := event_location(event, join_url):
        vevent.add("location", location)
    vevent.add("url", url)
    vevent.add("categories", [str(event.get_format_display())])
    return vevent


def build_calendar(events, request=None, name=None, *, join_url=""):
    """A VCALENDAR holding ``events``, with the VTIMEZONE definitions they need.

    ``join_url``: the private join link, only for a participant's own file.
    """
    calendar = Calendar()
    calendar.add("prodid", get_setting("ICAL_PRODID"))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    events = list(events)
    for event in events:
        calendar.add_component(build_vevent(event, request, join_url=join_url))
    if events:
        # Keep VTIMEZONE to the years the events need instead of 1970-2038.
        calendar.add_missing_timezones(
            first_date=min(event.local_start for event in events).date(),
            last_date=max(event.local_end for event in events).date()
            + datetime.timedelta(days=1),
        )
    return calendar


def calendar_response(events, request, filename, name=None):
    """An HTTP response with the calendar, downloaded as ``<filename>.ics``."""
    calendar = build_calendar(events, request, name=name)
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


def filter_error_response(form):
    """A 400 in plain text for a calendar address with filters that do not work."""
    lines = [
        gettext(
            "No calendar was made, because of these filters "
            "(the programme page ignores them):"
        )
    ]
    lines += [
        f"- {message}" for messages in form.errors.values() for message in messages
    ]
    lines.append(
        gettext("Choose the filters on the programme page and subscribe from there.")
    )
    return HttpResponseBadRequest(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )


DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class ArticleRssFeed(Rss201rev2Feed):
    """RSS 2.0 with one ``<dc:creator>`` per author of an item."""

    content_type = "application/rss+xml; charset=utf-8"

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name in item["creators"]:
            handler.addQuickElement("dc:creator", name)


class ArticleFeed(Feed):
    """The latest live articles under an article index, as RSS 2.0."""

    feed_type = ArticleRssFeed
    item_count = 20
    item_guid_is_permalink = True

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index):
        return index.seo_title or index.title

    def link(self, index):
        return index.get_full_url(self.request)

    def feed_url(self, index):
        return self.request.build_absolute_uri(index.get_feed_url(self.request))

    def description(self, index):
        return (
            index.search_description
            or index.intro
            or gettext("The latest articles from %(title)s.") % {"title": index.title}
        )

    def items(self, index):
        return index.get_articles()[: self.item_count]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.lead

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return article.published_at

    def item_categories(self, article):
        return [theme.name for theme in article.themes.all()]

    def item_extra_kwargs(self, article):
        return {"creators": article.author_names}


class ArticleAtom1Feed(Atom1Feed):
    """Atom 1.0 with one ``<author>``, named and linked, per person in the byline."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, uri in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            if uri:
                handler.addQuickElement("uri", uri)
            handler.endElement("author")


class ArticleAtomFeed(ArticleFeed):
    """The same articles as :class:`ArticleFeed`, as Atom 1.0."""

    feed_type = ArticleAtom1Feed

    def feed_url(self, index):
        return self.request.build_absolute_uri(index.get_atom_feed_url(self.request))

    def subtitle(self, index):
        return self.description(index)

    def author_name(self, index):
        """The site's name, as the author of articles without a byline."""
        site = Site.find_for_request(self.request)
        return (site and site.site_name) or index.title

    def item_updateddate(self, article):
        """The last publication, never before the article's publication time."""
        return max(
            article.published_at, article.last_published_at or article.published_at
        )

    def item_extra_kwargs(self, article):
        authors = [
            (person.name, author_url(self.index_page, person, self.request))
            for person in article.author_people
        ]
        return {**super().item_extra_kwargs(article), "authors": authors}
