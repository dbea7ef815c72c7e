"""schema.org ``Event`` data for search engines, embedded as JSON-LD."""

from ..choices import EventMode

ATTENDANCE_MODES = {
    EventMode.PHYSICAL: "https://schema.org/OfflineEventAttendanceMode",
    EventMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    EventMode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def place(event):
    address = {
        "@type": "PostalAddress",
        "streetAddress": event.street_address,
        "postalCode": event.postcode,
        "addressLocality": event.city,
        "addressRegion": str(event.get_region_display()) if event.region else "",
        "addressCountry": "DK",
    }
    return {
        "@type": "Place",
        "name": event.venue_name,
        "address": {key: value for key, value in address.items() if value},
    }


def organisation(org):
    data = {"@type": "Organization", "name": org.name}
    if org.website:
        data["url"] = org.website
    return data


def person(speaker):
    data = {"@type": "Person", "name": speaker.name}
    if speaker.job_title:
        data["jobTitle"] = speaker.job_title
    return data


def event(page, request=None):
    """The schema.org ``Event`` for an event page, as a JSON-serialisable dict."""
    locations = []
    if page.is_physical:
        locations.append(place(page))
    if page.is_online and page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.intro or page.subtitle,
        "url": page.get_full_url(request),
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES[page.mode],
        "inLanguage": page.locale.language_code,
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": [organisation(org) for org in page.organisers],
        "performer": [person(link.person) for link in page.speaker_links],
    }
    return {key: value for key, value in data.items() if value}
