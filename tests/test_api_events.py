"""The events API: fields, filters, ordering, pagination, scope and query counts."""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import (
    Locale,
    Page,
    PageViewRestriction,
    Site,
)

from tests.builders import (
    days_ahead,
    local,
    make_event,
    make_organisation,
    make_person,
    make_programme,
    make_signup_event,
    make_theme,
)
from wagtail_ledelsesugen.models import EventPage, EventSpeaker, Signup

pytestmark = pytest.mark.django_db

API = "/api/ledelsesugen"


def get_items(client, query=""):
    response = client.get(f"{API}/events/{query}")
    assert response.status_code == 200, response.content
    return response.json()["items"]


def ids(items):
    return [item["id"] for item in items]


def translate(page, locale):
    """Publish a translation of ``page`` (and of its ancestors that lack one)."""
    for ancestor in page.get_ancestors()[1:]:
        if not ancestor.has_translation(locale):
            ancestor.specific.copy_for_translation(locale).save_revision().publish()
    translation = page.copy_for_translation(locale)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


class TestEventFields:
    def test_an_event_has_every_field_of_the_contract(self, client, programme):
        theme = make_theme("Ledertrivsel")
        person = make_person(
            "Mette Hansen",
            job_title="Direktør",
            organisation=make_organisation("Aarhus Kommune"),
        )
        organiser = make_organisation("KL", website="https://www.kl.dk")
        event = make_event(
            programme,
            title="Ledelse i forandring",
            subtitle="Morgenmøde",
            start=local(2027, 11, 2, 9, 0),
            end=local(2027, 11, 2, 11, 30),
            format="workshop",
            mode="hybrid",
            venue_name="Dokk1",
            street_address="Hack Kampmanns Plads 2",
            postcode="8000",
            city="Aarhus",
            region="midtjylland",
            online_url="https://teams.example.org/m/1",
            themes=[theme],
            organisers=[organiser],
            audience=["municipality", "top_leaders"],
            price="Gratis",
            intro="Om ledelse.",
        )
        EventSpeaker.objects.create(page=event, person=person, role="Oplægsholder")

        [item] = get_items(client)

        assert item["id"] == event.pk
        assert item["title"] == "Ledelse i forandring"
        assert item["subtitle"] == "Morgenmøde"
        assert item["slug"] == event.slug
        assert item["url"] == f"http://localhost/program/{event.slug}/"
        assert item["locale"] == "da"
        assert item["translations"] == []
        assert item["start"] == "2027-11-02T09:00:00+01:00"
        assert item["end"] == "2027-11-02T11:30:00+01:00"
        assert item["format"]["value"] == "workshop"
        assert item["mode"]["value"] == "hybrid"
        assert item["venue"] == {
            "name": "Dokk1",
            "address": "Hack Kampmanns Plads 2",
            "postcode": "8000",
            "city": "Aarhus",
            "region": {"value": "midtjylland", "label": "Region Midtjylland"},
        }
        assert item["online"] == {"url": "https://teams.example.org/m/1"}
        assert item["organisers"] == [
            {
                "id": organiser.pk,
                "slug": "kl",
                "name": "KL",
                "website": "https://www.kl.dk",
            }
        ]
        assert item["speakers"] == [
            {
                "id": person.pk,
                "slug": "mette-hansen",
                "name": "Mette Hansen",
                "job_title": "Direktør",
                "organisation": "Aarhus Kommune",
                "role": "Oplægsholder",
            }
        ]
        assert item["themes"] == [
            {"id": theme.pk, "slug": "ledertrivsel", "name": "Ledertrivsel"}
        ]
        assert [a["value"] for a in item["audience"]] == ["municipality", "top_leaders"]
        assert item["price"] == "Gratis"
        assert item["intro"] == "Om ledelse."
        assert item["ics_url"] == f"http://localhost/program/{event.slug}/ical/"
        assert item["signup"]["status"] == "none"
        assert "body" not in item

    def test_labels_are_in_the_events_own_language(self, client, programme):
        make_event(
            programme, format="talk", mode="online", online_url="https://x.org/m"
        )
        [item] = get_items(client)
        # A Danish page is described in Danish whatever the request's language.
        assert item["format"] == {"value": "talk", "label": "Oplæg"}
        assert item["mode"] == {"value": "online", "label": "Online"}
        assert item["venue"] is None
        assert item["online"] == {"url": "https://x.org/m"}

    def test_online_only_event_has_no_venue_and_physical_no_online(
        self, client, programme
    ):
        physical = make_event(programme, mode="physical")
        [item] = get_items(client)
        assert item["id"] == physical.pk
        assert item["online"] is None
        assert item["venue"]["city"] == "Aarhus"

    def test_detail_has_body_with_absolute_links_and_the_signup_form(
        self, client, programme
    ):
        target = make_event(programme, title="Andet arrangement")
        event = make_signup_event(
            programme,
            capacity=10,
            questions=[
                ("Kost", "dropdown", {"choices": "Vegetar\nAlt", "required": True}),
                ("Kommentar", "multiline", {"required": False, "help_text": "Kort"}),
            ],
        )
        event.body = [
            ("heading", "Program"),
            (
                "paragraph",
                f'<p>Se <a linktype="page" id="{target.pk}">det andet</a>.</p>',
            ),
        ]
        event.save_revision().publish()

        response = client.get(f"{API}/events/{event.pk}/")

        assert response.status_code == 200
        data = response.json()
        assert [block["type"] for block in data["body"]] == ["heading", "paragraph"]
        assert data["body"][0]["value"] == "Program"
        assert (
            f'href="http://localhost/program/{target.slug}/"'
            in data["body"][1]["value"]
        )
        signup = data["signup"]
        assert signup["status"] == "open"
        assert (signup["capacity"], signup["seats_left"]) == (10, 10)
        names = [field["name"] for field in signup["fields"]]
        assert names == [
            "name",
            "email",
            "organisation",
            "job_title",
            "kost",
            "kommentar",
            "consent",
        ]
        kost = signup["fields"][4]
        assert kost["type"] == "dropdown" and kost["required"] is True
        assert kost["choices"] == [
            {"value": "Vegetar", "label": "Vegetar"},
            {"value": "Alt", "label": "Alt"},
        ]
        assert signup["fields"][5]["help_text"] == "Kort"
        assert signup["fields"][-1]["label"] == signup["consent_text"]

    def test_detail_of_an_unknown_event_is_404(self, client, programme):
        response = client.get(f"{API}/events/999999/")
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"

    @pytest.mark.parametrize("event_id", ["abc", "0", "9223372036854775808"])
    def test_detail_with_an_impossible_id_is_400(self, client, programme, event_id):
        response = client.get(f"{API}/events/{event_id}/")
        assert response.status_code == 400
        assert "event_id" in response.json()["errors"]


