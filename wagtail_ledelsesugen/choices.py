"""Fixed vocabularies of the app. Values are stable slugs; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventFormat(models.TextChoices):
    TALK = "talk", _("Talk")
    WORKSHOP = "workshop", _("Workshop")
    CONFERENCE = "conference", _("Conference")
    INTERVIEW = "interview", _("Interview")
    DEBATE = "debate", _("Debate")
    MORNING_MEETING = "morning_meeting", _("Morning meeting")
    AFTERNOON_MEETING = "afternoon_meeting", _("End-of-day meeting")
    SALON = "salon", _("Leadership salon")
    WEBINAR = "webinar", _("Webinar")
    NETWORK = "network", _("Network meeting")
    OTHER = "other", pgettext_lazy("event format", "Other")


class EventMode(models.TextChoices):
    PHYSICAL = "physical", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class Region(models.TextChoices):
    """The five Danish regions."""

    HOVEDSTADEN = "hovedstaden", _("Capital Region of Denmark")
    SJAELLAND = "sjaelland", _("Region Zealand")
    SYDDANMARK = "syddanmark", _("Region of Southern Denmark")
    MIDTJYLLAND = "midtjylland", _("Central Denmark Region")
    NORDJYLLAND = "nordjylland", _("North Denmark Region")


class Sector(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    REGION = "region", pgettext_lazy("sector", "Region")
    STATE = "state", _("State")
    OTHER = "other", pgettext_lazy("sector", "Other")


class Audience(models.TextChoices):
    """Who an event is for: sectors and support functions, then leader levels."""

    MUNICIPALITY = "municipality", _("Municipalities")
    REGION = "region", _("Regions")
    STATE = "state", _("The state")
    STAFF = "staff_functions", _("Staff functions supporting leadership")
    TOP_LEADERS = "top_leaders", _("Top leaders")
    MIDDLE_LEADERS = "middle_leaders", _("Middle leaders")
    FIRST_LINE_LEADERS = "first_line_leaders", _("First-line leaders")


class StartkitActivity(models.TextChoices):
    MORNING_MEETING = "morning_meeting", _("Morning meeting")
    AFTERNOON_MEETING = "afternoon_meeting", _("End-of-day meeting")
    SALON = "salon", _("Leadership salon")
    WORKSHOP = "workshop", _("Workshop")
    ARTICLE_SERIES = "article_series", _("Article series")
    DIALOGUE_CARDS = "dialogue_cards", _("Dialogue cards")
    LEADER_PORTRAITS = "leader_portraits", _("Leader portraits")
    LEADERSHIP_FOUNDATION = "leadership_foundation", _("Leadership foundation")
    OTHER = "other", pgettext_lazy("startkit activity", "Other")


class StartkitLength(models.TextChoices):
    """Buckets of a startkit's duration, for filtering the index."""

    SHORT = "short", _("Up to an hour")
    MEDIUM = "medium", _("1 to 3 hours")
    LONG = "long", _("More than 3 hours")


class ArticleKind(models.TextChoices):
    ARTICLE = "article", _("Article")
    DEBATE = "debate", _("Debate post")
    COLUMN = "column", _("Column")
    PORTRAIT = "portrait", _("Leader portrait")
    INTERVIEW = "interview", _("Interview")
    NEWS = "news", _("News")


class MediaKind(models.TextChoices):
    VIDEO = "video", _("Video")
    AUDIO = "audio", _("Audio")


class CardColour(models.TextChoices):
    BLUE = "blue", _("Blue")
    GREEN = "green", _("Green")
    YELLOW = "yellow", _("Yellow")
    RED = "red", _("Red")
    PURPLE = "purple", _("Purple")
    GREY = "grey", _("Grey")
