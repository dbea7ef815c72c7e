"""The e-mails of the signup life cycle: to the person, and to the page's editors."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import translation
from django.utils.dateformat import format as date_format
from icalendar import Calendar
from wagtail.models import Locale

from tests.builders import days_ahead, make_event, root_page
from wagtail_ledelsesugen import feeds
from wagtail_ledelsesugen.models import Signup, SignupFormPage, SignupStatus
from wagtail_ledelsesugen.signup import emails, services

CANCEL_URL = re.compile(r"https?://[^\s\"<>]+/cancel/[^\s\"<>/]+/")


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("The mail server is down.")


@pytest.fixture
def english_locale(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def danish_locale(db):
    return Locale.objects.get(language_code="da")


@pytest.fixture
def event(programme):
    return make_event(
        programme,
        title="Ledelse i praksis",
        signup_form_enabled=True,
        capacity=1,
        waitlist_enabled=True,
        start=days_ahead(10, 9),
        end=days_ahead(10, 11),
        venue_name="Dokk1",
        street_address="Hack Kampmanns Plads 2",
        postcode="8000",
        city="Aarhus C",
    )


@pytest.fixture
def sign_up(django_capture_on_commit_callbacks, english_locale):
    """Register a signup and run the e-mail tasks queued for after the commit."""

    def sign_up(page, **kwargs):
        kwargs = {
            "name": "Anna Berg",
            "email": "anna@example.org",
            "consent_text": "Ja tak",
            "locale": english_locale,
            **kwargs,
        }
        with django_capture_on_commit_callbacks(execute=True):
            signup, _created = services.register(page, **kwargs)
        return signup

    return sign_up


@pytest.fixture
def cancel(django_capture_on_commit_callbacks):
    def cancel(page, signup):
        with django_capture_on_commit_callbacks(execute=True):
            return services.cancel(page, signup.token)

    return cancel


def html_of(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def text_of_html(message):
    return BeautifulSoup(html_of(message), "html.parser").get_text(" ", strip=True)


def calendars(message):
    return [
        Calendar.from_ical(content)
        for _name, content, mimetype in message.attachments
        if mimetype == "text/calendar"
    ]


def cancel_links(message):
    html_links = [
        a["href"]
        for a in BeautifulSoup(html_of(message), "html.parser").select("a[href]")
        if CANCEL_URL.fullmatch(a["href"])
    ]
    return CANCEL_URL.findall(message.body), html_links


def assert_cancel_link(message, signup, page):
    url = page.get_full_url() + f"cancel/{signup.token}/"
    assert url.startswith("http")
    assert cancel_links(message) == ([url], [url])


def assert_calendar_of(message, event):
    [calendar] = calendars(message)
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["UID"]) == feeds.event_uid(event)
    assert vevent.decoded("DTSTART") == event.start
    [(filename, _content, _mimetype)] = message.attachments
    assert filename == f"{event.slug}.ics"


def only_message_to(mailoutbox, address):
    [message] = [m for m in mailoutbox if m.to == [address]]
    return message


class TestToThePerson:
    def test_confirmed(self, event, sign_up, mailoutbox):
        signup = sign_up(event)
        [message] = mailoutbox
        assert message.to == ["anna@example.org"]
        assert message.subject == "You are signed up for “Ledelse i praksis”"
        assert "Hello Anna Berg," in message.body
        assert "Your signup for “Ledelse i praksis” is confirmed." in message.body
        assert "Dokk1, Hack Kampmanns Plads 2, 8000 Aarhus C" in message.body
        assert event.get_full_url() in message.body
        assert "attached to this e-mail" in message.body
        assert "so someone else can have your seat" in message.body
        html = text_of_html(message)
        assert "You are signed up for “Ledelse i praksis”" in html
        assert "Hack Kampmanns Plads 2" in html
        assert "so someone else can have your seat" in html
        assert_cancel_link(message, signup, event)
        assert_calendar_of(message, event)

    def test_calendar_file_follows_an_edited_event(
        self, programme, sign_up, mailoutbox
    ):
        event = make_event(
            programme, title="Før", signup_form_enabled=True, start=days_ahead(10, 9)
        )
        sign_up(event, email="first@example.org")
        event.title = "Efter"
        event.save_revision().publish()
        sign_up(event, email="second@example.org")
        summaries = [
            str(calendar.walk("VEVENT")[0]["SUMMARY"])
            for message in mailoutbox
            for calendar in calendars(message)
        ]
        assert summaries == ["Før", "Efter"]

    def test_html_is_an_accessible_document(self, event, sign_up, mailoutbox):
        sign_up(event)
        soup = BeautifulSoup(html_of(mailoutbox[0]), "html.parser")
        assert soup.html["lang"] == "en"
        assert soup.title.get_text() == "You are signed up for “Ledelse i praksis”"
        assert soup.h1.get_text() == "You are signed up for “Ledelse i praksis”"
        assert soup.select("a") and all(
            a.get_text(strip=True) for a in soup.select("a")
        )
        assert not soup.select("img, link, script, style")
        assert soup.select_one("time[datetime]")

    def test_waitlisted(self, event, sign_up, mailoutbox):
        sign_up(event)
        waiting = sign_up(event, name="Bo Dahl", email="bo@example.org")
        assert waiting.status == SignupStatus.WAITLISTED
        message = only_message_to(mailoutbox, "bo@example.org")
        assert message.subject == "You are on the waiting list for “Ledelse i praksis”"
        assert "You are number 1 on the waiting list." in message.body
        assert "you get it automatically and we send you an e-mail" in message.body
        assert "number 1 on the waiting list" in text_of_html(message)
        assert "Leave the waiting list" in text_of_html(message)
        assert_cancel_link(message, waiting, event)
        assert message.attachments == []

    def test_waitlist_rank_is_the_place_in_the_queue(self, event, sign_up, mailoutbox):
        sign_up(event)
        sign_up(event, name="Bo Dahl", email="bo@example.org")
        sign_up(event, name="Cai Eg", email="cai@example.org")
        message = only_message_to(mailoutbox, "cai@example.org")
        assert "You are number 2 on the waiting list." in message.body

    def test_cancelled_and_the_first_in_line_promoted(
        self, event, sign_up, cancel, mailoutbox
    ):
        seated = sign_up(event)
        waiting = sign_up(event, name="Bo Dahl", email="bo@example.org")
        sign_up(event, name="Cai Eg", email="cai@example.org")
        mailoutbox.clear()

        cancel(event, seated)

        assert sorted(m.to[0] for m in mailoutbox) == [
            "anna@example.org",
            "bo@example.org",
        ]
        cancelled = only_message_to(mailoutbox, "anna@example.org")
        assert cancelled.subject == "Your signup for “Ledelse i praksis” is cancelled"
        assert "You are no longer signed up for “Ledelse i praksis”" in cancelled.body
        assert event.get_full_url() in cancelled.body
        assert "no longer signed up" in text_of_html(cancelled)
        assert cancelled.attachments == []
        assert cancel_links(cancelled) == ([], [])

        promoted = only_message_to(mailoutbox, "bo@example.org")
        assert promoted.subject == "You got a seat for “Ledelse i praksis”"
        assert "has become free, and it is yours" in promoted.body
        assert "You got a seat" in text_of_html(promoted)
        assert_cancel_link(promoted, waiting, event)
        assert_calendar_of(promoted, event)

    def test_online_event_gives_the_join_link(self, programme, sign_up, mailoutbox):
        event = make_event(
            programme,
            signup_form_enabled=True,
            start=days_ahead(10),
            mode="online",
            venue_name="",
            city="",
            online_url="https://meet.example.org/ledelse",
        )
        sign_up(event)
        [message] = mailoutbox
        assert "Link to join online: https://meet.example.org/ledelse" in message.body
        assert "Where:" not in message.body
        soup = BeautifulSoup(html_of(message), "html.parser")
        link = soup.select_one('a[href="https://meet.example.org/ledelse"]')
        assert link.get_text() == "Link to join online"

    def test_text_part_is_plain_text(self, programme, sign_up, mailoutbox, settings):
        settings.WAGTAIL_LEDELSESUGEN = {"NOTIFY_WITH_PERSONAL_DATA": True}
        event = make_event(
            programme,
            title='Q&A: "Ledelse" <i dag>',
            signup_form_enabled=True,
            start=days_ahead(10),
            notify_emails="editor@example.org",
        )
        sign_up(event, name='Søren "Sørensen" & Co', email="soren@example.org")
        notification = only_message_to(mailoutbox, "editor@example.org")
        assert 'Q&A: "Ledelse" <i dag>' in notification.subject
        assert 'Søren "Sørensen" & Co' in notification.body
        assert "&amp;" not in notification.body + notification.subject
        assert "Søren &quot;Sørensen&quot; &amp; Co" in html_of(notification)
        message = only_message_to(mailoutbox, "soren@example.org")
        assert message.subject == 'You are signed up for “Q&A: "Ledelse" <i dag>”'
        assert 'Hello Søren "Sørensen" & Co,' in message.body
        assert 'Q&A: "Ledelse" <i dag>' in message.body
        assert "&amp;" not in message.body
        assert "&quot;" not in message.body
        assert "&#" not in message.body
        html = html_of(message)
        assert "<i dag>" not in html
        assert "Q&amp;A: &quot;Ledelse&quot; &lt;i dag&gt;" in html

    def test_text_has_no_runs_of_blank_lines(self, event, sign_up, mailoutbox):
        sign_up(event)
        assert "\n\n\n" not in mailoutbox[0].body
        assert not mailoutbox[0].body.startswith("\n")


PRIVATE_LINK = "https://teams.example.org/l/meetup-join/privat-123"


def unfolded(ical):
    """Calendar text with its long lines joined again (RFC 5545, 3.1)."""
    return ical.decode().replace("\r\n ", "")


def everything_in(message):
    """Subject, text, HTML and attachments of ``message``, as one string."""
    parts = [message.subject, message.body, html_of(message)]
    parts += [unfolded(content) for _name, content, _type in message.attachments]
    return "\n".join(parts)


class TestPrivateJoinLink:
    """Only confirmed participants get the private join link: in the text,
    the HTML and the calendar file of their e-mails, nowhere else."""

    @pytest.fixture
    def event(self, event):
        event.mode = "hybrid"
        event.online_url = "https://stream.example.org/ledelse"
        event.private_join_url = PRIVATE_LINK
        event.notify_emails = "editor@example.org"
        event.save_revision().publish()
        event.refresh_from_db()
        return event

    def assert_has_the_link(self, message):
        assert f"Your link to join online: {PRIVATE_LINK}" in message.body
        assert "Public online link: https://stream.example.org/ledelse" in message.body
        soup = BeautifulSoup(html_of(message), "html.parser")
        link = soup.select_one(f'a[href="{PRIVATE_LINK}"]')
        assert link.get_text() == "Your link to join online"
        [calendar] = calendars(message)
        [vevent] = calendar.walk("VEVENT")
        assert PRIVATE_LINK in str(vevent["DESCRIPTION"])

    def test_confirmed(self, event, sign_up, mailoutbox):
        sign_up(event)
        self.assert_has_the_link(only_message_to(mailoutbox, "anna@example.org"))

    def test_promoted(self, event, sign_up, cancel, mailoutbox):
        seated = sign_up(event)
        sign_up(event, name="Bo Dahl", email="bo@example.org")
        cancel(event, seated)
        [promoted] = [m for m in mailoutbox if m.subject.startswith("You got a seat")]
        assert promoted.to == ["bo@example.org"]
        self.assert_has_the_link(promoted)

    def test_not_to_the_waiting_list_the_cancelled_or_the_editors(
        self, event, sign_up, cancel, mailoutbox, settings
    ):
        settings.WAGTAIL_LEDELSESUGEN = {"NOTIFY_WITH_PERSONAL_DATA": True}
        seated = sign_up(event)
        sign_up(event, name="Bo Dahl", email="bo@example.org")
        sign_up(event, name="Cai Eg", email="cai@example.org")
        cancel(event, seated)
        others = [
            m
            for m in mailoutbox
            if not m.subject.startswith(("You are signed up", "You got a seat"))
        ]
        # Anna's cancellation, two waiting list places, four editor notices.
        assert sorted(m.to[0] for m in others) == [
            "anna@example.org",
            "bo@example.org",
            "cai@example.org",
            *["editor@example.org"] * 4,
        ]
        for message in others:
            assert PRIVATE_LINK not in everything_in(message)

    def test_already_signed_up_gets_it_only_with_a_seat(
        self, event, sign_up, mailoutbox
    ):
        sign_up(event)
        sign_up(event, name="Bo Dahl", email="bo@example.org")
        mailoutbox.clear()
        sign_up(event)
        sign_up(event, name="Bo Dahl", email="bo@example.org")
        seated = only_message_to(mailoutbox, "anna@example.org")
        waiting = only_message_to(mailoutbox, "bo@example.org")
        subject = "You are already signed up for “Ledelse i praksis”"
        assert seated.subject == waiting.subject == subject
        self.assert_has_the_link(seated)
        assert PRIVATE_LINK not in everything_in(waiting)

    def test_online_only_event_has_it_as_the_calendar_location(
        self, event, sign_up, mailoutbox
    ):
        event.mode = "online"
        event.save_revision().publish()
        sign_up(event)
        [calendar] = calendars(only_message_to(mailoutbox, "anna@example.org"))
        [vevent] = calendar.walk("VEVENT")
        assert str(vevent["LOCATION"]) == PRIVATE_LINK

    def test_not_in_the_public_calendars(self, client, event, programme):
        event.mode = "online"
        event.save_revision().publish()
        for url in (event.get_ical_url(), programme.url + "ical/"):
            response = client.get(url)
            assert response.status_code == 200
            ical = unfolded(response.content)
            assert "SUMMARY:Ledelse i praksis" in ical
            assert "LOCATION:https://stream.example.org/ledelse" in ical
            assert PRIVATE_LINK not in ical


class TestLanguage:
    def test_email_is_in_the_signups_language(
        self, event, sign_up, danish_locale, mailoutbox, monkeypatch
    ):
        languages = []
        render_to_string = emails.render_to_string

        def recording_render(*args, **kwargs):
            languages.append(translation.get_language())
            return render_to_string(*args, **kwargs)

        monkeypatch.setattr(emails, "render_to_string", recording_render)
        sign_up(event, locale=danish_locale)
        assert set(languages) == {"da"}
        # Dates come from Django's own Danish catalog, whatever ours holds yet.
        with translation.override("da"):
            weekday = date_format(event.local_start, "l")
            month = date_format(event.local_start, "F")
        with translation.override("en"):
            english_weekday = date_format(event.local_start, "l")
        [message] = mailoutbox
        for text in (message.body, text_of_html(message)):
            assert weekday in text
            assert month in text
            assert english_weekday not in text
        assert BeautifulSoup(html_of(message), "html.parser").html["lang"] == "da"

    def test_english_signup_gets_english(self, event, sign_up, mailoutbox):
        sign_up(event)
        with translation.override("en"):
            weekday = date_format(event.local_start, "l")
        assert weekday in mailoutbox[0].body

    def test_rendering_leaves_the_active_language_alone(
        self, event, sign_up, danish_locale
    ):
        sign_up(event, locale=danish_locale)
        assert translation.get_language() == "en"


class TestSignupFormPage:
    @pytest.fixture
    def form_page(self, db):
        page = SignupFormPage(
            title="Nyhedsbrev",
            slug="nyhedsbrev",
            confirmation_text="Det første nyhedsbrev kommer i oktober.\nVel mødt!",
        )
        root_page().add_child(instance=page)
        return page

    def test_confirmed_without_calendar(self, form_page, sign_up, mailoutbox):
        signup = sign_up(form_page)
        [message] = mailoutbox
        assert message.subject == "You are signed up for “Nyhedsbrev”"
        assert "Det første nyhedsbrev kommer i oktober.\nVel mødt!" in message.body
        assert "Det første nyhedsbrev kommer i oktober." in text_of_html(message)
        assert "When:" not in message.body
        assert "calendar" not in message.body
        assert message.attachments == []
        assert_cancel_link(message, signup, form_page)


class TestEditorNotification:
    PERSON = {
        "name": "Quirin Quist",
        "email": "quirin@example.org",
        "organisation": "Quistgaard A/S",
        "job_title": "Chefkonsulent",
        "answers": {"kost": ["Vegansk frokost", "Glutenfri"], "antal": None},
    }

    @pytest.fixture
    def event(self, event):
        event.notify_emails = "editor@example.org, chef@example.org"
        event.save_revision().publish()
        event.refresh_from_db()
        return event

    @pytest.fixture
    def english_site(self, settings):
        """Notifications are in the site's language; read them in English here."""
        settings.LANGUAGE_CODE = "en"

    def notification(self, mailoutbox):
        [message] = [
            m for m in mailoutbox if m.to == ["editor@example.org", "chef@example.org"]
        ]
        return message

    def assert_no_personal_data(self, message):
        for part in (message.subject, message.body, html_of(message)):
            for value in ("Quirin", "quirin@example.org", "Quistgaard"):
                assert value not in part
            assert "Chefkonsulent" not in part
            assert "Vegansk" not in part

    def test_counts_without_personal_data(
        self, event, sign_up, mailoutbox, english_site
    ):
        sign_up(event, **self.PERSON)
        message = self.notification(mailoutbox)
        assert message.subject == "New signup for “Ledelse i praksis”"
        assert "1 of 1 seats taken, 0 on the waiting list." in message.body
        assert "1 of 1 seats taken" in text_of_html(message)
        assert event.get_full_url() in message.body
        self.assert_no_personal_data(message)
        assert message.attachments == []

    def test_waitlisted_and_cancelled(
        self, event, sign_up, cancel, mailoutbox, english_site
    ):
        seated = sign_up(event)
        mailoutbox.clear()
        sign_up(event, **self.PERSON)
        message = self.notification(mailoutbox)
        assert message.subject == (
            "New signup on the waiting list for “Ledelse i praksis”"
        )
        assert "1 of 1 seats taken, 1 on the waiting list." in message.body
        mailoutbox.clear()

        cancel(event, seated)

        message = self.notification(mailoutbox)
        assert message.subject == "Cancelled signup for “Ledelse i praksis”"
        # Counted after the next in line got the free seat.
        assert "1 of 1 seats taken, 0 on the waiting list." in message.body
        assert "Anna" not in message.body
        self.assert_no_personal_data(message)

    def test_personal_data_when_the_site_allows_it(
        self, event, sign_up, mailoutbox, settings, english_site
    ):
        settings.WAGTAIL_LEDELSESUGEN = {"NOTIFY_WITH_PERSONAL_DATA": True}
        sign_up(event, **self.PERSON)
        message = self.notification(mailoutbox)
        for part in (message.body, text_of_html(message)):
            for value in self.PERSON.values():
                if isinstance(value, str):
                    assert value in part
            assert "kost" in part
            assert "Vegansk frokost, Glutenfri" in part
        assert "Name: Quirin Quist" in message.body
        assert "E-mail: quirin@example.org" in message.body
        assert "kost: Vegansk frokost, Glutenfri\n" in message.body
        assert "antal: \n" in message.body

    def test_no_counts_of_seats_without_capacity(
        self, event, sign_up, mailoutbox, english_site
    ):
        event.capacity = None
        event.save_revision().publish()
        sign_up(event)
        message = self.notification(mailoutbox)
        assert "1 signed up." in message.body
        assert "waiting list" not in message.body

    def test_in_the_sites_language(self, event, sign_up, mailoutbox, monkeypatch):
        languages = []
        render_to_string = emails.render_to_string

        def recording_render(name, *args, **kwargs):
            languages.append((name.rsplit("/", 1)[-1], translation.get_language()))
            return render_to_string(name, *args, **kwargs)

        monkeypatch.setattr(emails, "render_to_string", recording_render)
        sign_up(event)  # an English signup on a Danish site
        assert ("editor_notification.txt", "da") in languages
        assert ("signup_confirmed.txt", "en") in languages

    def test_none_without_addresses(self, event, sign_up, mailoutbox):
        event.notify_emails = " , "
        event.save_revision().publish()
        sign_up(event)
        assert [m.to for m in mailoutbox] == [["anna@example.org"]]


