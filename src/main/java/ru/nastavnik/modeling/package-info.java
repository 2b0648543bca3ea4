/**
 * Guard rails for process models: what a BPMN must satisfy before it may run here (beans, forms, assignees, timers, names).
 */
package ru.nastavnik.modeling;
