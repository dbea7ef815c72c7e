"""schema.org ``VideoObject`` and ``AudioObject`` data, embedded as JSON-LD."""

from dataclasses import dataclass

from ..choices import MediaKind
from ..dates import to_local
from .events import person

SCHEMA_TYPES = {MediaKind.VIDEO: "VideoObject", MediaKind.AUDIO: "AudioObject"}


@dataclass(frozen=True)
class Chapter:
    """A chapter of a recording: its start as written and in seconds, its title."""

    start: str
    seconds: int
    title: str

    @property
    def offset_iso(self):
        """The start as an ISO 8601 duration, for ``<time datetime>``."""
        return iso_duration(seconds=self.seconds)


def seconds_of(timestamp):
    """Seconds from the start for "12:30" or "1:02:15"."""
    seconds = 0
    for part in timestamp.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


def iso_duration(minutes=None, seconds=None):
    """An ISO 8601 duration: ``PT45M``, ``PT1H30M``, ``PT12M30S``; None for None."""
    if minutes is None and seconds is None:
        return None
    total = (minutes or 0) * 60 + (seconds or 0)
    hours, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    parts = [(hours, "H"), (mins, "M"), (secs, "S")]
    text = "".join(f"{value}{unit}" for value, unit in parts if value)
    return f"PT{text or '0S'}"


def recorded_at(event, request=None):
    """The event a recording was made at, as a short schema.org ``Event``."""
    return {
        "@type": "Event",
        "name": event.title,
        "startDate": to_local(event.start).isoformat(),
        "url": event.get_full_url(request),
    }


def clip(chapter, content_url):
    """A chapter as a schema.org ``Clip``, linked into the file when there is one."""
    data = {"@type": "Clip", "name": chapter.title, "startOffset": chapter.seconds}
    if content_url:
        data["url"] = f"{content_url}#t={chapter.seconds}"
    return data


def upload_date(page):
    """When the recording was first published, else its year."""
    if page.first_published_at:
        return to_local(page.first_published_at).date().isoformat()
    return str(page.year) if page.year else None


def recording(page, request=None):
    """The ``VideoObject`` or ``AudioObject`` for a recording's page."""
    content_url = page.get_content_url(request)
    embed = page.embed
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(page.media_kind, "MediaObject"),
        "name": page.title,
        "description": page.intro or page.search_description or page.title,
        "url": page.get_full_url(request),
        "uploadDate": upload_date(page),
        "datePublished": upload_date(page),
        "dateCreated": str(page.year) if page.year else None,
        "duration": iso_duration(page.duration_minutes),
        "inLanguage": page.locale.language_code,
        "contentUrl": content_url,
        "embedUrl": page.get_player_src() if embed else None,
        "thumbnailUrl": embed.thumbnail_url if embed else None,
        "transcript": page.transcript,
        "contributor": [person(link.person) for link in page.speaker_links],
        "keywords": ", ".join(theme.name for theme in page.theme_list),
        "recordedAt": recorded_at(page.recorded_event, request)
        if page.recorded_event
        else None,
        "hasPart": [clip(chapter, content_url) for chapter in page.chapter_list],
    }
    return {key: value for key, value in data.items() if value}
