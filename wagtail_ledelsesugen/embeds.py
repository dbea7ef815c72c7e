"""Privacy-friendly embeds: nothing from the provider loads until the visitor asks.

A recording's page looks its embed up with Wagtail's embed finders on the
server, which tells it who the provider is, but shows the provider's HTML only
after the visitor has asked for it. That HTML is rewritten first: YouTube is
played from its cookieless host, Vimeo is asked not to track, and every
iframe gets a title.
"""

import html
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.utils.safestring import mark_safe
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException

# The query parameter that shows the player: ``?show=1``.
SHOW_PARAMETER = "show"

# The preview mode in which editors see a recording's page after the click.
PLAYER_PREVIEW_MODE = "player"

# Functions registered for this Wagtail hook get ``(page, request)`` and return
# true when the visitor has already agreed to see embedded players.
SHOW_EMBED_HOOK = "ledelsesugen_show_embed"

# Hosts whose player has a cookieless twin.
COOKIELESS_HOSTS = {
    "youtube.com": "www.youtube-nocookie.com",
    "www.youtube.com": "www.youtube-nocookie.com",
    "m.youtube.com": "www.youtube-nocookie.com",
}

# Hosts whose player takes a "do not track" parameter.
DO_NOT_TRACK_PARAMETERS = {"player.vimeo.com": {"dnt": "1"}}

IFRAME_START_TAG = re.compile(r"<iframe\b[^>]*>", re.IGNORECASE)


def attribute_pattern(name):
    """A pattern for the attribute ``name`` in a start tag, quoted or not."""
    return re.compile(
        rf"""\s{name}\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+))""",
        re.IGNORECASE,
    )


SRC_ATTRIBUTE = attribute_pattern("src")
TITLE_ATTRIBUTE = attribute_pattern("title")


def attribute_value(match):
    """The unescaped value of an attribute matched by :func:`attribute_pattern`."""
    raw = next(value for value in match.group("dq", "sq", "bare") if value is not None)
    return html.unescape(raw)


def find_embed(url):
    """The ``Embed`` Wagtail's finders give for ``url``, or None if none can."""
    try:
        return get_embed(url)
    except EmbedException:
        return None


def provider_label(embed, url):
    """Who shows the media: the provider's name, else the host of ``url``."""
    if embed is not None and embed.provider_name:
        return embed.provider_name
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def privacy_friendly_src(src):
    """``src`` moved to the provider's cookieless host or told not to track."""
    parts = urlsplit(src)
    host = (parts.hostname or "").lower()
    if host in COOKIELESS_HOSTS:
        return urlunsplit(parts._replace(netloc=COOKIELESS_HOSTS[host]))
    if host in DO_NOT_TRACK_PARAMETERS:
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        query.update(DO_NOT_TRACK_PARAMETERS[host])
        return urlunsplit(parts._replace(query=urlencode(query)))
    return src


def privacy_friendly_iframe(tag, title):
    """One iframe start tag with a privacy-friendly ``src`` and a title."""
    src = SRC_ATTRIBUTE.search(tag)
    if src:
        new_src = html.escape(privacy_friendly_src(attribute_value(src)))
        tag = f'{tag[: src.start()]} src="{new_src}"{tag[src.end() :]}'
    existing_title = TITLE_ATTRIBUTE.search(tag)
    if existing_title and attribute_value(existing_title).strip():
        return tag
    if existing_title:
        tag = tag[: existing_title.start()] + tag[existing_title.end() :]
    return f'<iframe title="{html.escape(title)}"{tag[len("<iframe") :]}'


def privacy_friendly_html(embed_html, title):
    """The provider's HTML with every iframe made privacy-friendly and titled.

    ``title`` names an iframe that the provider left without a title (WCAG
    4.1.2); a title the provider gave is kept.
    """
    return mark_safe(
        IFRAME_START_TAG.sub(
            lambda match: privacy_friendly_iframe(match.group(0), title), embed_html
        )
    )


def player_src(embed_html):
    """The privacy-friendly address of the first iframe in ``embed_html``, or ""."""
    tag = IFRAME_START_TAG.search(embed_html or "")
    src = tag and SRC_ATTRIBUTE.search(tag.group(0))
    return privacy_friendly_src(attribute_value(src)) if src else ""
