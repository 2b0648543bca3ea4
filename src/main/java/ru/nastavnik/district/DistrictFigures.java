package ru.nastavnik.district;

import java.util.List;

import ru.nastavnik.school.District;

/**
 * How a district stands, for the region: its people and the sums over its schools of what the district's page shows
 * per school (district/schools.html).
 */
public record DistrictFigures(District district, List<String> administrators, List<String> methodologists, int schools,
                              int notStarted, int underWay, int mentees, int mentors, int pairs, int signedOrders) {
}
