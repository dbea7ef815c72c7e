"""Schemas every part of the API shares: choices, snippets, translations, lists."""

import datetime
from typing import Annotated

from ninja import Field, Schema
from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# The largest id a database column holds; larger ones would overflow it.
MAX_ID = 2**63 - 1


def reject_null_characters(value):
    """Refuse a NUL byte, which databases cannot compare or store."""
    if "\x00" in value:
        raise PydanticCustomError("null_character", "Null characters are not allowed.")
    return value


Text = Annotated[str, AfterValidator(reject_null_characters)]
ItemId = Annotated[int, Field(ge=1, le=MAX_ID)]


class Choice(Schema):
    """A value of a fixed vocabulary with its label in the item's language."""

    value: str
    label: str


class ThemeRef(Schema):
    id: int
    slug: str
    name: str


class OrganisationRef(Schema):
    id: int
    slug: str
    name: str
    website: str


class PersonRef(Schema):
    id: int
    slug: str
    name: str
    job_title: str
    organisation: str


class Translation(Schema):
    """Another language's version of an item."""

    locale: str
    id: int


class PageItem(Schema):
    """What every page in the API has."""

    id: int
    title: str
    slug: str
    url: str = Field(description="Absolute URL of the page on the site.")
    locale: str
    translations: list[Translation]
    last_published_at: datetime.datetime | None


class ListParams(Schema):
    """Pagination and language, shared by every list."""

    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=1_000_000)
    locale: Text | None = Field(
        None, description="Only items in this language, e.g. da or en."
    )


def choice(choices_class, value):
    """``{"value", "label"}`` of one value of a TextChoices class, or None."""
    if not value:
        return None
    return {"value": value, "label": str(choices_class(value).label)}


def theme_ref(theme):
    return {"id": theme.pk, "slug": theme.slug, "name": theme.name}


def organisation_ref(organisation):
    return {
        "id": organisation.pk,
        "slug": organisation.slug,
        "name": organisation.name,
        "website": organisation.website,
    }


def person_ref(person):
    return {
        "id": person.pk,
        "slug": person.slug,
        "name": person.name,
        "job_title": person.job_title,
        "organisation": person.organisation.name if person.organisation else "",
    }
