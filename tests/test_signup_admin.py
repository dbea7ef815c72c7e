"""The editors' side of signups: the list, its export, row actions and permissions."""

import csv
import datetime
import io
import re
from types import SimpleNamespace

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale

from tests.builders import make_event, make_programme, make_signup_event
from wagtail_ledelsesugen.models import Signup, SignupEmail, SignupStatus
from wagtail_ledelsesugen.signup import services, tasks

QUESTIONS = [
    ("Hvilken sektor kommer du fra?", "radio", {"choices": "Kommune\nRegion\nStat"}),
    ("Kost", "checkboxes", {"choices": "Vegetar\nGlutenfri", "required": False}),
]
STANDARD_HEADINGS = [
    "Name",
    "E-mail",
    "Organisation",
    "Job title",
    "Status",
    "Waiting list number",
    "Signed up",
    "E-mail delivery",
]
ACTIONS = ["promote", "resend", "cancel"]


def sign_up(page, name, **kwargs):
    kwargs.setdefault("email", f"{name.split()[0].lower()}@example.org")
    signup, _created = services.register(
        page, name=name, consent_text="ok", locale=page.locale, **kwargs
    )
    return signup


def list_url(page):
    return reverse("wagtail_ledelsesugen_signups:index", args=[page.pk])


def action_url(page, signup, action):
    return reverse(f"wagtail_ledelsesugen_signups:{action}", args=[page.pk, signup.pk])


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def rows_of(response):
    """The listing's rows as lists of cell texts."""
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in soup_of(response).select("table tbody tr")
    ]


def names_listed(response):
    return [row[0] for row in rows_of(response)]


