import pytest
from django.db import IntegrityError, transaction
from wagtail.models import Locale

from tests.builders import make_organisation, make_person, make_theme
from wagtail_ledelsesugen.fields import contains_choice
from wagtail_ledelsesugen.models import EventPage, Theme


def test_slug_is_unique_per_locale(db):
    make_theme("Ledertrivsel")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_theme("Ledertrivsel (igen)", slug="ledertrivsel")


def test_same_slug_allowed_in_another_locale(db):
    theme = make_theme("Ledertrivsel")
    english = Locale.objects.create(language_code="en")
    translation = theme.copy_for_translation(english)
    translation.name = "Leader wellbeing"
    translation.save()
    assert Theme.objects.filter(slug="ledertrivsel").count() == 2
    assert theme.localized_for(english) == translation
    assert translation.localized_for(theme.locale) == theme


def test_localized_for_falls_back_to_itself(db):
    theme = make_theme()
    english = Locale.objects.create(language_code="en")
    assert theme.localized_for(english) == theme


def test_person_affiliation(db):
    person = make_person(job_title="Kommunaldirektør", organisation=make_organisation())
    assert person.affiliation == "Kommunaldirektør, Aarhus Kommune"
    person.organisation = None
    assert person.affiliation == "Kommunaldirektør"
    person.job_title = ""
    assert person.affiliation == ""


def test_str_is_the_name(db):
    assert str(make_theme("Tværgående ledelse")) == "Tværgående ledelse"


def test_contains_choice_matches_whole_values_only(programme):
    from tests.builders import make_event

    top = make_event(programme, audience=["top_leaders"])
    make_event(programme, audience=["middle_leaders"])
    make_event(programme, audience=[])
    matches = EventPage.objects.filter(contains_choice("audience", "top_leaders"))
    assert list(matches) == [top]
    assert not EventPage.objects.filter(contains_choice("audience", "leaders")).exists()
