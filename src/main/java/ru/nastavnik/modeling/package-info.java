/**
 * Guard rails for process models: what a BPMN must satisfy before it may run here (beans, forms, assignees, timers, names),
 * and the deployment of processes/ and forms/ at start.
 */
package ru.nastavnik.modeling;
