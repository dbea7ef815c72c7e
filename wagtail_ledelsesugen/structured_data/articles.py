"""schema.org ``Article`` and ``NewsArticle`` data for search engines, as JSON-LD."""

from django.utils import timezone
from wagtail.models import Site

from ..choices import ArticleKind
from ..dates import local_zone


def organisation(org):
    data = {"@type": "Organization", "name": org.name}
    if org.website:
        data["url"] = org.website
    return data


def person(person, url=""):
    """A ``Person`` with job title and employer, and their author page if given."""
    data = {"@type": "Person", "name": person.name}
    if person.job_title:
        data["jobTitle"] = person.job_title
    if person.organisation:
        data["affiliation"] = organisation(person.organisation)
    if url:
        data["url"] = url
    return data


def date_modified(page):
    """The last publication in local time, never before the publication date."""
    if page.last_published_at is None:
        return page.date.isoformat()
    modified = timezone.localtime(page.last_published_at, local_zone())
    if modified.date() < page.date:
        return page.date.isoformat()
    return modified.isoformat()


def publisher(page, request=None):
    """The site as the publishing ``Organization``, or None if it has no name."""
    site = Site.find_for_request(request) if request else page.get_site()
    if site is None or not site.site_name:
        return None
    return {"@type": "Organization", "name": site.site_name, "url": site.root_url}


def author_url(index, author, request=None):
    """The full address of ``author``'s page under ``index``, or "" without one."""
    if index is None:
        return ""
    return index.get_full_url(request) + index.reverse_subpage(
        "author", args=[author.slug]
    )


def article(page, request=None):
    """The schema.org ``Article`` of an article page, as a JSON-serialisable dict."""
    url = page.get_full_url(request)
    index = page.index_page
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if page.kind == ArticleKind.NEWS else "Article",
        "headline": page.title,
        "description": page.lead,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": page.date.isoformat(),
        "dateModified": date_modified(page),
        "inLanguage": page.locale.language_code,
        "articleSection": str(page.get_kind_display()),
        "author": [
            person(author, author_url(index, author, request))
            for author in page.author_people
        ],
        "about": [person(portrayed) for portrayed in page.portrayed_people],
        "keywords": [theme.name for theme in page.themes.all()],
        "image": page.get_social_image_url(request),
        "publisher": publisher(page, request),
    }
    return {key: value for key, value in data.items() if value}
