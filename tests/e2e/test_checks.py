"""The suite's own checks find what they are there to find."""

BROKEN_PAGE = """<!DOCTYPE html><html><head><title>Broken</title></head>
<body><img src="/static/none.png"><input type="text"><p><div></div></p></body></html>"""


def test_axe_reports_wcag_violations(visit):
    visitor = visit()
    visitor.page.set_content(BROKEN_PAGE)

    violations = "\n".join(visitor.accessibility_violations())

    assert "html-has-lang" in violations
    assert "image-alt" in violations
    assert "label" in violations


def test_the_html_checker_reports_errors(html_checker, visit):
    errors = "\n".join(html_checker.errors(BROKEN_PAGE))

    assert "No “p” element in scope" in errors
