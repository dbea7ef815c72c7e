"""Who may see, export and act on a signup list shared by a translation group.

The rule: a user manages a group's signups only through a page they may edit,
and only if they may also edit the page that owns the list (the group's
oldest page) or every live page of the group.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from tests.builders import (
    make_programme,
    make_signup_event,
    root_page,
    translate_page,
)
from tests.test_signup_admin import (
    action_url,
    list_url,
    refused,
    sign_up,
    soup_of,
)
from wagtail_ledelsesugen.models import Signup, SignupEmail
from wagtail_ledelsesugen.signup import tasks
from wagtail_ledelsesugen.signup.permissions import can_manage_signups

USERS = ["editor_a", "editor_b", "translator", "moderator", "publisher", "superuser"]
# What each user may do through the Danish event and its English draft.
MANAGES = {
    "editor_a": {"danish": True, "english": False},
    "editor_b": {"danish": False, "english": False},
    "translator": {"danish": False, "english": False},
    "moderator": {"danish": True, "english": True},
    "publisher": {"danish": False, "english": False},
    "superuser": {"danish": True, "english": True},
}
# In this order, each action still applies to its signup when it comes.
ACTIONS = ["list", "csv", "xlsx", "resend", "promote", "cancel"]
# The signup each action is posted for: Anne has the seat, Bo is waiting.
ACTED_ON = {"cancel": "Anne", "promote": "Bo", "resend": "Anne"}


def grant(group, page, *permission_types):
    for permission_type in permission_types:
        GroupPagePermission.objects.create(
            group=group, page=page, permission_type=permission_type
        )


def user_in_group(django_user_model, username, group_name, *model_permissions):
    """A user in a new admin group, with the given ``app_label.codename``s."""
    group, _created = Group.objects.get_or_create(name=group_name)
    for permission in ("wagtailadmin.access_admin", *model_permissions):
        app_label, codename = permission.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    user = django_user_model.objects.create_user(username, password="x")
    user.groups.add(group)
    return user, group


def client_for(user):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


@pytest.fixture
def english_locale(db):
    return Locale.objects.create(language_code="en")


@pytest.fixture
def site(db, english_locale, django_user_model, settings):
    """Sections A and B of the Danish tree, an English tree, and one event in
    section A with Anne (seated) and Bo (waiting); the translator has made an
    English draft of it with wagtail-localize's "Translate this page"."""
    settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
    site = SimpleNamespace(a=make_programme(title="Aarhus"))
    site.b = make_programme(title="Vejle")
    site.event = make_signup_event(site.a, capacity=1, waitlist_enabled=True)
    for name in ("Anne Holm", "Bo Berg"):
        sign_up(site.event, name)
    site.english_a = translate_page(site.a, english_locale)
    site.english_home = root_page().get_translation(english_locale)
    site.users = make_users(site, django_user_model)
    TranslationCreator(site.users["translator"], [english_locale]).create_translations(
        site.event
    )
    site.english_event = site.event.get_translation(english_locale)
    return site