class TestSignupState:
    @pytest.mark.parametrize(
        ("settings_", "signups", "expected"),
        [
            ({"capacity": 2}, 0, "open"),
            ({"capacity": 2}, 2, "waitlist"),
            ({"capacity": 2, "waitlist_enabled": False}, 2, "full"),
            ({"capacity": None}, 3, "open"),
            ({"signup_opens": days_ahead(2)}, 0, "not_yet_open"),
            ({"signup_deadline": days_ahead(-1)}, 0, "closed"),
        ],
    )
    def test_status_and_counts(self, client, programme, settings_, signups, expected):
        event = make_signup_event(programme, **settings_)
        for n in range(signups):
            Signup.objects.create(
                signup_list=event.get_signup_list(),
                page=event,
                status="confirmed",
                name=f"P{n}",
                email=f"p{n}@example.org",
                consent_text="ja",
            )
        [item] = get_items(client)
        assert item["signup"]["status"] == expected
        if event.capacity:
            assert item["signup"]["seats_left"] == max(event.capacity - signups, 0)

    def test_external_signup(self, client, programme):
        make_event(programme, external_signup_url="https://kl.dk/tilmeld")
        [item] = get_items(client)
        assert item["signup"]["status"] == "external"
        assert item["signup"]["external_url"] == "https://kl.dk/tilmeld"

    def test_waitlisted_count(self, client, programme):
        event = make_signup_event(programme, capacity=1)
        for n, status in enumerate(["confirmed", "waitlisted", "waitlisted"]):
            Signup.objects.create(
                signup_list=event.get_signup_list(),
                page=event,
                status=status,
                waitlist_position=n if status == "waitlisted" else None,
                name=f"P{n}",
                email=f"p{n}@example.org",
                consent_text="ja",
            )
        [item] = get_items(client)
        assert item["signup"]["waitlisted"] == 2
        assert item["signup"]["seats_left"] == 0

    def test_no_personal_data_in_any_answer(self, client, programme):
        event = make_signup_event(programme, capacity=5)
        Signup.objects.create(
            signup_list=event.get_signup_list(),
            page=event,
            status="confirmed",
            name="Hemmelig Person",
            email="hemmelig@example.org",
            consent_text="ja",
        )
        for url in (f"{API}/events/", f"{API}/events/{event.pk}/"):
            body = client.get(url).content.decode()
            assert "Hemmelig" not in body and "hemmelig@example.org" not in body


