import pytest

from tests import builders


@pytest.fixture(autouse=True)
def _plain_settings(settings):
    settings.WAGTAIL_LEDELSESUGEN = {}


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
