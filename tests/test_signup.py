"""The public signup journey: the form, seats, waiting list, window and refusals."""

import pytest
from bs4 import BeautifulSoup
from django.db import IntegrityError, transaction
from wagtail.models import Locale

from tests.builders import (
    days_ahead,
    make_event,
    make_signup_event,
    signup_data,
)
from wagtail_ledelsesugen.models import (
    Signup,
    SignupFormPage,
    SignupFormQuestion,
    SignupStatus,
)
from wagtail_ledelsesugen.signup import services

QUESTIONS = [
    ("Hvilken sektor kommer du fra?", "radio", {"choices": "Kommune\nRegion\nStat"}),
    ("Kost", "checkboxes", {"choices": "Vegetar\nGlutenfri", "required": False}),
    ("Spørgsmål til panelet", "multiline", {"required": False}),
    ("Antal deltagere", "number", {"required": False}),
    ("Dit LinkedIn", "url", {"required": False}),
    ("Niveau", "dropdown", {"choices": "Topleder\nMellemleder", "required": False}),
]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def summary(response):
    return [
        li.get_text(" ", strip=True)
        for li in soup_of(response).select(".lu-error-summary li")
    ]


def refusal(response):
    return soup_of(response).select_one(".lu-notice--refusal").get_text()


def post(client, event, **overrides):
    return client.post(event.url + "signup/", signup_data(event, **overrides))


@pytest.fixture(autouse=True)
def no_fill_time(settings):
    settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_MIN_FILL_SECONDS": 0}


@pytest.fixture
def event(programme):
    return make_signup_event(programme, questions=QUESTIONS, capacity=2)


ANSWERS = {"hvilken_sektor_kommer_du_fra": "Region"}


class TestForm:
    def test_form_has_standard_fields_questions_and_consent(self, client, event):
        soup = soup_of(client.get(event.url))
        form = soup.select_one("#lu-signup form")
        names = [field["name"] for field in form.select("input, textarea, select")]
        for name in ["name", "email", "organisation", "job_title", "consent"]:
            assert name in names
        for name in [
            "hvilken_sektor_kommer_du_fra",
            "kost",
            "sporgsmal_til_panelet",
            "antal_deltagere",
            "dit_linkedin",
        ]:
            assert name in names, name
        assert form["action"] == event.url + "signup/"
        assert soup.select_one(".lu-seats").get_text(strip=True) == "2 seats left."

    def test_every_visible_input_has_a_label(self, client, event):
        soup = soup_of(client.get(event.url))
        form = soup.select_one("#lu-signup form")
        for field in form.select("input:not([type=hidden]), textarea, select"):
            assert form.select_one(f'label[for="{field["id"]}"]'), field["name"]

    def test_choice_questions_are_fieldsets(self, client, event):
        soup = soup_of(client.get(event.url))
        legends = [legend.get_text(" ", strip=True) for legend in soup.select("legend")]
        assert "Hvilken sektor kommer du fra? (required)" in legends
        assert "Kost" in legends

    def test_no_form_without_signup(self, client, programme):
        event = make_event(programme)
        soup = soup_of(client.get(event.url))
        assert soup.select_one("#lu-signup") is None

    def test_external_signup_link(self, client, programme):
        event = make_event(programme, external_signup_url="https://example.org/tilmeld")
        link = soup_of(client.get(event.url)).select_one("#lu-signup a.lu-button")
        assert link["href"] == "https://example.org/tilmeld"