def make_users(site, django_user_model):
    """One user of each kind in the permission matrix, by name."""
    editor_a, group = user_in_group(django_user_model, "editor_a", "Aarhus")
    grant(group, site.a, "add", "change", "publish")
    editor_b, group = user_in_group(django_user_model, "editor_b", "Vejle")
    grant(group, site.b, "add", "change", "publish")
    translator, group = user_in_group(
        django_user_model,
        "translator",
        "English",
        "wagtail_localize.submit_translation",
    )
    grant(group, site.english_home, "add", "change")
    moderator = django_user_model.objects.create_user("moderator", password="x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    publisher, group = user_in_group(django_user_model, "publisher", "Publishers")
    grant(group, site.a, "publish")
    superuser = django_user_model.objects.create_superuser("superuser", password="x")
    return {
        "editor_a": editor_a,
        "editor_b": editor_b,
        "translator": translator,
        "moderator": moderator,
        "publisher": publisher,
        "superuser": superuser,
    }


@pytest.fixture(autouse=True)
def resend_records(monkeypatch):
    """``tasks.resend`` as its contract says: the signup's e-mail row, here sent."""
    resent = []

    def resend(signup):
        resent.append(signup.pk)
        return SignupEmail.objects.create(
            signup=signup, kind=signup.status, state="sent", attempts=1
        )

    monkeypatch.setattr(tasks, "resend", resend, raising=False)
    return resent


def perform(client, page, action):
    if action == "list":
        return client.get(list_url(page))
    if action in ("csv", "xlsx"):
        return client.get(list_url(page), {"export": action})
    signup = Signup.objects.get(name__startswith=ACTED_ON[action])
    return client.post(action_url(page, signup, action))


def outcome(response, page):
    """ "done", "refused" or "missing", from the admin's answer."""
    if response.status_code == 404:
        return "missing"
    if refused(response):
        return "refused"
    if response.status_code == 200:
        return "done"
    assert response.status_code == 302
    assert response["Location"] == list_url(page)
    return "done"


def statuses():
    return dict(Signup.objects.values_list("name", "status"))


@pytest.mark.parametrize("via", ["danish", "english"])
@pytest.mark.parametrize("user", USERS)
def test_permission_matrix(site, resend_records, user, via):
    """Each action's answer for one user through one page, as a row of the matrix."""
    page = site.event if via == "danish" else site.english_event
    client = client_for(site.users[user])
    before = statuses()
    answers = {
        action: outcome(perform(client, page, action), page) for action in ACTIONS
    }
    expected = "done" if MANAGES[user][via] else "refused"
    assert answers == dict.fromkeys(ACTIONS, expected)
    if expected == "refused":
        assert statuses() == before
        assert resend_records == []
        assert mail.outbox == []


@pytest.mark.parametrize("user", USERS)
def test_pages_that_take_no_signups_are_404_for_everyone(site, user):
    response = client_for(site.users[user]).get(list_url(site.a))
    assert response.status_code == 404


def test_translator_may_edit_their_draft_but_not_manage_its_signups(site):
    """The matrix's English page: a draft in the translator's own tree."""
    translator = site.users["translator"]
    assert not site.english_event.live
    assert site.english_event.is_descendant_of(site.english_home)
    assert site.english_event.permissions_for_user(translator).can_edit()
    assert not can_manage_signups(translator, site.english_event)


def test_editor_of_a_live_translation_is_refused(site, english_locale):
    """Publishing the English version gives its editors no access to the list."""
    site.english_event.save_revision().publish()
    client = client_for(site.users["translator"])
    assert refused(client.get(list_url(site.english_event)))
    assert refused(client.get(list_url(site.english_event), {"export": "csv"}))


def test_editor_of_every_live_page_manages_the_list(site):
    """Once the Danish original is unpublished, the English one is all that is live."""
    site.english_event.save_revision().publish()
    site.event.unpublish()
    translator = site.users["translator"]
    assert can_manage_signups(translator, site.english_event)
    response = client_for(translator).get(list_url(site.english_event))
    assert response.status_code == 200


def test_no_live_page_leaves_only_the_owner(site):
    site.event.unpublish()
    assert not can_manage_signups(site.users["translator"], site.english_event)
    assert can_manage_signups(site.users["editor_a"], site.event)


def test_owner_is_the_original_whatever_its_language(site, english_locale):
    """An event first made in English belongs to the English tree's editors."""
    original = make_signup_event(site.english_a, capacity=5)
    sign_up(original, "Carl Dahl")
    danish = original.copy_for_translation(Locale.get_default(), copy_parents=True)
    danish.save_revision().publish()
    translator = site.users["translator"]
    assert can_manage_signups(translator, original)
    assert not can_manage_signups(site.users["editor_a"], danish)


def test_source_record_made_from_a_translation_does_not_move_ownership(
    site, english_locale
):
    """A translator who translates their copy on makes it a wagtail-localize
    source, but not the owner of the list."""
    german = Locale.objects.create(language_code="de")
    translator = site.users["translator"]
    TranslationCreator(translator, [german]).create_translations(site.english_event)
    # As if the English page had been made without wagtail-localize.
    TranslationSource.objects.filter(locale=Locale.get_default()).delete()
    source = TranslationSource.objects.get(object_id=site.event.translation_key)
    assert source.locale == english_locale
    assert not can_manage_signups(translator, site.english_event)


def test_inactive_superuser_manages_nothing(site):
    superuser = site.users["superuser"]
    superuser.is_active = False
    assert not can_manage_signups(superuser, site.event)


class TestLinksFollowTheRule:
    def signup_links(self, response):
        return {
            link["href"] for link in soup_of(response).select("a[href*='/signups/']")
        }

    def test_explorer_shows_no_count_to_the_translator(self, site):
        site.english_event.save_revision().publish()
        client = client_for(site.users["translator"])
        explorer = client.get(reverse("wagtailadmin_explore", args=[site.english_a.pk]))
        assert explorer.status_code == 200
        assert site.english_event.title.encode() in explorer.content
        assert self.signup_links(explorer) == set()

    def test_explorer_shows_the_count_to_the_moderator(self, site):
        site.english_event.save_revision().publish()
        client = client_for(site.users["moderator"])
        explorer = client.get(reverse("wagtailadmin_explore", args=[site.english_a.pk]))
        assert self.signup_links(explorer) == {list_url(site.english_event)}

    def test_header_button_and_panel_hide_the_list_from_the_translator(self, site):
        # Edited on its own, the translation opens in the page editor, not
        # in wagtail-localize's translation editor.
        Translation.objects.update(enabled=False)
        client = client_for(site.users["translator"])
        edit_url = reverse("wagtailadmin_pages:edit", args=[site.english_event.pk])
        editor = client.get(edit_url)
        assert editor.status_code == 200
        assert self.signup_links(editor) == set()
        assert b"Only those who may edit the original page" in editor.content
        explorer = client.get(
            reverse("wagtailadmin_explore", args=[site.english_event.pk])
        )
        assert self.signup_links(explorer) == set()

    def test_header_button_and_panel_link_for_the_section_editor(self, site):
        client = client_for(site.users["editor_a"])
        editor = client.get(reverse("wagtailadmin_pages:edit", args=[site.event.pk]))
        assert list_url(site.event) in self.signup_links(editor)
        assert b"1 of 1 seats taken" in editor.content

    def test_explorer_adds_no_query_per_row_for_editors(self, site):
        """A section editor's explorer costs the same with or without signups."""
        client = client_for(site.users["editor_a"])

        def growth(make_row):
            programme = make_programme(parent=site.a)
            url = reverse("wagtailadmin_explore", args=[programme.pk])
            client.get(url)  # warms the caches, e.g. of content types
            counts = []
            for rows in (2, 6):
                for _ in range(rows):
                    make_row(programme)
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(url)
                counts.append(len(queries))
            assert len(self.signup_links(response)) in (0, 8)
            return counts[1] - counts[0]

        def event_with_signups(programme):
            sign_up(make_signup_event(programme, capacity=10), "Anne Holm")

        def event_without_signups(programme):
            make_signup_event(programme, signup_form_enabled=False)

        assert growth(event_with_signups) == growth(event_without_signups)
