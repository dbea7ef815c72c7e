"""What Wagtail's own pages API shows of the app's relations.

The page types' ``api_fields`` use these small, read-only serializers, so
Wagtail's v2 API (and v3, which reads the same ``api_fields``) gives e.g.
``{"id", "slug", "name"}`` for a theme instead of a bare id. They hold nothing
personal: no signups, no notification addresses.
"""

from rest_framework import serializers

from .localization import localized


class InPageLocale(serializers.Field):
    """The snippets of a page's ``attribute``, each in the page's own locale.

    For relations wagtail-localize leaves alone (many-to-many fields and rows
    it copies), which keep pointing at the source locale's snippets.
    """

    def __init__(self, attribute, serializer, **kwargs):
        self.attribute = attribute
        self.serializer = serializer
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page) -> list[dict]:
        return [
            self.serializer.to_representation(snippet)
            for snippet in localized(page, self.attribute)
        ]


class TaxonomySerializer(serializers.Serializer):
    """A theme, or what every taxonomy snippet has: ``{"id", "slug", "name"}``."""

    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()


class OrganisationSerializer(TaxonomySerializer):
    """An organisation, with its website."""

    website = serializers.URLField()


class PersonSerializer(TaxonomySerializer):
    """A person, with job title and the name of their organisation."""

    job_title = serializers.CharField()
    organisation = serializers.CharField(source="organisation.name", allow_null=True)


class PersonLinkSerializer(PersonSerializer):
    """A row naming a person, e.g. a speaker of a recording: the person's fields."""

    def to_representation(self, row):
        return super().to_representation(row.person)


class SpeakerSerializer(PersonLinkSerializer):
    """A speaker of an event: the person, and their ``role`` there."""

    def to_representation(self, row):
        return {**super().to_representation(row), "role": row.role}


class PageLinkSerializer(serializers.Serializer):
    """Another live page, by ``{"id", "title"}``: ask the API for the rest."""

    id = serializers.IntegerField()
    title = serializers.CharField()


class FeaturedItemsField(serializers.Field):
    """A Leadership Week page's featured items whose page is live, in order."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, week) -> list[dict]:
        return [
            {
                "page": PageLinkSerializer(page).data,
                "heading": item.heading,
                "text": item.text,
            }
            for item, page in week.get_featured()
        ]


class DownloadSerializer(serializers.Serializer):
    """A startkit's :class:`~.models.startkits.Download`: title, address, type, size."""

    title = serializers.CharField()
    url = serializers.CharField()
    file_type = serializers.CharField(source="extension")
    size = serializers.IntegerField(allow_null=True)


class StartkitExampleSerializer(serializers.Serializer):
    """An organisation that ran a startkit, and a link to what it did."""

    organisation = OrganisationSerializer()
    description = serializers.CharField()
    url = serializers.URLField()