class TestSignup:
    def test_confirmed_signup(self, client, event):
        response = post(
            client,
            event,
            hvilken_sektor_kommer_du_fra="Region",
            kost=["Vegetar"],
            antal_deltagere="2",
        )
        assert response.status_code == 302
        signup = Signup.objects.get()
        assert signup.status == SignupStatus.CONFIRMED
        assert signup.name == "Mette Hansen"
        assert signup.organisation == "Aarhus Kommune"
        assert signup.answers["hvilken_sektor_kommer_du_fra"] == "Region"
        assert signup.answers["kost"] == ["Vegetar"]
        assert signup.answers["antal_deltagere"] == "2"
        assert signup.consent_text == (
            "I agree that my answers are stored and used to handle my signup."
        )
        assert signup.locale == event.locale
        assert signup.page_id == event.pk
        assert len(signup.token) >= 40
        thanks = client.get(response["Location"])
        assert soup_of(thanks).h1.get_text() == "Check your e-mail"

    def test_page_consent_text_is_stored(self, client, programme):
        event = make_signup_event(programme, consent_text="Ja, I må gemme mine svar.")
        post(client, event)
        assert Signup.objects.get().consent_text == "Ja, I må gemme mine svar."

    def test_waitlist_when_seats_are_gone(self, client, event):
        for n in range(2):
            post(client, event, email=f"p{n}@example.org", **ANSWERS)
        response = post(client, event, email="third@example.org", **ANSWERS)
        third = Signup.objects.get(email="third@example.org")
        assert third.status == SignupStatus.WAITLISTED
        assert third.waitlist_position == 1
        fourth_response = post(client, event, email="fourth@example.org", **ANSWERS)
        assert Signup.objects.get(email="fourth@example.org").waitlist_position == 2
        assert fourth_response["Location"] == response["Location"]
        assert response.status_code == 302
        page = soup_of(client.get(event.url))
        assert "All seats are taken" in page.select_one(".lu-seats").get_text()
        assert (
            page.select_one("#lu-signup button").get_text() == "Join the waiting list"
        )

    def test_full_without_waitlist(self, client, programme):
        event = make_signup_event(programme, capacity=1, waitlist_enabled=False)
        post(client, event, email="first@example.org")
        page = soup_of(client.get(event.url))
        assert page.select_one("#lu-signup form") is None
        assert page.select_one(".lu-notice--full").get_text() == "Fully booked"
        response = post(client, event, email="second@example.org")
        assert response.status_code == 409
        assert refusal(response) == "The event is fully booked."
        assert Signup.objects.count() == 1

    def test_unlimited_capacity(self, client, programme):
        event = make_signup_event(programme, capacity=None)
        for n in range(5):
            post(client, event, email=f"p{n}@example.org")
        assert Signup.objects.filter(status=SignupStatus.CONFIRMED).count() == 5
        assert soup_of(client.get(event.url)).select_one(".lu-seats") is None

    def test_after_cancelling_one_may_sign_up_again(self, client, event):
        post(client, event, **ANSWERS)
        services.cancel(event, Signup.objects.get().token)
        assert post(client, event, **ANSWERS).status_code == 302
        assert Signup.objects.filter(status=SignupStatus.CONFIRMED).count() == 1

    def test_database_refuses_a_second_active_signup(self, event):
        signup_list = event.get_signup_list()
        Signup.objects.create(
            signup_list=signup_list,
            status="confirmed",
            name="A",
            email="a@example.org",
            consent_text="ok",
        )
        with pytest.raises(IntegrityError), transaction.atomic():
            Signup.objects.create(
                signup_list=signup_list,
                status="waitlisted",
                waitlist_position=1,
                name="A",
                email="A@EXAMPLE.ORG",
                consent_text="ok",
            )


class TestWindow:
    def test_not_yet_open(self, client, programme):
        event = make_signup_event(programme, signup_opens=days_ahead(3, 12))
        soup = soup_of(client.get(event.url))
        assert soup.select_one("#lu-signup form") is None
        assert (
            soup.select_one("#lu-signup .lu-notice")
            .get_text()
            .startswith("Signup opens ")
        )
        response = post(client, event)
        assert response.status_code == 409
        assert refusal(response) == "Signup has not opened yet."
        assert not Signup.objects.exists()

    def test_closed_after_deadline(self, client, programme):
        event = make_signup_event(programme, signup_deadline=days_ahead(-1))
        soup = soup_of(client.get(event.url))
        assert "Signup has closed." in soup.select_one("#lu-signup").get_text()
        assert post(client, event).status_code == 409
        assert not Signup.objects.exists()

    def test_closes_at_the_start_by_default(self, client, programme):
        event = make_signup_event(
            programme, start=days_ahead(0, 0, 0), end=days_ahead(2)
        )
        assert event.signup_closes_at == event.start
        assert post(client, event).status_code == 409

    def test_unpublished_event_is_404(self, client, event):
        event.unpublish()
        assert post(client, event).status_code == 404
        assert not Signup.objects.exists()


