"""Images in the API: one modest rendition each, prefetched for a whole list."""

from django.db.models import Prefetch
from ninja import Field, Schema
from wagtail.images import get_image_model

from .streamfield import absolute_url


class ImageRef(Schema):
    """An image as one rendition of a fixed size."""

    id: int
    url: str = Field(description="Absolute URL of the rendition.")
    width: int
    height: int
    alt: str = Field(description="Alternative text; empty when decorative.")


def rendition_prefetch(image_field, filter_spec):
    """A prefetch of ``filter_spec`` renditions of the images in ``image_field``
    (select that field too), so a list's renditions cost one query."""
    renditions = get_image_model().get_rendition_model().objects
    return Prefetch(
        f"{image_field}__renditions",
        queryset=renditions.filter(filter_spec=filter_spec),
    )


class Renditions:
    """The ``filter_spec`` rendition of each image in a batch, found once per image.

    Items sharing an image share its rendition; a rendition not made yet is
    made on first use, which costs queries of its own, once.
    """

    def __init__(self, filter_spec, request):
        self.filter_spec = filter_spec
        self.request = request
        self.found = {}

    def ref(self, image, alt):
        """:class:`ImageRef` fields of ``image`` with ``alt``, or None."""
        if image is None:
            return None
        if image.pk not in self.found:
            self.found[image.pk] = image.get_rendition(self.filter_spec)
        rendition = self.found[image.pk]
        return {
            "id": image.pk,
            "url": absolute_url(rendition.url, self.request),
            "width": rendition.width,
            "height": rendition.height,
            "alt": alt,
        }
