/**
 * Wiring of the whole application: the web entry points and their Russian refusals.
 */
package ru.nastavnik.system;