class TestFilters:
    def test_format_mode_region_audience(self, client, programme):
        talk = make_event(programme, format="talk", region="midtjylland")
        workshop = make_event(
            programme, format="workshop", region="hovedstaden", audience=["state"]
        )
        hybrid = make_event(
            programme, mode="hybrid", online_url="https://x.example.org"
        )
        online = make_event(programme, mode="online", online_url="https://x.org")
        assert ids(get_items(client, "?format=workshop")) == [workshop.pk]
        assert set(ids(get_items(client, "?region=midtjylland"))) == {
            talk.pk,
            hybrid.pk,
            online.pk,
        }
        assert ids(get_items(client, "?audience=state")) == [workshop.pk]
        assert set(ids(get_items(client, "?mode=online"))) == {hybrid.pk, online.pk}
        assert online.pk not in ids(get_items(client, "?mode=physical"))

    def test_theme_and_organiser_by_slug(self, client, programme):
        trivsel = make_theme("Ledertrivsel")
        kl = make_organisation("KL")
        with_theme = make_event(programme, themes=[trivsel])
        by_kl = make_event(programme, organisers=[kl])
        assert ids(get_items(client, "?theme=ledertrivsel")) == [with_theme.pk]
        assert ids(get_items(client, "?organiser=kl")) == [by_kl.pk]
        assert get_items(client, "?theme=ukendt") == []

    def test_dates_and_year(self, client, programme):
        early = make_event(programme, start=local(2027, 11, 1, 9, 0))
        late = make_event(programme, start=local(2027, 11, 4, 23, 30))
        next_year = make_event(programme, start=local(2028, 1, 1, 0, 30))
        assert ids(get_items(client, "?date_from=2027-11-02")) == [
            late.pk,
            next_year.pk,
        ]
        # 23:30 local time on the 4th is still the 4th in Copenhagen.
        assert ids(get_items(client, "?date_to=2027-11-04")) == [early.pk, late.pk]
        assert ids(get_items(client, "?year=2027")) == [early.pk, late.pk]
        assert ids(get_items(client, "?year=2028")) == [next_year.pk]

    def test_search(self, client, programme):
        found = make_event(programme, title="Tillid i ledelse")
        make_event(programme, title="Noget andet")
        assert ids(get_items(client, "?search=tillid")) == [found.pk]

    def test_index_narrows_to_one_programme(self, client, programme):
        other = make_programme(title="Kommunens program")
        mine = make_event(programme)
        make_event(other)
        assert ids(get_items(client, f"?index={programme.pk}")) == [mine.pk]

    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ("?format=banquet", "format"),
            ("?mode=teleport", "mode"),
            ("?region=skaane", "region"),
            ("?audience=kings", "audience"),
            ("?date_from=27-10-2026", "date_from"),
            ("?year=abc", "year"),
            ("?has_seats=maybe", "has_seats"),
            ("?limit=0", "limit"),
            ("?limit=1000", "limit"),
            ("?offset=-1", "offset"),
            ("?order=price", "order"),
            ("?index=999999", "index"),
            ("?locale=xx", "locale"),
            ("?search=a%00b", "search"),
            ("?theme=a%00", "theme"),
            ("?date_to=9999-12-31", "date_to"),
            ("?date_from=0001-01-01", "date_from"),
            ("?index=9223372036854775808", "index"),
        ],
    )
    def test_bad_values_are_400_naming_the_field(self, client, programme, query, field):
        response = client.get(f"{API}/events/{query}")
        assert response.status_code == 400
        problem = response.json()
        assert problem["status"] == 400
        assert problem["code"] == "invalid"
        assert field in problem["errors"], problem
        assert all(problem["errors"][field])


def add_signups(event, count, status="confirmed"):
    """``count`` signups with ``status`` on ``event``'s shared list."""
    signup_list = event.get_signup_list()
    for n in range(count):
        Signup.objects.create(
            signup_list=signup_list,
            page=event,
            status=status,
            name=f"P{n}",
            email=f"{status}{n}@example.org",
            consent_text="ja",
        )


