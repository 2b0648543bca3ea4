/**
 * The life of one mentor-mentee pair or group: the process {@code MentoringPair}, from the order that formed it to its results.
 */
package ru.nastavnik.pair;
