"""The example site's URLs, with the baseline views under ``/bench/``."""

from django.urls import path

from example_site.urls import urlpatterns as site_urlpatterns

from . import baselines

urlpatterns = [
    path("bench/floor/events/", baselines.floor_events),
    path("bench/floor/events/<int:event_id>/", baselines.floor_event),
    path("bench/baseline-c/<int:event_id>/signups/", baselines.insert_signup),
    *site_urlpatterns,
]
