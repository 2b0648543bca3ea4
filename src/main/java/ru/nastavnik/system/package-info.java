/**
 * Wiring of the whole application: the REST API's authentication and the web entry points.
 */
package ru.nastavnik.system;