class TestFailingMailServer:
    """With django-tasks' ImmediateBackend the e-mail is sent during the request.

    A mail server that is down neither loses the signup nor the answer: the
    e-mail is recorded as failed, with the reason, for the retry to send.
    """

    def test_signup_is_kept_and_the_email_recorded_as_failed(
        self, client, event, settings, mailoutbox, django_capture_on_commit_callbacks
    ):
        settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_MIN_FILL_SECONDS": 0}
        settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
        soup = BeautifulSoup(client.get(event.url).content, "html.parser")
        started = soup.select_one("input[name=started]")["value"]
        data = {
            "name": "Anna Berg",
            "email": "anna@example.org",
            "consent": "on",
            "started": started,
        }
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            response = client.post(event.url + "signup/", data)

        assert response.status_code == 302
        assert "/signup/thanks/" in response["Location"]
        assert callbacks  # the e-mail was queued after the commit ...
        assert mailoutbox == []  # ... and never arrived
        signup = Signup.objects.get(email="anna@example.org")
        assert signup.status == SignupStatus.CONFIRMED
        [email] = signup.emails.all()
        assert (email.kind, email.state, email.attempts) == ("confirmed", "failed", 1)
        assert email.last_error == "ConnectionRefusedError: The mail server is down."
        assert email.next_attempt_at > email.created_at
