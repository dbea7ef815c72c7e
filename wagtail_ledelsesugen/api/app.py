"""The API instance: its routers, error handling and OpenAPI document."""

from ninja import NinjaAPI

from .. import __version__
from . import articles, events, signups, startkits, taxonomy, videos
from .errors import register_exception_handlers
from .guards import register_request_guards

api = NinjaAPI(
    title="Ledelsesugen API",
    version=__version__,
    description=(
        "Leadership Week's events, articles, startkits and videos, and signup "
        "for events. Read endpoints answer with ETag and Last-Modified."
    ),
    urls_namespace="wagtail_ledelsesugen_api",
    openapi_url="/openapi.json",
    docs_url="/docs/",
)
register_exception_handlers(api)
register_request_guards(api)
api.add_router("", events.router)
api.add_router("", signups.router)
api.add_router("", articles.router)
api.add_router("", startkits.router)
api.add_router("", videos.router)
api.add_router("", taxonomy.router)
