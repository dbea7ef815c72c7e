"""Every live page of the demo fits a phone's width, in both languages.

The full checks (axe, the Nu checker) run on one page of each kind in
test_public_pages.py; this one opens every page and the programmes' archives,
so no single page's content can push it sideways.
"""

# Wagtail's pages API gives at most 20 items at a time by default.
PAGE_BATCH = 20


def every_page_url(site):
    """The address of every live page the demo has, in every language."""
    urls, offset = [], 0
    while True:
        answer = site.get_json("/api/v2/pages/", limit=PAGE_BATCH, offset=offset)
        urls += [item["meta"]["html_url"] for item in answer["items"]]
        offset += PAGE_BATCH
        if offset >= answer["meta"]["total_count"]:
            return urls


def archive_urls(site):
    """The programmes' archives, which are routes rather than pages."""
    programme = "wagtail_ledelsesugen.EventIndexPage"
    return [
        site.page_url(programme, language) + "archive/" for language in ("da", "en")
    ]


def sideways_overflow(page):
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_every_demo_page_fits_a_phone(visit, live_site):
    visitor = visit("phone")
    urls = every_page_url(live_site) + archive_urls(live_site)
    assert len(urls) > 40, "the demo should have more pages than this"
    too_wide = {}
    for url in urls:
        visitor.open(url)
        if (overflow := sideways_overflow(visitor.page)) > 0:
            too_wide[url] = overflow
    assert too_wide == {}, f"pages wider than a 390 px phone: {too_wide}"
