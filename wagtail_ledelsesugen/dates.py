"""Calendar helpers: Leadership Week's dates and local times of events."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.dateformat import time_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from .conf import get_setting


def local_zone():
    """The time zone events are shown in (``TIME_ZONE`` of the app's settings)."""
    return ZoneInfo(get_setting("TIME_ZONE"))


def to_local(value):
    """Convert an aware datetime to the app's local time zone."""
    return timezone.localtime(value, local_zone())


def local_today():
    """Today's date in the app's time zone."""
    return to_local(timezone.now()).date()


def iso_week_has(year, week):
    """Whether ``year`` has an ISO week number ``week`` (53 exists only some years)."""
    return 1 <= week <= datetime.date(year, 12, 28).isocalendar().week


def working_days(year, week):
    """Monday to Friday of ISO week ``week`` in ``year``."""
    monday = datetime.date.fromisocalendar(year, week, 1)
    return [monday + datetime.timedelta(days=offset) for offset in range(5)]


def day_bounds(day):
    """The aware start of ``day`` and of the following day, in local time."""
    zone = local_zone()
    start = datetime.datetime.combine(day, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(
        day + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
    )
    return start, end


def format_day(value):
    """A date with its weekday, e.g. "tirsdag den 27. oktober 2026"."""
    return date_format(value, pgettext("date with weekday", "l j F Y"))


def format_time(value):
    """A time of day, e.g. "9.00" in Danish and "09:00" in English."""
    return time_format(value, pgettext("time of day", "H:i"))


def format_moment(value):
    """A local date and time, e.g. "fredag den 23. oktober 2026 kl. 12.00"."""
    local = to_local(value)
    return _("%(day)s, %(time)s") % {
        "day": format_day(local),
        "time": format_time(local),
    }


def format_span(start, end):
    """When an event happens, in local time and the active language.

    "tirsdag den 27. oktober 2026 kl. 9.00-11.30" in Danish; an event over
    several days gives both dates.
    """
    start, end = to_local(start), to_local(end)
    if start.date() == end.date():
        return _("%(day)s, %(start)s–%(end)s") % {
            "day": format_day(start),
            "start": format_time(start),
            "end": format_time(end),
        }
    return _("%(start_day)s, %(start)s to %(end_day)s, %(end)s") % {
        "start_day": format_day(start),
        "start": format_time(start),
        "end_day": format_day(end),
        "end": format_time(end),
    }


def format_minutes(minutes):
    """``minutes`` in words: "45 minutes", "2 hours", "1 hour and 30 minutes"."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    hours_text = ngettext("%(count)s hour", "%(count)s hours", hours) % {"count": hours}
    rest_text = ngettext("%(count)s minute", "%(count)s minutes", rest) % {
        "count": rest
    }
    if not hours:
        return rest_text
    if not rest:
        return hours_text
    return _("%(hours)s and %(minutes)s") % {
        "hours": hours_text,
        "minutes": rest_text,
    }