class TestBadInput:
    @pytest.mark.parametrize(
        ("overrides", "field", "message"),
        [
            ({"email": "ikke-en-adresse"}, "email", "Enter a valid email address."),
            ({"name": ""}, "name", "This field is required."),
            (
                {"hvilken_sektor_kommer_du_fra": None},
                "hvilken_sektor_kommer_du_fra",
                "This field is required.",
            ),
            (
                {"hvilken_sektor_kommer_du_fra": "Mars"},
                "hvilken_sektor_kommer_du_fra",
                "Select a valid choice. Mars is not one of the available choices.",
            ),
            (
                {"kost": ["Vegetar", "Kød"]},
                "kost",
                "Select a valid choice. Kød is not one of the available choices.",
            ),
            (
                {"organisation": "x" * 256},
                "organisation",
                "Ensure this value has at most 255 characters (it has 256).",
            ),
            (
                {"sporgsmal_til_panelet": "x" * 5001},
                "sporgsmal_til_panelet",
                "Ensure this value has at most 5000 characters (it has 5001).",
            ),
            ({"antal_deltagere": "mange"}, "antal_deltagere", "Enter a number."),
            (
                {"niveau": "Direktør"},
                "niveau",
                "Select a valid choice. Direktør is not one of the available choices.",
            ),
            ({"consent": None}, "consent", "You must give your consent to sign up."),
        ],
    )
    def test_error_next_to_field_and_in_summary(
        self, client, event, overrides, field, message
    ):
        data = {**ANSWERS, **overrides}
        response = post(client, event, **data)
        assert response.status_code == 400
        assert not Signup.objects.exists()
        soup = soup_of(response)
        assert soup.select_one(f"#id_{field}_error").get_text() == message
        link = soup.select_one(f'.lu-error-summary a[href="#id_{field}"]')
        assert link.get_text(" ", strip=True).endswith(message)
        assert soup.select_one(f"#id_{field}") is not None

    def test_values_are_kept_after_an_error(self, client, event):
        response = post(client, event, email="nope", **ANSWERS)
        soup = soup_of(response)
        assert soup.select_one("#id_name")["value"] == "Mette Hansen"
        assert soup.select_one("#id_email")["aria-invalid"] == "true"

    def test_honeypot(self, client, event):
        response = post(client, event, website="http://spam.example", **ANSWERS)
        assert response.status_code == 400
        assert not Signup.objects.exists()

    def test_too_fast(self, client, event, settings):
        settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_MIN_FILL_SECONDS": 120}
        response = post(client, event, **ANSWERS)
        assert response.status_code == 400
        assert any("too quickly" in item for item in summary(response))
        assert not Signup.objects.exists()

    def test_forged_start_time(self, client, event):
        response = post(client, event, started="123", **ANSWERS)
        assert response.status_code == 400

    def test_get_on_the_signup_url_goes_back_to_the_page(self, client, event):
        response = client.get(event.url + "signup/")
        assert response.status_code == 302
        assert response["Location"] == event.url


class TestRateLimit:
    def test_too_many_attempts(self, client, event, settings):
        settings.WAGTAIL_LEDELSESUGEN = {
            "SIGNUP_MIN_FILL_SECONDS": 0,
            "SIGNUP_RATE_LIMIT": 2,
            "SIGNUP_RATE_WINDOW": 600,
        }
        from django.core.cache import cache

        cache.clear()
        for n in range(2):
            assert post(client, event, email=f"x{n}@example.org").status_code in (
                302,
                400,
            )
        response = post(client, event, email="x3@example.org", **ANSWERS)
        assert response.status_code == 429
        assert 0 < int(response["Retry-After"]) <= 600
        assert "Try again in" in soup_of(response).get_text()
        assert not Signup.objects.filter(email="x3@example.org").exists()
        other_ip = client.post(
            event.url + "signup/",
            signup_data(event, email="x4@example.org", **ANSWERS),
            REMOTE_ADDR="10.9.9.9",
        )
        assert other_ip.status_code == 302


