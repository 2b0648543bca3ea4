package ru.nastavnik.school;

import java.time.ZoneId;

/** A school as a district administrator adds it (the id is given by {@link Schools#add}). */
public record NewSchool(String fullName, String shortName, String districtId, ZoneId timeZone) {
}
