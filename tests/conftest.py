import pytest
from django.core.cache import cache
from django.utils import translation

from tests import builders


@pytest.fixture(autouse=True)
def _plain_settings(settings):
    settings.WAGTAIL_LEDELSESUGEN = {}


@pytest.fixture(autouse=True)
def _empty_cache():
    """The signup rate limit counts in the cache; each test starts afresh."""
    cache.clear()


@pytest.fixture(autouse=True)
def english(client):
    """Tests read English unless they ask for Danish (the default language)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def danish(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "da"
    with translation.override("da"):
        yield


@pytest.fixture
def programme(db):
    return builders.make_programme(title="Program", slug="program")


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "admin", "admin@example.com", "password"
    )
    client.force_login(user)
    return client
