"""Sphinx configuration of the wagtail-ledelsesugen documentation.

The pages are MyST Markdown. Build them with ``make docs`` from the repository
root; warnings are errors there.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_version():
    """The package version, read from the source without importing Django."""
    source = (ROOT / "wagtail_ledelsesugen" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", source, re.MULTILINE)
    if match is None:
        raise RuntimeError("No __version__ found in wagtail_ledelsesugen/__init__.py")
    return match.group(1)


project = "wagtail-ledelsesugen"
author = "The wagtail-ledelsesugen team"
copyright = "The wagtail-ledelsesugen team"
release = read_version()
version = ".".join(release.split(".")[:2])

extensions = ["myst_parser"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
language = "en"

myst_heading_anchors = 3
myst_enable_extensions = ["deflist"]

html_theme = "alabaster"
html_title = f"{project} {release}"
html_theme_options = {
    "description": "Leadership Week (Ledelsesugen) for Wagtail sites",
    "fixed_sidebar": True,
}
