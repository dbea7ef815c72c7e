"""The headless API: typed read endpoints, signup and OpenAPI, built with Django Ninja.

Mount it with ``path("api/ledelsesugen/", include("wagtail_ledelsesugen.api.urls"))``.
"""