class TestCancellation:
    @pytest.fixture
    def full(self, event):
        signups = [
            services.register(
                event,
                name=f"P{n}",
                email=f"p{n}@example.org",
                consent_text="ok",
                locale=event.locale,
                answers=ANSWERS,
            )[0]
            for n in range(3)
        ]
        return signups

    def test_cancel_frees_the_seat_for_the_first_in_line(self, client, event, full):
        first, second, waiting = full
        assert waiting.status == SignupStatus.WAITLISTED
        url = event.url + f"cancel/{first.token}/"
        confirm = client.get(url)
        assert confirm.status_code == 200
        assert soup_of(confirm).select_one("form button")
        response = client.post(url)
        assert response.status_code == 200
        assert soup_of(response).h1.get_text() == "Your signup is cancelled"
        first.refresh_from_db()
        waiting.refresh_from_db()
        assert first.status == SignupStatus.CANCELLED
        assert first.cancelled_at is not None
        assert waiting.status == SignupStatus.CONFIRMED
        assert waiting.waitlist_position is None

    def test_cancelling_from_the_waiting_list_promotes_nobody(self, event, full):
        first, second, waiting = full
        services.cancel(event, waiting.token)
        assert Signup.objects.filter(status=SignupStatus.CONFIRMED).count() == 2

    def test_reused_link(self, client, event, full):
        url = event.url + f"cancel/{full[0].token}/"
        client.post(url)
        again = client.post(url)
        assert again.status_code == 409
        assert "already been cancelled" in soup_of(again).h1.get_text()
        assert client.get(url).status_code == 200

    def test_unknown_token(self, client, event, full):
        response = client.post(event.url + "cancel/not-a-token/")
        assert response.status_code == 404
        assert "not valid" in soup_of(response).h1.get_text()
        assert Signup.objects.filter(status=SignupStatus.CANCELLED).count() == 0

    def test_token_of_another_event_does_not_work(self, client, programme, full):
        other = make_signup_event(programme)
        response = client.post(other.url + f"cancel/{full[0].token}/")
        assert response.status_code == 404


class TestIntranet:
    @pytest.fixture
    def intranet_event(self, programme):
        return make_signup_event(programme, require_login=True)

    def test_anonymous_visitors_are_asked_to_log_in(self, client, intranet_event):
        soup = soup_of(client.get(intranet_event.url))
        assert soup.select_one("#lu-signup form") is None
        assert (
            "Only signed-in users can sign up."
            in soup.select_one("#lu-signup").get_text()
        )
        response = post(client, intranet_event)
        assert response.status_code == 403
        assert not Signup.objects.exists()

    def test_name_and_email_come_from_the_user(
        self, client, intranet_event, django_user_model
    ):
        user = django_user_model.objects.create_user(
            "lone", "lone@kommune.dk", "x", first_name="Lone", last_name="Berg"
        )
        client.force_login(user)
        soup = soup_of(client.get(intranet_event.url))
        assert soup.select_one("#id_name") is None
        assert soup.select_one("#id_email") is None
        assert post(client, intranet_event, name=None, email=None).status_code == 302
        signup = Signup.objects.get()
        assert (signup.name, signup.email, signup.user) == (
            "Lone Berg",
            "lone@kommune.dk",
            user,
        )


