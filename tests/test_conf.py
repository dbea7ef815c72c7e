import pytest
from django.core.exceptions import ImproperlyConfigured

from wagtail_ledelsesugen import conf


def test_defaults_apply_when_unset(settings):
    del settings.WAGTAIL_LEDELSESUGEN
    assert conf.get_setting("BASE_TEMPLATE") == "base.html"
    assert conf.get_setting("TIME_ZONE") == "Europe/Copenhagen"


def test_project_value_wins(settings):
    settings.WAGTAIL_LEDELSESUGEN = {"PROGRAMME_PAGE_SIZE": 5}
    assert conf.get_setting("PROGRAMME_PAGE_SIZE") == 5
    assert conf.get_setting("DEFAULT_WEEK") == 44


def test_unknown_key_is_refused(settings):
    settings.WAGTAIL_LEDELSESUGEN = {"BASE_TEMPLTE": "site.html"}
    with pytest.raises(ImproperlyConfigured, match="BASE_TEMPLTE"):
        conf.check_settings()


def test_asking_for_an_unknown_setting_fails():
    with pytest.raises(KeyError):
        conf.get_setting("NOPE")


def test_abuse_limits_have_safe_defaults(settings):
    del settings.WAGTAIL_LEDELSESUGEN
    assert conf.get_setting("TRUSTED_PROXY_COUNT") == 0
    assert conf.get_setting("SIGNUP_EMAIL_RATE_LIMIT") == 3
    assert conf.get_setting("SIGNUP_FORM_MAX_AGE") == 24 * 60 * 60
