package ru.nastavnik.school;

import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The time zone of the school a process instance works for: its timers fall due by that school's clock. */
@FunctionalInterface
public interface SchoolZones {

    ZoneId of(VariableScope instance);
}
