"""The timed rows: what each one requests, and which baselines it is compared to."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

API = "/api/ledelsesugen/events/"
V2 = "/api/v2/pages/"
FLOOR = "/bench/floor/events/"


def v2_fields():
    """The v2 ``fields`` equal to what our list shows: every event API field
    but the body."""
    from wagtail_ledelsesugen.models import EventPage

    return ",".join(f.name for f in EventPage.api_fields if f.name != "body")


# The keys of rows_for()'s rows, in its order (for --profile).
ROW_KEYS = (
    "programme",
    "programme-filtered",
    "event-page",
    "api-list",
    "api-detail",
    "v2-list",
    "v2-detail",
    "floor-list",
    "floor-page",
    "floor-detail",
    "ical",
)


@dataclass
class Row:
    """One GET measured in-process; ``baselines`` maps a column to a row key."""

    key: str
    label: str
    url: str
    baselines: dict = field(default_factory=dict)
    # Held to "time grows with the page asked for, not the programme's size".
    size_independent: bool = True


def rows_for(programme, page_size):
    """Every in-process row for a built programme."""
    index_url = programme.index.url
    event = programme.open_event_id
    filters = urlencode({"theme": programme.theme_slug, "mode": "physical"})
    v2_list = (
        V2
        + "?"
        + urlencode(
            {
                "type": "wagtail_ledelsesugen.EventPage",
                "fields": v2_fields(),
                "limit": 50,
                "order": "start",
            }
        )
    )
    return [
        Row(
            "programme",
            "Programme HTML, first page",
            index_url,
            {"floor": "floor-page"},
        ),
        Row(
            "programme-filtered",
            "Programme HTML, filtered",
            f"{index_url}?{filters}",
            {"floor": "floor-page"},
        ),
        Row(
            "event-page",
            "Event page HTML, open signup form",
            f"{index_url}{programme.open_event_slug}/",
            {"floor": "floor-detail"},
        ),
        Row(
            "api-list",
            "Our API: events list (limit 50)",
            f"{API}?limit=50",
            {"v2": "v2-list", "floor": "floor-list"},
        ),
        Row(
            "api-detail",
            "Our API: one event",
            f"{API}{event}/",
            {"v2": "v2-detail", "floor": "floor-detail"},
        ),
        Row("v2-list", "A: Wagtail v2 list (limit 50)", v2_list),
        Row("v2-detail", "A: Wagtail v2 one event", f"{V2}{event}/"),
        Row("floor-list", "B: floor, 50 events", f"{FLOOR}?limit=50"),
        Row(
            "floor-page",
            f"B: floor, {page_size} events",
            f"{FLOOR}?limit={page_size}",
        ),
        Row("floor-detail", "B: floor, one event", f"{FLOOR}{event}/"),
        Row(
            "ical",
            "Calendar feed, all upcoming events",
            f"{index_url}ical/",
            size_independent=False,
        ),
    ]
