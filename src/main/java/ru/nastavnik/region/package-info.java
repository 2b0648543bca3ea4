/**
 * The region level, one per installation: its administrators (and the installation's administrator) add districts with
 * their first administrator, appoint a district's people and see how each district stands.
 */
package ru.nastavnik.region;
