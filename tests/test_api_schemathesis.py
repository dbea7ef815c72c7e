"""Schemathesis against the API: generated requests, valid and invalid, for every
operation in the OpenAPI document, answered in-process through Django's WSGI
handler, and their answers checked against the document."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api_catalogue import OFFLINE_EMBEDS, catalogue_in_transaction
from tests.api_helpers import API
from wagtail_ledelsesugen.models import (
    ArticlePage,
    EventPage,
    Organisation,
    Person,
    StartkitPage,
    Theme,
    VideoPage,
)


class Application(WSGIHandler):
    """Django's WSGI handler, inside the test's transaction.

    A real server closes stale database connections at the start and end of
    each request, which here would end the test's transaction; Django's test
    client skips that the same way.
    """

    def __call__(self, environ, start_response):
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            response = super().__call__(environ, start_response)
            content = b"".join(response)
            response.close()
            return [content]
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)


schema = schemathesis.openapi.from_wsgi(f"{API}/openapi.json", Application())

# The checks we want, on purpose. Left out:
# - negative_data_rejection: we are lenient where the document is strict
#   (unknown query parameters are ignored; a signup's "answers" takes any
#   JSON and is judged per question), so "invalid" input may well get a 2xx;
# - positive_data_acceptance: input valid by the schema is refused by rules a
#   schema cannot state (an e-mail must be an address, an id must exist);
# - unsupported_method, missing_required_header, ignored_auth, use_after_free,
#   ensure_resource_availability: there is no auth and nothing is read back
#   by an id a POST returns, and other methods get Ninja's answer, not ours.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

# Path parameters naming something that may exist, and where to find it.
MODELS = {
    "event_id": EventPage,
    "article_id": ArticlePage,
    "startkit_id": StartkitPage,
    "video_id": VideoPage,
    "theme_id": Theme,
    "organisation_id": Organisation,
    "person_id": Person,
}


def existing_ids(name):
    model = MODELS.get(name)
    return list(model.objects.values_list("pk", flat=True)) if model else []


@schema.hook
def flatmap_path_parameters(context, path_parameters):
    """The generated ids, or ids that exist, so that reads and signups get
    past the 404 too."""
    existing = {name: existing_ids(name) for name in path_parameters or {}}
    if not existing or not all(existing.values()):
        return st.just(path_parameters)
    found = {name: st.sampled_from(ids) for name, ids in existing.items()}
    return st.one_of(st.just(path_parameters), st.fixed_dictionaries(found))


@pytest.fixture(scope="module")
def catalogue_data(django_db_setup, django_db_blocker):
    """Data for the generated requests to find, built once for the module."""
    with django_db_blocker.unblock(), catalogue_in_transaction():
        yield


@pytest.fixture
def catalogue(catalogue_data, db, settings):
    settings.WAGTAILEMBEDS_FINDERS = OFFLINE_EMBEDS
    # All requests come from one address, and the cache is emptied per test,
    # not per example: after ten signups and cancellations every POST would
    # get the documented 429 and test nothing more. test_api_contract checks
    # the 429 itself.
    settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_RATE_LIMIT": 1_000_000}


run = settings(
    max_examples=25,
    deadline=None,
    # The same requests on every run, as in Hypothesis's own CI profile, so a
    # failure can be reproduced; the example database would write .hypothesis/.
    derandomize=True,
    database=None,
    # The data is made once per module, not per example, on purpose.
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)


def operation_test(operation_id):
    """The test of one operation, under a name of its own.

    schemathesis names its items "test[GET /path]", but pytest 9 builds node ids
    from the function's name alone, so the operations of one parametrized test
    would share an id, and pytest-xdist would run or report only some of them.
    """

    @schema.include(operation_id=operation_id).parametrize()
    @run
    def test(case, catalogue):
        case.call_and_validate(checks=CHECKS)

    return test


def operation_tests():
    """``{test name: test}`` for every operation in the document."""
    tests = {}
    for methods in schema.raw_schema["paths"].values():
        for operation in methods.values():
            operation_id = operation["operationId"]
            name = operation_id.removeprefix("wagtail_ledelsesugen_api_")
            tests[f"test_{name}"] = operation_test(operation_id)
    return tests


globals().update(operation_tests())
