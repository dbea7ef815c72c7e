"""The minimal views the app is measured against, with no framework around them.

Baseline B, the floor, reads the event rows an API list shows with one
``.values()`` query; it skips site scoping, view restrictions, the total
count, URLs and every relation. Baseline C inserts one row per signup in a
transaction; it skips the seat lock, the form, the duplicate check and e-mail.
"""

import json

from django.db import connection, transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail_ledelsesugen.models import EventPage

from .data import BASELINE_C_TABLE

FLOOR_FIELDS = [
    "id",
    "title",
    "slug",
    "subtitle",
    "start",
    "end",
    "format",
    "mode",
    "venue_name",
    "street_address",
    "postcode",
    "city",
    "region",
    "online_url",
    "audience",
    "price",
    "intro",
    "capacity",
    "signup_form_enabled",
    "waitlist_enabled",
    "signup_opens",
    "signup_deadline",
    "require_login",
    "external_signup_url",
    "last_published_at",
]


def floor_events(request):
    """Baseline B: ``?limit`` live events in start order, as plain JSON."""
    limit = int(request.GET.get("limit", 50))
    rows = EventPage.objects.filter(live=True).order_by("start", "pk")
    return JsonResponse({"items": list(rows.values(*FLOOR_FIELDS)[:limit])})


def floor_event(request, event_id):
    """Baseline B for one event: its row, as plain JSON."""
    rows = EventPage.objects.filter(live=True).values(*FLOOR_FIELDS, "body")
    row = get_object_or_404(rows, pk=event_id)
    row["body"] = row["body"].get_prep_value()
    return JsonResponse(row)


@csrf_exempt
@require_POST
def insert_signup(request, event_id):
    """Baseline C: one row inserted per request, in a transaction."""
    data = json.loads(request.body)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {BASELINE_C_TABLE} (event_id, name, email, created_at) "
            "VALUES (%s, %s, %s, %s)",
            [event_id, data["name"], data["email"], timezone.now()],
        )
    return JsonResponse({"status": "confirmed"}, status=201)
