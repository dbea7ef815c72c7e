"""schema.org data for search engines, embedded in pages as JSON-LD.

One module per content type; each has a function taking the page and the
request and returning a JSON-serialisable dict.
"""