class TestHasSeats:
    """``has_seats`` is the SQL twin of ``signup_state() == "open"``."""

    def make_events_in_every_state(self, programme):
        """``{name: (event, expected signup state)}``, one event per case."""
        seats_left = make_signup_event(programme, capacity=2)
        add_signups(seats_left, 1)
        add_signups(seats_left, 3, status="cancelled")
        unlimited = make_signup_event(programme, capacity=None)
        add_signups(unlimited, 3)
        waitlist = make_signup_event(programme, capacity=1)
        add_signups(waitlist, 1)
        full = make_signup_event(programme, capacity=1, waitlist_enabled=False)
        add_signups(full, 1)
        full_in_english = make_signup_event(programme, capacity=1)
        english = translate(full_in_english, Locale.objects.create(language_code="en"))
        add_signups(english, 1)
        return {
            "seats left": (seats_left, "open"),
            "unlimited": (unlimited, "open"),
            "open window": (
                make_signup_event(
                    programme,
                    capacity=5,
                    signup_opens=days_ahead(-1),
                    signup_deadline=days_ahead(5),
                ),
                "open",
            ),
            "full, waiting list": (waitlist, "waitlist"),
            "full, no waiting list": (full, "full"),
            "full through a translation": (full_in_english, "waitlist"),
            "the translation": (english, "waitlist"),
            "not yet open": (
                make_signup_event(programme, signup_opens=days_ahead(2)),
                "not_yet_open",
            ),
            "past deadline": (
                make_signup_event(programme, signup_deadline=days_ahead(-1)),
                "closed",
            ),
            "started": (
                make_signup_event(programme, start=days_ahead(-1), end=days_ahead(1)),
                "closed",
            ),
            "external signup": (
                make_event(programme, external_signup_url="https://kl.dk/tilmeld"),
                "external",
            ),
            "external, started": (
                make_event(
                    programme,
                    external_signup_url="https://kl.dk/tilmeld",
                    start=days_ahead(-1),
                    end=days_ahead(1),
                ),
                "closed",
            ),
            "no signup": (make_event(programme), "none"),
            "capacity without a form": (make_event(programme, capacity=5), "none"),
        }

    def test_true_is_exactly_the_open_events_and_false_the_others(
        self, client, programme
    ):
        events = self.make_events_in_every_state(programme)
        states = {
            name: EventPage.objects.get(pk=event.pk).signup_state()
            for name, (event, _expected) in events.items()
        }
        assert states == {name: expected for name, (_e, expected) in events.items()}
        open_ids = {
            event.pk for name, (event, _s) in events.items() if states[name] == "open"
        }
        other_ids = {event.pk for event, _s in events.values()} - open_ids
        assert set(ids(get_items(client, "?has_seats=true&limit=100"))) == open_ids
        assert set(ids(get_items(client, "?has_seats=false&limit=100"))) == other_ids


class TestOrderAndPages:
    def test_default_order_is_by_start_and_order_can_change(self, client, programme):
        later = make_event(programme, title="A", start=days_ahead(20))
        sooner = make_event(programme, title="B", start=days_ahead(10))
        assert ids(get_items(client)) == [sooner.pk, later.pk]
        assert ids(get_items(client, "?order=-start")) == [later.pk, sooner.pk]
        assert ids(get_items(client, "?order=title")) == [later.pk, sooner.pk]
        assert ids(get_items(client, "?order=-title")) == [sooner.pk, later.pk]

    def test_limit_offset_and_count(self, client, programme):
        events = [make_event(programme, start=days_ahead(10 + n)) for n in range(5)]
        data = client.get(f"{API}/events/?limit=2&offset=2").json()
        assert (data["count"], data["limit"], data["offset"]) == (5, 2, 2)
        assert ids(data["items"]) == [events[2].pk, events[3].pk]
        assert client.get(f"{API}/events/?offset=10").json()["items"] == []


class TestScope:
    def test_drafts_are_never_shown(self, client, programme):
        draft = make_event(programme, publish=False)
        assert get_items(client) == []
        assert client.get(f"{API}/events/{draft.pk}/").status_code == 404

    @pytest.mark.parametrize("restriction", ["password", "login", "groups"])
    def test_restricted_pages_are_never_shown_even_to_their_readers(
        self, client, programme, django_user_model, restriction
    ):
        hidden = make_programme(title="Intranet")
        event = make_event(hidden)
        view_restriction = PageViewRestriction.objects.create(
            page=hidden, restriction_type=restriction, password="hemmelig"
        )
        if restriction == "groups":
            group = Group.objects.create(name="Ledere")
            view_restriction.groups.add(group)
        user = django_user_model.objects.create_superuser("chef", password="x")
        client.force_login(user)
        assert get_items(client) == []
        assert client.get(f"{API}/events/{event.pk}/").status_code == 404
        post = client.post(
            f"{API}/events/{event.pk}/signups/", {}, content_type="application/json"
        )
        assert post.status_code == 404

    def test_another_sites_events_are_not_shown(self, client, programme):
        other_root = Page.get_first_root_node().add_child(
            instance=Page(title="Regionen", slug="regionen")
        )
        Site.objects.create(hostname="region.example.dk", root_page=other_root)
        other_programme = make_programme(parent=other_root)
        theirs = make_event(other_programme)
        ours = make_event(programme)
        assert ids(get_items(client)) == [ours.pk]
        assert client.get(f"{API}/events/{theirs.pk}/").status_code == 404
        response = client.get(f"{API}/events/", HTTP_HOST="region.example.dk")
        assert ids(response.json()["items"]) == [theirs.pk]


