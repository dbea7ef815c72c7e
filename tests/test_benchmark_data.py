"""The benchmark's bulk builder makes a programme Wagtail can serve."""

from wagtail.models import Page

from benchmarks.data import build_programme, build_signup_events
from benchmarks.rows import ROW_KEYS, rows_for
from wagtail_ledelsesugen.models import EventPage, Signup, SignupStatus


def test_bulk_built_tree_is_valid_and_served(client, db):
    programme = build_programme(30)

    assert all(not problems for problems in Page.find_problems())
    assert programme.index.get_children().count() == 30
    event = EventPage.objects.get(pk=programme.open_event_id)
    assert event.url_path == f"{programme.index.url_path}{event.slug}/"
    assert client.get(programme.index.url).status_code == 200
    assert client.get(event.url).status_code == 200
    listing = client.get("/api/ledelsesugen/events/", {"limit": 50}).json()
    assert listing["count"] == 30
    assert all(len(item["speakers"]) == 2 for item in listing["items"])
    assert [row.key for row in rows_for(programme, 20)] == list(ROW_KEYS)


def test_full_events_have_a_waiting_list(db):
    build_programme(8)

    full = Signup.objects.filter(status=SignupStatus.WAITLISTED)
    assert full.count() == 2 * 2


def test_signup_events_take_signups(client, db):
    build_programme(4)
    [event] = build_signup_events(1, capacity=100, slug="tilmelding")

    response = client.post(
        f"/api/ledelsesugen/events/{event.pk}/signups/",
        {"name": "Mette", "email": "mette@example.dk", "consent": True},
        content_type="application/json",
    )

    assert response.status_code == 202, response.content
    assert response.json()["status"] == "received"
