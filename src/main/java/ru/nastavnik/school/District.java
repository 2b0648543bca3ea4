package ru.nastavnik.school;

/** A district (its methodological department serves its schools), in a region. */
public record District(String id, String name, String regionName) {
}