class TestTranslations:
    def test_locale_filter_and_translation_ids(self, client, programme):
        theme = make_theme("Ledertrivsel")
        event = make_event(programme, themes=[theme], format="workshop")
        english = Locale.objects.create(language_code="en")
        english_theme = theme.copy_for_translation(english)
        english_theme.name = "Leader wellbeing"
        english_theme.slug = "leader-wellbeing"
        english_theme.save()
        english_event = translate(event, english)

        both = get_items(client)
        assert set(ids(both)) == {event.pk, english_event.pk}
        [item] = get_items(client, "?locale=en")
        assert item["id"] == english_event.pk
        assert item["locale"] == "en"
        assert item["translations"] == [{"locale": "da", "id": event.pk}]
        assert item["format"]["label"] == "Workshop"
        # wagtail-localize leaves the M2M on the Danish theme: shown in English.
        assert item["themes"] == [
            {
                "id": english_theme.pk,
                "slug": "leader-wellbeing",
                "name": "Leader wellbeing",
            }
        ]
        [danish] = get_items(client, "?locale=da")
        assert danish["translations"] == [{"locale": "en", "id": english_event.pk}]
        assert ids(get_items(client, "?locale=en&theme=ledertrivsel")) == [
            english_event.pk
        ]
        assert ids(get_items(client, "?locale=da&theme=leader-wellbeing")) == [event.pk]

    def test_labels_follow_the_item_locale(self, client, programme):
        event = make_event(programme, format="morning_meeting")
        english_event = translate(event, Locale.objects.create(language_code="en"))
        labels = {item["locale"]: item["format"]["label"] for item in get_items(client)}
        assert labels == {"da": "Morgenmøde", "en": "Morning meeting"}
        assert english_event.pk in ids(get_items(client, "?locale=en"))


class TestQueryCounts:
    def make_rich_events(self, programme, count):
        themes = [make_theme(f"Tema {n}") for n in range(3)]
        people = [make_person(f"Person {n}") for n in range(2)]
        for n in range(count):
            event = make_signup_event(
                programme, capacity=50, themes=themes, speakers=people
            )
            Signup.objects.create(
                signup_list=event.get_signup_list(),
                page=event,
                status="confirmed",
                name="P",
                email=f"p{n}@example.org",
                consent_text="ja",
            )

    @pytest.mark.parametrize("count", [3, 20])
    def test_list_queries_do_not_grow(
        self, client, programme, django_assert_max_num_queries, count
    ):
        self.make_rich_events(programme, count)
        with django_assert_max_num_queries(13):
            response = client.get(
                f"{API}/events/?limit=100&theme=tema-1&has_seats=true"
            )
        assert len(response.json()["items"]) == count

    def test_translated_list_queries_stay_flat(
        self, client, programme, django_assert_max_num_queries
    ):
        self.make_rich_events(programme, 5)
        english = Locale.objects.create(language_code="en")
        for event in Page.objects.type(*[type(programme)]).first().get_children():
            translate(event.specific, english)
        with django_assert_max_num_queries(16):
            response = client.get(f"{API}/events/?limit=100")
        assert response.json()["count"] == 10

    def test_detail_queries(self, client, programme, django_assert_max_num_queries):
        self.make_rich_events(programme, 1)
        event_id = get_items(client)[0]["id"]
        with django_assert_max_num_queries(14):
            assert client.get(f"{API}/events/{event_id}/").status_code == 200


def test_ordering_is_stable_for_equal_starts(client, programme):
    start = days_ahead(5)
    first = make_event(programme, start=start)
    second = make_event(programme, start=start)
    assert ids(get_items(client)) == [first.pk, second.pk]
    assert ids(get_items(client, "?order=-start")) == [second.pk, first.pk]


def test_multi_day_event_overlapping_date_from(client, programme):
    conference = make_event(
        programme,
        start=local(2027, 11, 1, 9, 0),
        end=local(2027, 11, 3, 16, 0),
    )
    assert ids(get_items(client, "?date_from=2027-11-02&date_to=2027-11-02")) == [
        conference.pk
    ]
    assert get_items(client, "?date_from=2027-11-04") == []
    assert conference.end - conference.start == datetime.timedelta(days=2, hours=7)
