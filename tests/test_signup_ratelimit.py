"""The signup rate limits: per client address, found behind proxies without
trusting what a client can forge, and per event and e-mail address."""

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.test import RequestFactory

from tests.api_helpers import API
from tests.builders import make_signup_event, signup_data
from tests.test_api_signup import person, sign_up
from wagtail_ledelsesugen.signup import ratelimit

pytestmark = pytest.mark.django_db

FORWARDED = "HTTP_X_FORWARDED_FOR"


def client_ip(settings, header=FORWARDED, proxies=0, **meta):
    settings.WAGTAIL_LEDELSESUGEN = {
        "CLIENT_IP_HEADER": header,
        "TRUSTED_PROXY_COUNT": proxies,
    }
    return ratelimit.client_ip(
        RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", **meta)
    )


class TestClientAddress:
    @pytest.mark.parametrize(
        ("proxies", "forwarded", "expected"),
        [
            # One proxy appends what it saw; the client wrote the rest.
            (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),
            # Two: a CDN in front of the site's own proxy.
            (2, "6.6.6.6, 203.0.113.7, 198.51.100.2", "203.0.113.7"),
            # Shorter than the proxies in front: not through them all.
            (2, "203.0.113.7", "10.0.0.1"),
            # Without a count, the right-most entry, never the forgeable left.
            (0, "6.6.6.6, 203.0.113.7", "203.0.113.7"),
            (1, "", "10.0.0.1"),
        ],
    )
    def test_the_address_is_counted_from_the_right(
        self, settings, proxies, forwarded, expected
    ):
        ip = client_ip(settings, proxies=proxies, **{FORWARDED: forwarded})
        assert ip == expected

    def test_a_header_of_one_address_set_by_the_proxy(self, settings):
        ip = client_ip(settings, header="HTTP_X_REAL_IP", HTTP_X_REAL_IP="203.0.113.7")
        assert ip == "203.0.113.7"

    def test_forged_left_most_addresses_share_the_real_client_s_bucket(
        self, client, programme, settings
    ):
        settings.WAGTAIL_LEDELSESUGEN = {
            "SIGNUP_RATE_LIMIT": 2,
            "CLIENT_IP_HEADER": FORWARDED,
            "TRUSTED_PROXY_COUNT": 1,
        }
        event = make_signup_event(programme)
        statuses = [
            client.post(
                f"{API}/events/{event.pk}/signups/",
                person(email=f"p{n}@example.org"),
                content_type="application/json",
                headers={"X-Forwarded-For": f"6.6.6.{n}, 203.0.113.7"},
            ).status_code
            for n in range(3)
        ]
        assert statuses[2] == 429


class RecordingCache(LocMemCache):
    """A local-memory cache that remembers the keys it was given."""

    def __init__(self):
        super().__init__("recording", {})
        self.keys = []

    def add(self, key, *args, **kwargs):
        self.keys.append(key)
        return super().add(key, *args, **kwargs)


class TestPerEmailAddress:
    def test_the_fourth_signup_of_an_address_for_an_event_waits(
        self, client, programme
    ):
        event = make_signup_event(programme)
        for email in ("mette@example.org", "Mette@Example.org", " METTE@example.org"):
            assert sign_up(client, event, email=email).status_code != 429
        response = sign_up(client, event, email="mette@example.org")
        assert response.status_code == 429
        assert response.json()["code"] == "rate_limited"
        assert 0 < int(response["Retry-After"]) <= 600
        other_event = make_signup_event(programme)
        assert sign_up(client, other_event).status_code != 429
        assert sign_up(client, event, email="lone@example.org").status_code != 429

    def test_the_limit_is_a_setting(self, client, programme, settings):
        settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_EMAIL_RATE_LIMIT": 1}
        event = make_signup_event(programme)
        assert sign_up(client, event).status_code != 429
        assert sign_up(client, event).status_code == 429

    def test_invalid_forms_are_not_counted(self, client, programme, settings):
        settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_EMAIL_RATE_LIMIT": 1}
        event = make_signup_event(programme)
        assert sign_up(client, event, consent=False).status_code == 400
        assert sign_up(client, event).status_code != 429

    def test_translations_share_the_count(self, programme):
        event = make_signup_event(programme)
        translation = type(event)(translation_key=event.translation_key)
        limit = 3
        for _attempt in range(limit):
            assert ratelimit.register_email_attempt(event, "a@example.org") is None
        assert ratelimit.register_email_attempt(translation, "a@example.org") > 0

    def test_the_cache_never_holds_an_address(self, programme, monkeypatch):
        recording = RecordingCache()
        monkeypatch.setattr(ratelimit, "cache", recording)
        event = make_signup_event(programme)
        ratelimit.register_email_attempt(event, "Mette@Example.org")
        request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
        ratelimit.register_attempt(request)
        assert len(recording.keys) == 2
        for key in recording.keys:
            assert "mette" not in key.lower()
            assert "203.0.113.7" not in key

    def test_the_page_answers_429_with_the_template(self, client, programme):
        event = make_signup_event(programme)
        for _attempt in range(3):
            client.post(event.url + "signup/", signup_data(event))
        response = client.post(event.url + "signup/", signup_data(event))
        assert response.status_code == 429
        assert 0 < int(response["Retry-After"]) <= 600
        assert "Too many attempts" in response.content.decode()
