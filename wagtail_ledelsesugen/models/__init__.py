"""Every model of the app, importable from ``wagtail_ledelsesugen.models``."""

from .taxonomy import Organisation, Person, Theme  # isort: skip
from .events import (
    AbstractEventIndexPage,
    AbstractEventPage,
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventSpeaker,
)
from .landing import AbstractLeadershipWeekPage, FeaturedItem, LeadershipWeekPage
from .settings import LeadershipWeekSettings

__all__ = [
    "AbstractEventIndexPage",
    "AbstractEventPage",
    "AbstractLeadershipWeekPage",
    "EventIndexPage",
    "EventOrganiser",
    "EventPage",
    "EventSpeaker",
    "FeaturedItem",
    "LeadershipWeekPage",
    "LeadershipWeekSettings",
    "Organisation",
    "Person",
    "Theme",
]
