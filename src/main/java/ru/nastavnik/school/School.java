package ru.nastavnik.school;

import java.time.ZoneId;

/** A school of the installation; its id is also its Camunda tenant id. */
public record School(String id, String fullName, String shortName, String districtId, ZoneId timeZone, String directorId) {
}
