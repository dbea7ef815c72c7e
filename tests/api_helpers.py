"""Helpers the API tests share: reading lists, problems, other sites, restrictions."""

from wagtail.models import Locale, Page, PageViewRestriction, Site

API = "/api/ledelsesugen"
OTHER_HOST = "region.example.dk"


def get_list(client, path, query="", **headers):
    """The JSON of a list that must answer 200."""
    response = client.get(f"{API}/{path}{query}", **headers)
    assert response.status_code == 200, response.content
    return response.json()


def get_items(client, path, query="", **headers):
    return get_list(client, path, query, **headers)["items"]


def ids(items):
    return [item["id"] for item in items]


def assert_problem(response, status, code, field=None):
    """``response`` is our Problem JSON, naming ``field`` when given."""
    assert response.status_code == status, response.content
    problem = response.json()
    assert set(problem) == {"status", "code", "detail", "errors"}
    assert (problem["status"], problem["code"]) == (status, code)
    assert problem["detail"]
    if field:
        assert problem["errors"].get(field), problem
    return problem


def other_site_root():
    """The root page of a second site, answering at :data:`OTHER_HOST`."""
    root = Page.get_first_root_node().add_child(
        instance=Page(title="Regionen", slug="regionen")
    )
    Site.objects.create(hostname=OTHER_HOST, root_page=root)
    return root


def restrict(page):
    """Put ``page`` and its subtree behind a password."""
    return PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="hemmelig"
    )


def english():
    return Locale.objects.get_or_create(language_code="en")[0]


def translate_snippet(snippet, locale, **fields):
    """A saved translation of ``snippet`` in ``locale`` with ``fields`` changed."""
    translation = snippet.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation
