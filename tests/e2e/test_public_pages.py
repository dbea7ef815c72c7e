"""Every public page type, in Danish and English, on a desktop and a phone.

Each page must pass ``Visitor.check``: zero WCAG 2.1 A/AA violations by axe,
valid HTML by the Nu checker, no sideways scrolling and nothing loaded from
another host.
"""

import pytest
from playwright.sync_api import expect

LANGUAGES = ["da", "en"]
VIEWPORTS = ["desktop", "phone"]
PAGE_TYPES = {
    "landing": "wagtail_ledelsesugen.LeadershipWeekPage",
    "programme": "wagtail_ledelsesugen.EventIndexPage",
    "startkit-index": "wagtail_ledelsesugen.StartkitIndexPage",
    "article-index": "wagtail_ledelsesugen.ArticleIndexPage",
    "article": "wagtail_ledelsesugen.ArticlePage",
    "video-index": "wagtail_ledelsesugen.VideoIndexPage",
}

pytestmark = [
    pytest.mark.parametrize("viewport", VIEWPORTS),
    pytest.mark.parametrize("language", LANGUAGES),
]


def startkit_with_cards_url(site, language):
    kits = site.get_json(f"/api/ledelsesugen/startkits/?locale={language}&limit=100")
    for kit in kits["items"]:
        detail = site.get_json(f"/api/ledelsesugen/startkits/{kit['id']}/")
        if detail["dialogue_cards"]:
            return kit["url"]
    pytest.fail(f"The demo has no {language} startkit with dialogue cards")


def video_url(site, language):
    """A demo video played by another site, so it asks for consent."""
    videos = site.get_json(f"/api/ledelsesugen/videos/?locale={language}&limit=100")
    for video in videos["items"]:
        if video["embed_url"]:
            return video["url"]
    pytest.fail(f"The demo has no {language} video from another site")


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type(visit, live_site, page_type, language, viewport):
    visitor = visit(viewport, language)
    visitor.open(live_site.page_url(PAGE_TYPES[page_type], language))
    visitor.check(f"{page_type}-{language}")


def test_programme_archive(visit, live_site, language, viewport):
    visitor = visit(viewport, language)
    visitor.open(live_site.page_url(PAGE_TYPES["programme"], language) + "archive/")
    visitor.check(f"programme-archive-{language}")


def test_article_author(visit, live_site, language, viewport):
    visitor = visit(viewport, language)
    article = live_site.get_json("/api/ledelsesugen/articles/", locale=language)[
        "items"
    ][0]
    author = article["authors"][0]
    index_url = live_site.page_url(PAGE_TYPES["article-index"], language)
    visitor.open(f"{index_url}author/{author['slug']}/")

    expect(visitor.page.locator("h1")).to_contain_text(author["name"])
    visitor.check(f"article-author-{language}")


def test_programme_with_filters_applied(visit, live_site, language, viewport):
    visitor = visit(viewport, language)
    page = visitor.page
    visitor.open(live_site.page_url(PAGE_TYPES["programme"], language))
    theme = page.locator("select[name=theme]")
    theme.select_option(index=1)
    chosen = theme.locator("option:checked").inner_text()
    page.locator(".lu-filters [type=submit]").first.click()
    page.wait_for_load_state()

    expect(page.locator("select[name=theme] option:checked")).to_have_text(chosen)
    expect(page.locator(".lu-event-card").first).to_be_visible()
    visitor.check(f"programme-filtered-{language}")


def test_event_with_an_open_signup_form(visit, live_site, language, viewport):
    visitor = visit(viewport, language)
    visitor.open(live_site.event_with_signup(language, "open")[0])

    expect(visitor.page.locator("form.lu-form")).to_be_visible()
    visitor.check(f"event-open-{language}")


def test_full_event_offers_the_waiting_list(visit, live_site, language, viewport):
    visitor = visit(viewport, language)
    visitor.open(live_site.event_with_signup(language, "waitlist")[0])

    expect(visitor.page.locator("form.lu-form [type=submit]")).to_be_visible()
    visitor.check(f"event-full-{language}")


def test_startkit_with_dialogue_cards(visit, live_site, language, viewport):
    visitor = visit(viewport, language)
    visitor.open(startkit_with_cards_url(live_site, language))
    visitor.check(f"startkit-{language}")


def test_video_before_and_after_consent(visit, live_site, language, viewport):
    visitor = visit(viewport, language)
    page = visitor.page
    visitor.open(video_url(live_site, language))
    visitor.check(f"video-{language}")

    page.locator(".lu-consent__form button").click()
    page.wait_for_load_state()
    expect(page.locator(".lu-consent")).to_have_count(0)
    # Consent given: the provider's player may load now, and only now.
    visitor.foreign_requests.clear()
    visitor.check(f"video-consented-{language}")
