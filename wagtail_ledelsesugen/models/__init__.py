"""Every model of the app, importable from ``wagtail_ledelsesugen.models``."""

from .taxonomy import Organisation, Person, Theme  # isort: skip
from .articles import ArticleAuthor, ArticleIndexPage, ArticlePage, ArticlePortrayed
from .events import (
    AbstractEventIndexPage,
    AbstractEventPage,
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventSpeaker,
)
from .landing import AbstractLeadershipWeekPage, FeaturedItem, LeadershipWeekPage
from .media import MediaSpeaker, VideoIndexPage, VideoPage
from .settings import LeadershipWeekSettings
from .signup import (
    DeliveryState,
    EventSignupQuestion,
    Signup,
    SignupEmail,
    SignupFormQuestion,
    SignupList,
    SignupQuestion,
    SignupStatus,
)
from .signup_pages import SignupFormPage, SignupPageMixin
from .startkits import (
    StartkitExample,
    StartkitIndexPage,
    StartkitMaterial,
    StartkitPage,
)

__all__ = [
    "ArticleAuthor",
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePortrayed",
    "MediaSpeaker",
    "StartkitExample",
    "StartkitIndexPage",
    "StartkitMaterial",
    "StartkitPage",
    "VideoIndexPage",
    "VideoPage",
    "AbstractEventIndexPage",
    "AbstractEventPage",
    "AbstractLeadershipWeekPage",
    "EventIndexPage",
    "EventOrganiser",
    "EventPage",
    "EventSignupQuestion",
    "EventSpeaker",
    "FeaturedItem",
    "LeadershipWeekPage",
    "LeadershipWeekSettings",
    "Organisation",
    "Person",
    "DeliveryState",
    "Signup",
    "SignupEmail",
    "SignupFormPage",
    "SignupFormQuestion",
    "SignupList",
    "SignupPageMixin",
    "SignupQuestion",
    "SignupStatus",
    "Theme",
]
