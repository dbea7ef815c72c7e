"""Editors preview unsaved changes, speakers and organisers included."""

from django.urls import reverse

from tests.builders import make_event, make_organisation, make_person
from tests.test_admin import event_form


def test_preview_of_an_unsaved_event(admin_client, programme):
    organisation = make_organisation("Vejle Kommune")
    person = make_person("Sofie Lund")
    data = event_form(
        organisation,
        speakers={
            "TOTAL_FORMS": "1",
            "INITIAL_FORMS": "0",
            "MIN_NUM_FORMS": "0",
            "MAX_NUM_FORMS": "1000",
        },
    )
    data.update(
        {
            "speakers-0-person": person.pk,
            "speakers-0-role": "Moderator",
            "speakers-0-ORDER": "1",
            "speakers-0-DELETE": "",
            "speakers-0-id": "",
        }
    )
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("wagtail_ledelsesugen", "eventpage", programme.pk),
    )
    assert admin_client.post(url, data).json() == {
        "is_valid": True,
        "is_available": True,
    }
    html = admin_client.get(url).content.decode()
    assert "Sofie Lund" in html
    assert "Vejle Kommune" in html


def test_preview_of_a_saved_event(admin_client, programme):
    event = make_event(programme, speakers=[make_person("Karl Holm")])
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[event.pk])
    data = event_form(event.organisers[0], title="Nyt navn", slug=event.slug)
    assert admin_client.post(url, data).json()["is_valid"] is True
    html = admin_client.get(url).content.decode()
    assert "Nyt navn" in html


def test_preview_of_an_unsaved_event_with_a_signup_form(admin_client, programme):
    data = event_form(make_organisation(), signup_form_enabled="on")
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("wagtail_ledelsesugen", "eventpage", programme.pk),
    )
    assert admin_client.post(url, data).json()["is_valid"] is True
    response = admin_client.get(url)
    assert response.status_code == 200
    assert 'name="consent"' in response.content.decode()
