"""The editor's side: snippets, the event form and "Copy to a new date"."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.builders import (
    local,
    make_event,
    make_organisation,
    make_person,
    make_theme,
)
from wagtail_ledelsesugen.models import EventPage


@pytest.mark.parametrize("model", ["theme", "organisation", "person"])
def test_snippet_listings_and_forms_load(admin_client, model):
    make_theme()
    make_person(organisation=make_organisation())
    listing = reverse(f"wagtailsnippets_wagtail_ledelsesugen_{model}:list")
    assert admin_client.get(listing).status_code == 200
    add = reverse(f"wagtailsnippets_wagtail_ledelsesugen_{model}:add")
    assert admin_client.get(add).status_code == 200


def test_event_add_form_loads(admin_client, programme):
    url = reverse(
        "wagtailadmin_pages:add",
        args=("wagtail_ledelsesugen", "eventpage", programme.pk),
    )
    response = admin_client.get(url)
    assert response.status_code == 200
    for field in ("start", "end", "format", "mode", "venue_name", "capacity"):
        assert f'name="{field}"' in response.content.decode()


def event_form(organisation, **overrides):
    data = {
        "title": "Ledelsessalon om trivsel",
        "slug": "ledelsessalon-om-trivsel",
        "subtitle": "",
        "start": "2030-10-28 15:00",
        "end": "2030-10-28 17:00",
        "format": "salon",
        "mode": "physical",
        "venue_name": "Rådhuset",
        "street_address": "",
        "postcode": "",
        "city": "Vejle",
        "region": "syddanmark",
        "online_url": "",
        "private_join_url": "",
        "price": "Gratis",
        "capacity": "12",
        "signup_deadline": "",
        "external_signup_url": "",
        "intro": "",
        "body": streamfield([]),
        "organiser_links": inline_formset([{"organisation": organisation.pk}]),
        "speakers": inline_formset([]),
        "signup_questions": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    audience = overrides.pop("audience", ["municipality", "middle_leaders"])
    data.update(overrides)
    # Multiple values under one name: nested_form_data would number them.
    return {**nested_form_data(data), "audience": audience}


def add_event_url(programme):
    return reverse(
        "wagtailadmin_pages:add",
        args=("wagtail_ledelsesugen", "eventpage", programme.pk),
    )


def test_editor_publishes_an_event(admin_client, programme):
    organisation = make_organisation()
    response = admin_client.post(add_event_url(programme), event_form(organisation))
    assert response.status_code == 302
    event = EventPage.objects.get(slug="ledelsessalon-om-trivsel")
    assert event.live
    assert event.capacity == 12
    assert event.audience == ["municipality", "middle_leaders"]
    assert event.organisers == [organisation]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"end": "2030-10-28 14:00"}, "The event must end after it starts."),
        ({"city": ""}, "Events held in person or hybrid need a city."),
        (
            {"mode": "online"},
            "Online and hybrid events need a public link or a private join link.",
        ),
        ({"capacity": "0"}, "Ensure this value is greater than or equal to 1."),
        ({"audience": ["aliens"]}, "Select a valid choice. aliens is not one of"),
        (
            {"organiser_links": inline_formset([], min=1)},
            "Please submit at least 1 form.",
        ),
    ],
)
def test_editor_sees_why_an_event_is_refused(
    admin_client, programme, overrides, message
):
    data = event_form(make_organisation(), **overrides)
    response = admin_client.post(add_event_url(programme), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EventPage.objects.exists()


def test_agenda_block_saves_and_renders(admin_client, client, programme):
    person = make_person("Anne Holm")
    body = streamfield(
        [
            (
                "agenda",
                {
                    "heading": "Dagens program",
                    "items": streamfield(
                        [
                            (
                                "item",
                                {
                                    "time": "15:00",
                                    "item": "Velkomst",
                                    "speakers": streamfield([("item", person.pk)]),
                                },
                            )
                        ]
                    ),
                },
            )
        ]
    )
    response = admin_client.post(
        add_event_url(programme), event_form(make_organisation(), body=body)
    )
    assert response.status_code == 302
    event = EventPage.objects.get()
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    row = page.select_one(".lu-agenda__table tbody tr")
    assert [cell.get_text(strip=True) for cell in row.find_all(["td", "th"])] == [
        "15:00",
        "Velkomst",
        "Anne Holm",
    ]


class TestCopyToDate:
    @pytest.fixture
    def event(self, programme):
        return make_event(
            programme,
            title="Morgenmøde",
            slug="morgenmode",
            start=local(2030, 10, 28, 8, 0),
            end=local(2030, 10, 28, 9, 30),
            signup_opens=local(2030, 9, 1, 9, 0),
            signup_deadline=local(2030, 10, 25, 12, 0),
            themes=[make_theme()],
            speakers=[make_person()],
        )

    def url(self, event):
        return reverse("wagtail_ledelsesugen_copy_to_date", args=[event.pk])

    def test_form_is_shown(self, admin_client, event):
        response = admin_client.get(self.url(event))
        assert response.status_code == 200
        assert b'name="date"' in response.content

    def test_copy_is_a_draft_on_the_new_date_with_the_same_times(
        self, admin_client, event
    ):
        response = admin_client.post(self.url(event), {"date": "2030-10-30"})
        copy = EventPage.objects.exclude(pk=event.pk).get()
        assert response.status_code == 302
        assert response["Location"] == reverse(
            "wagtailadmin_pages:edit", args=[copy.pk]
        )
        assert not copy.live
        assert copy.slug == "morgenmode-2030-10-30"
        assert copy.local_start == local(2030, 10, 30, 8, 0)
        assert copy.local_end == local(2030, 10, 30, 9, 30)
        assert copy.signup_deadline == local(2030, 10, 27, 12, 0)
        assert copy.signup_opens == local(2030, 9, 3, 9, 0)
        assert list(copy.themes.all()) == list(event.themes.all())
        assert [s.person_id for s in copy.speakers.all()] == [
            s.person_id for s in event.speakers.all()
        ]
        assert copy.translation_key != event.translation_key
        assert copy.get_parent().pk == event.get_parent().pk

    def test_copy_keeps_local_time_across_summer_time(self, admin_client, event):
        admin_client.post(self.url(event), {"date": "2030-06-03"})
        copy = EventPage.objects.exclude(pk=event.pk).get()
        assert copy.local_start == local(2030, 6, 3, 8, 0)
        assert copy.end - copy.start == datetime.timedelta(hours=1, minutes=30)

    def test_copying_twice_to_the_same_date_gives_distinct_slugs(
        self, admin_client, event
    ):
        admin_client.post(self.url(event), {"date": "2030-10-30"})
        admin_client.post(self.url(event), {"date": "2030-10-30"})
        slugs = set(EventPage.objects.values_list("slug", flat=True))
        assert slugs == {
            "morgenmode",
            "morgenmode-2030-10-30",
            "morgenmode-2030-10-30-1",
        }

    def test_missing_or_bad_date_is_explained(self, admin_client, event):
        response = admin_client.post(self.url(event), {"date": "30/10"})
        assert response.status_code == 200
        assert b"Enter a valid date." in response.content
        assert EventPage.objects.count() == 1

    def test_not_an_event_is_404(self, admin_client, programme):
        url = reverse("wagtail_ledelsesugen_copy_to_date", args=[programme.pk])
        assert admin_client.get(url).status_code == 404

    def test_editor_without_permission_is_refused(
        self, client, django_user_model, event
    ):
        user = django_user_model.objects.create_user("reader", password="x")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(user)
        response = client.post(self.url(event), {"date": "2030-10-30"})
        # Wagtail's admin turns PermissionDenied into a redirect with a message.
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
        assert EventPage.objects.count() == 1

    def test_button_in_the_page_listing(self, admin_client, programme, event):
        response = admin_client.get(
            reverse("wagtailadmin_explore", args=[programme.pk])
        )
        assert self.url(event).encode() in response.content

    def test_no_button_for_editors_who_may_only_publish(
        self, client, django_user_model, programme, event
    ):
        group = Group.objects.create(name="Læsere")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        GroupPagePermission.objects.create(
            group=group, page=programme, permission_type="publish"
        )
        user = django_user_model.objects.create_user("editor", password="x")
        user.groups.add(group)
        client.force_login(user)
        response = client.get(reverse("wagtailadmin_explore", args=[programme.pk]))
        assert response.status_code == 200
        assert self.url(event).encode() not in response.content
