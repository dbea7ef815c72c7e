"""Template tags and filters of the app: ``{% load ledelsesugen_tags %}``."""

import json
from urllib.parse import urlsplit

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from .. import localization
from ..dates import format_day, format_moment, format_span, format_time, to_local

register = template.Library()

JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """Render ``data`` as a JSON-LD script element that cannot break out of itself."""
    encoded = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(encoded.translate(JSON_SCRIPT_ESCAPES)),
    )


@register.simple_tag
def event_when(event):
    """When an event happens, as a ``<time>`` element in local time."""
    start = to_local(event.start)
    return format_html(
        '<time datetime="{}">{}</time>',
        start.isoformat(),
        format_span(event.start, event.end),
    )


@register.filter
def weekday_date(value):
    """A date with its weekday in the active language."""
    return format_day(value)


@register.filter
def local_moment(value):
    """An aware datetime as a local date and time in the active language."""
    return format_html(
        '<time datetime="{}">{}</time>',
        to_local(value).isoformat(),
        format_moment(value),
    )


@register.filter
def clock(value):
    """A time of day in the active language ("9.00" in Danish, "09:00" in English)."""
    return format_time(value)


@register.simple_tag
def seat_counts(counts, capacity):
    """Signup counts in words, e.g. "12 of 40 seats taken, 3 on the waiting list."."""
    if capacity is None:
        return gettext("%(confirmed)s signed up.") % counts
    return gettext(
        "%(confirmed)s of %(capacity)s seats taken, %(waitlisted)s on the waiting list."
    ) % {**counts, "capacity": capacity}


@register.filter
def url_host(url):
    """The host of a web address without "www.", e.g. "youtube.com"."""
    host = urlsplit(str(url)).hostname or ""
    return host.removeprefix("www.")


@register.inclusion_tag(
    "wagtail_ledelsesugen/includes/language_switcher.html", takes_context=True
)
def language_switcher(context, page=None):
    """Links to this page in the site's other languages (``page`` defaults to
    the context's); a language without a translation links to its home page."""
    return {
        "languages": localization.language_links(
            context.get("request"), page or context.get("page")
        )
    }


@register.filter
def localized(page, attribute):
    """The snippets ``page`` shows through ``attribute``, in the page's language:
    ``{% for theme in page|localized:"themes" %}``."""
    return localization.localized(page, attribute)


@register.simple_tag(takes_context=True)
def lang_if_other(context, item):
    """`` lang="da"`` when ``item`` is in another language than the page shown,
    e.g. an item an English index lists until it is translated."""
    page = context.get("page")
    if page is None or item.locale_id == page.locale_id:
        return ""
    return format_html(' lang="{}"', item.locale.language_code)