def test_translations_share_one_list_of_seats(client, programme):
    """5 seats, 3 signups on the Danish page and 2 on the English: full on both."""
    event = make_signup_event(programme, capacity=5, waitlist_enabled=False)
    english = Locale.objects.create(language_code="en")
    for page in (programme.get_parent(), programme):
        page.specific.copy_for_translation(english).save_revision().publish()
    english_event = event.copy_for_translation(english)
    english_event.save_revision().publish()
    english_event.refresh_from_db()
    # Without i18n_patterns in the test URLs, the request's language picks the tree.
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "da"
    for n in range(3):
        assert post(client, event, email=f"da{n}@example.org").status_code == 302
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    for n in range(2):
        assert (
            post(client, english_event, email=f"en{n}@example.org").status_code == 302
        )
    assert event.signup_state() == "full"
    assert english_event.signup_state() == "full"
    assert post(client, english_event, email="late@example.org").status_code == 409
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "da"
    assert post(client, event, email="late@example.org").status_code == 409
    signups = Signup.objects.all()
    assert {s.locale.language_code for s in signups} == {"da", "en"}
    assert len({s.signup_list_id for s in signups}) == 1


def test_signup_form_page(client, programme):
    page = SignupFormPage(title="Bestil dialogkort", slug="dialogkort")
    page.signup_questions = [
        SignupFormQuestion(label="Antal æsker", field_type="number", required=True)
    ]
    programme.get_parent().add_child(instance=page)
    response = client.get(page.url)
    assert response.status_code == 200
    assert soup_of(response).select_one("#id_antal_aesker")
    response = client.post(page.url + "signup/", signup_data(page, antal_aesker="3"))
    assert response.status_code == 302
    assert Signup.objects.get().answers == {"antal_aesker": "3"}


def test_event_page_with_form_has_bounded_queries(
    client, event, django_assert_max_num_queries
):
    client.get(event.url)
    with django_assert_max_num_queries(18):
        assert client.get(event.url).status_code == 200


def test_notification_addresses_are_validated(programme):
    from django.core.exceptions import ValidationError

    event = make_signup_event(programme)
    event.notify_emails = "a@example.org, ikke-en-adresse"
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert error.value.message_dict["notify_emails"] == [
        "“ikke-en-adresse” is not a valid e-mail address."
    ]
    event.notify_emails = " a@example.org ,b@example.org,"
    assert event.notification_addresses == ["a@example.org", "b@example.org"]


def test_a_required_drop_down_starts_blank(client, programme):
    event = make_signup_event(
        programme,
        questions=[("Niveau", "dropdown", {"choices": "Topleder\nMellemleder"})],
    )
    options = soup_of(client.get(event.url)).select("#id_niveau option")
    assert [o["value"] for o in options] == ["", "Topleder", "Mellemleder"]
    assert [o["value"] for o in options if o.has_attr("selected")] == [""]
    response = post(client, event)
    assert response.status_code == 400
    assert soup_of(response).select_one("#id_niveau_error").get_text() == (
        "This field is required."
    )


def test_no_cancelling_after_the_event(client, programme):
    event = make_signup_event(programme)
    signup, _created = services.register(
        event, name="A", email="a@example.org", consent_text="ok", locale=event.locale
    )
    event.start, event.end = days_ahead(-3, 9), days_ahead(-3, 11)
    event.save_revision().publish()
    response = client.post(event.url + f"cancel/{signup.token}/")
    assert response.status_code == 409
    assert soup_of(response).h1.get_text() == "The event has already taken place"
    signup.refresh_from_db()
    assert signup.status == SignupStatus.CONFIRMED


def test_intranet_user_without_an_email_address_is_told_why(
    client, programme, django_user_model
):
    event = make_signup_event(programme, require_login=True)
    client.force_login(django_user_model.objects.create_user("noemail", password="x"))
    response = post(client, event, name=None, email=None)
    assert response.status_code == 400
    assert refusal(response).startswith("Your user account has no e-mail address")
    assert not Signup.objects.exists()


def test_signup_must_open_before_it_closes(programme):
    from django.core.exceptions import ValidationError

    event = make_signup_event(programme)
    event.signup_opens = event.start
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "signup_opens" in error.value.message_dict