def read_csv(response):
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def read_xlsx(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def message_texts(response):
    """The messages to show next, as ``(level, text)`` (Wagtail appends newlines)."""
    return [
        (message.level_tag, str(message).strip())
        for message in get_messages(response.wsgi_request)
    ]


def refused(response):
    """Wagtail's admin turns PermissionDenied into a redirect home with a message."""
    return response.status_code == 302 and response["Location"] == reverse(
        "wagtailadmin_home"
    )


@pytest.fixture
def event(programme):
    return make_signup_event(
        programme,
        title="Ledelsessalon",
        questions=QUESTIONS,
        capacity=2,
        waitlist_enabled=True,
    )


@pytest.fixture
def full_event(event):
    """Two confirmed (Anne, Bo) and two on the waiting list (Carl, Dorte)."""
    for name in ("Anne Holm", "Bo Berg", "Carl Dahl", "Dorte Ebbe"):
        sign_up(event, name)
    return event


def signup_named(first_name):
    return Signup.objects.get(name__startswith=first_name)


class TestSignupList:
    def test_lists_every_column_and_the_seat_counts(self, admin_client, event):
        sign_up(
            event,
            "Anne Holm",
            organisation="Aarhus Kommune",
            job_title="Direktør",
        )
        sign_up(event, "Bo Berg")
        sign_up(event, "Carl Dahl")
        response = admin_client.get(list_url(event))
        assert response.status_code == 200
        headings = [
            th.get_text(strip=True) for th in soup_of(response).select("thead th")
        ]
        assert headings[: len(STANDARD_HEADINGS)] == STANDARD_HEADINGS
        anne, bo, carl = rows_of(response)
        assert anne[:6] == [
            "Anne Holm",
            "anne@example.org",
            "Aarhus Kommune",
            "Direktør",
            "Confirmed",
            "",
        ]
        assert anne[6]  # signed up: a date and time
        assert carl[4:6] == ["On the waiting list", "1"]
        text = response.content.decode()
        assert "Ledelsessalon" in text
        assert "2 of 2 seats taken, 1 on the waiting list." in text

    def test_waiting_list_numbers_close_up_after_a_cancellation(
        self, admin_client, full_event
    ):
        services.cancel_by_editor(full_event, signup_named("Carl").pk)
        response = admin_client.get(list_url(full_event) + "?status=waitlisted")
        assert [row[5] for row in rows_of(response)] == ["1"]

    def test_lists_signups_from_every_translation(self, admin_client, programme):
        event = make_signup_event(programme, capacity=5)
        english = Locale.objects.create(language_code="en")
        for page in (programme.get_parent(), programme):
            page.specific.copy_for_translation(english).save_revision().publish()
        english_event = event.copy_for_translation(english)
        english_event.save_revision().publish()
        sign_up(event, "Anne Holm")
        sign_up(english_event, "Bo Berg")
        for page in (event, english_event):
            response = admin_client.get(list_url(page))
            assert names_listed(response) == ["Anne Holm", "Bo Berg"]

    def test_filter_by_status(self, admin_client, full_event):
        response = admin_client.get(list_url(full_event) + "?status=waitlisted")
        assert names_listed(response) == ["Carl Dahl", "Dorte Ebbe"]

    @pytest.mark.parametrize(
        ("query", "found"),
        [("bo", ["Bo Berg"]), ("DORTE@EXAMPLE", ["Dorte Ebbe"]), ("vejle", ["Carl"])],
    )
    def test_search_by_name_email_or_organisation(
        self, admin_client, event, query, found
    ):
        sign_up(event, "Bo Berg")
        sign_up(event, "Carl", organisation="Vejle Kommune")
        sign_up(event, "Dorte Ebbe")
        response = admin_client.get(list_url(event), {"q": query})
        assert names_listed(response) == found

    def test_search_results_fragment(self, admin_client, full_event):
        url = reverse(
            "wagtail_ledelsesugen_signups:index_results", args=[full_event.pk]
        )
        response = admin_client.get(url, {"q": "anne"})
        assert response.status_code == 200
        assert names_listed(response) == ["Anne Holm"]

    def test_erased_signups_show_no_personal_data(self, admin_client, full_event):
        Signup.objects.filter(name="Bo Berg").update(erased_at=timezone.now())
        response = admin_client.get(list_url(full_event))
        bo = rows_of(response)[1]
        assert bo[:4] == ["(erased)", "", "", ""]
        assert "bo@example.org" not in response.content.decode()

    def test_each_row_offers_the_actions_that_apply(self, admin_client, full_event):
        services.cancel_by_editor(full_event, signup_named("Anne").pk)
        response = admin_client.get(list_url(full_event))
        forms = {form["action"] for form in soup_of(response).select("table form")}
        anne, bo, dorte = (signup_named(name) for name in ("Anne", "Bo", "Dorte"))
        assert forms >= {
            action_url(full_event, anne, "resend"),
            action_url(full_event, bo, "cancel"),
            action_url(full_event, dorte, "promote"),
        }
        assert action_url(full_event, anne, "cancel") not in forms
        assert action_url(full_event, bo, "promote") not in forms

    def test_pages_without_signups_are_404(self, admin_client, programme):
        assert admin_client.get(list_url(programme)).status_code == 404
        url = reverse("wagtail_ledelsesugen_signups:index", args=[99999])
        assert admin_client.get(url).status_code == 404

    def test_no_query_per_signup(
        self, admin_client, event, django_assert_max_num_queries
    ):
        for count in (5, 50):
            Signup.objects.all().delete()
            for n in range(count):
                sign_up(event, f"Person {n}", email=f"p{n}@example.org")
            with django_assert_max_num_queries(12):
                response = admin_client.get(list_url(event))
            assert len(rows_of(response)) == count


class TestExport:
    def test_csv_has_the_columns_answers_and_consent(self, admin_client, event):
        sign_up(
            event,
            "Anne Holm",
            organisation="Aarhus Kommune",
            answers={
                "hvilken_sektor_kommer_du_fra": "Region",
                "kost": ["Vegetar", "Glutenfri"],
            },
        )
        response = admin_client.get(list_url(event), {"export": "csv"})
        assert response.status_code == 200
        assert f"{event.slug}-signups.csv" in response["Content-Disposition"]
        header, anne = read_csv(response)
        assert header == [
            *STANDARD_HEADINGS,
            "Hvilken sektor kommer du fra?",
            "Kost",
            "Consent given",
        ]
        assert anne[:6] == [
            "Anne Holm",
            "anne@example.org",
            "Aarhus Kommune",
            "",
            "Confirmed",
            "",
        ]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", anne[6])
        # The confirmation is recorded, and goes out after the commit.
        assert anne[7:] == ["Queued", "Region", "Vegetar, Glutenfri", "ok"]

    def test_xlsx_header_row(self, admin_client, full_event):
        response = admin_client.get(list_url(full_event), {"export": "xlsx"})
        assert response.status_code == 200
        header, *rows = read_xlsx(response)
        assert header == [
            *STANDARD_HEADINGS,
            "Hvilken sektor kommer du fra?",
            "Kost",
            "Consent given",
        ]
        assert isinstance(rows[0][6], datetime.datetime)
        assert [row[0] for row in rows] == [
            "Anne Holm",
            "Bo Berg",
            "Carl Dahl",
            "Dorte Ebbe",
        ]

    def test_export_follows_the_filter(self, admin_client, full_event):
        response = admin_client.get(
            list_url(full_event), {"status": "waitlisted", "export": "csv"}
        )
        assert [row[0] for row in read_csv(response)[1:]] == [
            "Carl Dahl",
            "Dorte Ebbe",
        ]

    def test_erased_signups_are_exported_without_personal_data(
        self, admin_client, event
    ):
        signup = sign_up(
            event,
            "Anne Holm",
            organisation="Aarhus Kommune",
            job_title="Direktør",
            answers={"hvilken_sektor_kommer_du_fra": "Region"},
        )
        Signup.objects.filter(pk=signup.pk).update(erased_at=timezone.now())
        response = admin_client.get(list_url(event), {"export": "csv"})
        anne = read_csv(response)[1]
        assert anne[:4] == ["(erased)", "", "", ""]
        assert anne[8:10] == ["", ""]

    def test_no_query_per_signup(
        self, admin_client, event, django_assert_max_num_queries
    ):
        for count in (5, 50):
            Signup.objects.all().delete()
            for n in range(count):
                sign_up(event, f"Person {n}", email=f"p{n}@example.org")
            with django_assert_max_num_queries(9):
                response = admin_client.get(list_url(event), {"export": "csv"})
                rows = read_csv(response)
            assert len(rows) == count + 1


class TestActions:
    def test_cancel_gives_the_seat_to_the_next_in_line(self, admin_client, full_event):
        anne = signup_named("Anne")
        response = admin_client.post(action_url(full_event, anne, "cancel"))
        assert response.status_code == 302
        assert response["Location"] == list_url(full_event)
        assert message_texts(response) == [
            (
                "success",
                "The signup of “Anne Holm” is cancelled, and “Carl Dahl” got the "
                "seat from the waiting list.",
            )
        ]
        assert signup_named("Anne").status == SignupStatus.CANCELLED
        assert signup_named("Carl").status == SignupStatus.CONFIRMED
        assert signup_named("Dorte").status == SignupStatus.WAITLISTED

    def test_cancelling_from_the_waiting_list_frees_no_seat(
        self, admin_client, full_event
    ):
        dorte = signup_named("Dorte")
        response = admin_client.post(action_url(full_event, dorte, "cancel"))
        assert message_texts(response) == [
            ("success", "The signup of “Dorte Ebbe” is cancelled.")
        ]
        assert signup_named("Carl").status == SignupStatus.WAITLISTED

    def test_cancelling_twice_is_refused(self, admin_client, full_event):
        anne = signup_named("Anne")
        admin_client.post(action_url(full_event, anne, "cancel"))
        response = admin_client.post(action_url(full_event, anne, "cancel"))
        assert response["Location"] == list_url(full_event)
        assert message_texts(response)[-1] == (
            "error",
            "This signup has already been cancelled.",
        )

    def test_promote_gives_a_seat_beyond_the_capacity(self, admin_client, full_event):
        dorte = signup_named("Dorte")
        response = admin_client.post(action_url(full_event, dorte, "promote"))
        assert response["Location"] == list_url(full_event)
        assert message_texts(response) == [("success", "“Dorte Ebbe” has a seat now.")]
        assert signup_named("Dorte").status == SignupStatus.CONFIRMED
        assert full_event.signup_counts() == {"confirmed": 3, "waitlisted": 1}

    def test_promoting_a_confirmed_signup_is_refused(self, admin_client, full_event):
        anne = signup_named("Anne")
        response = admin_client.post(action_url(full_event, anne, "promote"))
        assert message_texts(response) == [
            ("error", "This signup is not on the waiting list.")
        ]
        assert signup_named("Anne").status == SignupStatus.CONFIRMED

    def test_resend_sends_the_email_again(
        self, admin_client, full_event, mailoutbox, django_capture_on_commit_callbacks
    ):
        carl = signup_named("Carl")
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(action_url(full_event, carl, "resend"))
        # The request's transaction had not committed when the message was set.
        assert message_texts(response) == [
            (
                "success",
                "The e-mail to carl@example.org is queued and will be sent shortly.",
            )
        ]
        assert [message.to for message in mailoutbox] == [["carl@example.org"]]

    @pytest.mark.parametrize(
        ("first_name", "kind"),
        [("Anne", "cancelled"), ("Carl", "confirmed"), ("Dorte", "waitlisted")],
    )
    def test_resend_sends_the_email_of_the_current_status(
        self, admin_client, full_event, first_name, kind
    ):
        services.cancel_by_editor(full_event, signup_named("Anne").pk)
        signup = signup_named(first_name)
        admin_client.post(action_url(full_event, signup, "resend"))
        assert signup.emails.filter(to_editors=False).last().kind == kind

    @pytest.mark.parametrize(
        ("state", "error", "message"),
        [
            ("sent", "", ("success", "The e-mail was sent to carl@example.org.")),
            (
                "queued",
                "",
                (
                    "success",
                    "The e-mail to carl@example.org is queued and will be sent "
                    "shortly.",
                ),
            ),
            (
                "failed",
                "SMTPServerDisconnected: Connection unexpectedly closed",
                (
                    "error",
                    "The e-mail to carl@example.org could not be sent: "
                    "SMTPServerDisconnected: Connection unexpectedly closed. It will "
                    "be tried again.",
                ),
            ),
        ],
    )
    def test_resend_says_what_became_of_the_email(
        self, admin_client, full_event, monkeypatch, state, error, message
    ):
        def resend(signup):
            return SignupEmail.objects.create(
                signup=signup, kind=signup.status, state=state, last_error=error
            )

        monkeypatch.setattr(tasks, "resend", resend)
        carl = signup_named("Carl")
        response = admin_client.post(action_url(full_event, carl, "resend"))
        assert response["Location"] == list_url(full_event)
        assert message_texts(response) == [message]

    @pytest.mark.parametrize("action", ACTIONS)
    def test_get_is_not_allowed(self, admin_client, full_event, action):
        carl = signup_named("Carl")
        response = admin_client.get(action_url(full_event, carl, action))
        assert response.status_code == 405
        assert signup_named("Carl").status == SignupStatus.WAITLISTED

    @pytest.mark.parametrize("action", ACTIONS)
    def test_csrf_token_is_required(self, full_event, django_user_model, action):
        user = django_user_model.objects.create_superuser("csrf", password="x")
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        carl = signup_named("Carl")
        response = client.post(action_url(full_event, carl, action))
        assert response.status_code == 403
        assert signup_named("Carl").status == SignupStatus.WAITLISTED

    @pytest.mark.parametrize("action", ACTIONS)
    def test_signup_of_another_page_is_404(
        self, admin_client, programme, full_event, action
    ):
        other_event = make_signup_event(programme, capacity=2)
        carl = signup_named("Carl")
        response = admin_client.post(action_url(other_event, carl, action))
        assert response.status_code == 404
        assert signup_named("Carl").status == SignupStatus.WAITLISTED

    def test_erased_signups_take_no_actions(self, admin_client, full_event):
        Signup.objects.filter(name="Carl Dahl").update(erased_at=timezone.now())
        carl = signup_named("Carl")
        response = admin_client.post(action_url(full_event, carl, "promote"))
        assert response.status_code == 404


class TestPermissions:
    @pytest.fixture
    def sections(self, db):
        """Two organisations' sections of the site, each with an event and signups."""
        sections = SimpleNamespace(a=make_programme(title="Aarhus"))
        sections.b = make_programme(title="Vejle")
        sections.event_a = make_signup_event(sections.a, capacity=1)
        sections.event_b = make_signup_event(
            sections.b, capacity=1, waitlist_enabled=True
        )
        for event in (sections.event_a, sections.event_b):
            sign_up(event, "Anne Holm")
        sign_up(sections.event_b, "Bo Berg")
        return sections

    @pytest.fixture
    def editor_of_a(self, client, django_user_model, sections):
        group = Group.objects.create(name="Aarhus editors")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        for permission_type in ("change", "publish"):
            GroupPagePermission.objects.create(
                group=group, page=sections.a, permission_type=permission_type
            )
        user = django_user_model.objects.create_user("aarhus", password="x")
        user.groups.add(group)
        client.force_login(user)
        return client

    def test_editor_sees_the_signups_of_their_section(self, editor_of_a, sections):
        url = list_url(sections.event_a)
        response = editor_of_a.get(url)
        assert response.status_code == 200
        assert names_listed(response) == ["Anne Holm"]
        export = editor_of_a.get(url, {"export": "csv"})
        assert len(read_csv(export)) == 2
        explorer = editor_of_a.get(
            reverse("wagtailadmin_explore", args=[sections.a.pk])
        )
        assert url.encode() in explorer.content

    def test_editor_may_act_in_their_section(self, editor_of_a, sections):
        anne = Signup.objects.get(page=sections.event_a)
        response = editor_of_a.post(action_url(sections.event_a, anne, "cancel"))
        assert response["Location"] == list_url(sections.event_a)
        anne.refresh_from_db()
        assert anne.status == SignupStatus.CANCELLED

    @pytest.mark.parametrize("export", [None, "csv", "xlsx"])
    def test_other_sections_list_and_export_are_refused(
        self, editor_of_a, sections, export
    ):
        params = {"export": export} if export else {}
        assert refused(editor_of_a.get(list_url(sections.event_b), params))

    @pytest.mark.parametrize("action", ACTIONS)
    def test_guessed_action_urls_of_other_sections_are_refused(
        self, editor_of_a, sections, action
    ):
        bo = Signup.objects.get(page=sections.event_b, name="Bo Berg")
        assert refused(editor_of_a.post(action_url(sections.event_b, bo, action)))
        bo.refresh_from_db()
        assert bo.status == SignupStatus.WAITLISTED
        assert len(mail.outbox) == 0

    def test_user_who_may_only_publish_is_refused(
        self, client, django_user_model, programme, event
    ):
        group = Group.objects.create(name="Publishers")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        GroupPagePermission.objects.create(
            group=group, page=programme, permission_type="publish"
        )
        user = django_user_model.objects.create_user("publisher", password="x")
        user.groups.add(group)
        client.force_login(user)
        assert refused(client.get(list_url(event)))
        explorer = client.get(reverse("wagtailadmin_explore", args=[programme.pk]))
        assert explorer.status_code == 200
        assert list_url(event).encode() not in explorer.content


class TestPageButtons:
    def explore(self, client, page):
        return client.get(reverse("wagtailadmin_explore", args=[page.pk]))

    def button_texts(self, response):
        return {
            link["href"]: link.get_text(" ", strip=True)
            for link in soup_of(response).select("a[href*='/signups/']")
        }

    def test_listing_shows_seat_counts(self, admin_client, programme, full_event):
        unlimited = make_signup_event(programme)
        sign_up(unlimited, "Anne Holm")
        not_full = make_signup_event(programme, capacity=40)
        sign_up(not_full, "Anne Holm")
        without_signup = make_event(programme)
        buttons = self.button_texts(self.explore(admin_client, programme))
        assert buttons[list_url(full_event)] == "Signups: 2/2, 2 waiting"
        assert buttons[list_url(not_full)] == "Signups: 1/40"
        assert buttons[list_url(unlimited)] == "Signups: 1"
        assert list_url(without_signup) not in buttons

    def test_explorer_search_still_works(self, admin_client, programme, full_event):
        url = reverse("wagtailadmin_explore", args=[programme.pk])
        response = admin_client.get(url, {"q": "Ledelsessalon"})
        assert response.status_code == 200
        assert self.button_texts(response)[list_url(full_event)].startswith(
            "Signups: 2/2"
        )

    def test_listing_adds_no_query_per_event(self, admin_client):
        """Growth from 2 to 8 rows matches rows without signups, and none is ours.

        wagtail-localize's "Translate this page" button queries once per row,
        so the explorer's own total grows whatever we do.
        """

        def explorer_queries(programme):
            with CaptureQueriesContext(connection) as queries:
                assert self.explore(admin_client, programme).status_code == 200
            return [query["sql"] for query in queries]

        def growth(make_row):
            programme = make_programme()
            explorer_queries(programme)  # warms the caches, e.g. of content types
            counts = []
            for rows in (2, 6):
                for _ in range(rows):
                    make_row(programme)
                queries = explorer_queries(programme)
                ours = [sql for sql in queries if "wagtail_ledelsesugen_signup" in sql]
                counts.append((len(queries), len(ours)))
            (few, ours_with_few), (more, ours_with_more) = counts
            assert ours_with_few == ours_with_more == 1
            return more - few

        def event_with_signups(programme):
            event = make_signup_event(programme, capacity=10, waitlist_enabled=True)
            sign_up(event, "Anne Holm")

        def event_without_signups(programme):
            make_signup_event(programme, signup_form_enabled=False)

        assert growth(event_with_signups) == growth(event_without_signups)

    def test_header_button(self, admin_client, full_event):
        # The explorer of the event itself: its header, and no rows.
        response = self.explore(admin_client, full_event)
        assert self.button_texts(response) == {list_url(full_event): "Signups"}

    def test_no_header_button_without_signup(self, admin_client, programme):
        event = make_event(programme)
        assert self.button_texts(self.explore(admin_client, event)) == {}

    def test_edit_view_links_to_the_signups(self, admin_client, full_event):
        response = admin_client.get(
            reverse("wagtailadmin_pages:edit", args=[full_event.pk])
        )
        assert list_url(full_event).encode() in response.content


def record_email(signup, state, attempts=0, error="", to_editors=False):
    return SignupEmail.objects.create(
        signup=signup,
        kind=signup.status,
        to_editors=to_editors,
        state=state,
        attempts=attempts,
        last_error=error,
    )


class TestEmailDelivery:
    @pytest.fixture
    def deliveries(self, full_event):
        """Anne's e-mail sent, Bo's failed twice, Carl's queued, Dorte's unknown."""
        SignupEmail.objects.all().delete()
        record_email(signup_named("Anne"), "failed", 1, "SMTPError: timeout")
        record_email(signup_named("Anne"), "sent", 1)
        record_email(signup_named("Bo"), "failed", 2, "ConnectionRefusedError")
        record_email(signup_named("Carl"), "queued")
        record_email(signup_named("Dorte"), "failed", 1, "Refused", to_editors=True)
        return full_event

    def test_list_shows_the_latest_email_to_each_person(self, admin_client, deliveries):
        response = admin_client.get(list_url(deliveries))
        assert [row[7] for row in rows_of(response)] == [
            "Sent",
            "Failed After 2 attempts: ConnectionRefusedError",
            "Queued",
            "None recorded",
        ]

    def test_filter_e_mail_not_delivered(self, admin_client, deliveries):
        response = admin_client.get(
            list_url(deliveries), {"email_delivery": "undelivered"}
        )
        # Anne's first e-mail failed, though a later one went out.
        assert names_listed(response) == ["Anne Holm", "Bo Berg", "Carl Dahl"]
        labels = [label.get_text(strip=True) for label in soup_of(response)("label")]
        assert "E-mail not delivered" in labels

    def test_export_has_the_delivery(self, admin_client, deliveries):
        csv_rows = read_csv(admin_client.get(list_url(deliveries), {"export": "csv"}))
        xlsx_rows = read_xlsx(
            admin_client.get(list_url(deliveries), {"export": "xlsx"})
        )
        expected = [
            "Sent",
            "Failed after 2 attempts: ConnectionRefusedError",
            "Queued",
            "",
        ]
        assert [row[7] for row in csv_rows[1:]] == expected
        assert [row[7] or "" for row in xlsx_rows[1:]] == expected

    def test_no_query_per_signup(
        self, admin_client, event, django_assert_max_num_queries
    ):
        def queries_for(count):
            Signup.objects.all().delete()
            for n in range(count):
                signup = sign_up(event, f"Person {n}", email=f"p{n}@example.org")
                record_email(signup, "failed", 3, "Refused")
            with django_assert_max_num_queries(12) as queries:
                response = admin_client.get(
                    list_url(event), {"email_delivery": "undelivered"}
                )
            assert len(rows_of(response)) == count
            return len(queries)

        assert queries_for(5) == queries_for(40)


FORMULAS = [
    '=HYPERLINK("http://evil.example","x")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
]


class TestFormulasInExports:
    @pytest.fixture
    def attacker(self, programme):
        event = make_signup_event(
            programme,
            questions=[
                ("Antal", "number", {}),
                ("Hilsen", "singleline", {}),
                ("=1+1", "singleline", {"required": False}),
            ],
        )
        evil = sign_up(
            event,
            FORMULAS[0],
            email="evil@example.org",
            organisation=FORMULAS[1],
            job_title=FORMULAS[2],
            answers={"antal": "-5", "hilsen": FORMULAS[3]},
        )
        Signup.objects.filter(pk=evil.pk).update(consent_text=FORMULAS[4])
        sign_up(event, "Bo Berg", organisation=FORMULAS[5], answers={"antal": "-1.5"})
        return event

    def test_csv_cells_cannot_start_a_formula(self, admin_client, attacker):
        response = admin_client.get(list_url(attacker), {"export": "csv"})
        header, evil, bo = read_csv(response)
        cells = dict(zip(header, evil, strict=True))
        assert [
            cells[heading]
            for heading in ("Name", "Organisation", "Job title", "Hilsen")
        ] == ["'" + formula for formula in FORMULAS[:4]]
        assert cells["Consent given"] == "'" + FORMULAS[4]
        assert dict(zip(header, bo, strict=True))["Organisation"] == "'" + FORMULAS[5]

    def test_csv_keeps_plain_negative_numbers(self, admin_client, attacker):
        response = admin_client.get(list_url(attacker), {"export": "csv"})
        header, evil, bo = read_csv(response)
        column = header.index("Antal")
        assert (evil[column], bo[column]) == ("-5", "-1.5")

    def test_xlsx_cells_are_text_not_formulas(self, admin_client, attacker):
        response = admin_client.get(list_url(attacker), {"export": "xlsx"})
        workbook = openpyxl.load_workbook(
            io.BytesIO(b"".join(response.streaming_content))
        )
        header, evil, _bo = workbook.active.iter_rows()
        cells = {
            heading.value: cell for heading, cell in zip(header, evil, strict=True)
        }
        for heading, formula in [
            ("Name", FORMULAS[0]),
            ("Organisation", FORMULAS[1]),
            ("Job title", FORMULAS[2]),
            ("Hilsen", FORMULAS[3]),
        ]:
            assert (cells[heading].data_type, cells[heading].value) == ("s", formula)

    def test_question_labels_cannot_start_a_formula(self, admin_client, attacker):
        """A label an editor typed heads a column in both exports."""
        csv_response = admin_client.get(list_url(attacker), {"export": "csv"})
        assert "'=1+1" in read_csv(csv_response)[0]
        xlsx_response = admin_client.get(list_url(attacker), {"export": "xlsx"})
        workbook = openpyxl.load_workbook(
            io.BytesIO(b"".join(xlsx_response.streaming_content))
        )
        header = next(workbook.active.iter_rows())
        assert {cell.data_type for cell in header} == {"s"}
